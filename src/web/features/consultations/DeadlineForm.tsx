import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import type { ConsultationDetail } from './consultation-types';

/** The coordinator moves the deadline: extends it, or reopens a closed consultation. */
export function DeadlineForm({
  consultation,
  onSaved,
}: {
  consultation: ConsultationDetail;
  onSaved: (detail: ConsultationDetail) => void;
}) {
  const { t } = useTranslation(['consultations', 'common']);
  const [deadline, setDeadline] = useState(consultation.deadline);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setSaving(true);
    try {
      onSaved(
        await api.patch<ConsultationDetail>(`/api/consultations/${consultation.id}/deadline`, {
          deadline,
          version: consultation.deadlineChanges,
        }),
      );
    } catch (caught) {
      setError(
        caught instanceof ApiError ? (caught.fieldErrors[0]?.message ?? caught.message) : String(caught),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="deadline-heading" className="consultation-section">
      <h2 id="deadline-heading">
        {consultation.isOpen
          ? t('consultations:deadline.extendTitle')
          : t('consultations:deadline.reopenTitle')}
      </h2>
      <form noValidate onSubmit={(e) => void submit(e)} className="consultation-inline-form">
        <TextField
          id="consultation-new-deadline"
          type="date"
          width="short"
          label={t('consultations:deadline.label')}
          hint={t('consultations:deadline.hint')}
          value={deadline}
          error={error}
          onChange={(e) => setDeadline(e.currentTarget.value)}
        />
        <Button type="submit" variant="secondary" disabled={saving}>
          {consultation.isOpen ? t('consultations:deadline.extend') : t('consultations:deadline.reopen')}
        </Button>
      </form>
    </section>
  );
}
