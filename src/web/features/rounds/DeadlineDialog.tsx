import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { readApiErrors, summaryItems } from '../admin/form-errors';
import { roundName } from './round-format';
import type { RoundDetail, RoundSummary } from './round-types';
import { isoToStockholmInput, stockholmInputToIso } from './stockholm-time';

const FIELD_ID = 'deadline-at';

/** Moves a round's deadline, usually later when members need more time. */
export function DeadlineDialog({
  round,
  onClose,
  onSaved,
}: {
  round: RoundSummary | null;
  onClose: () => void;
  onSaved: (detail: RoundDetail) => void;
}) {
  const { t } = useTranslation(['rounds', 'common']);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    setValue(round ? isoToStockholmInput(round.deadlineAt) : '');
    setError(undefined);
    setFormError(null);
  }, [round]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!round) return;
    const deadlineAt = stockholmInputToIso(value);
    if (!deadlineAt) {
      setError(t('rounds:form.invalidTime'));
      return;
    }
    try {
      onSaved(await api.patch<RoundDetail>(`/api/rounds/${round.id}`, { deadlineAt }));
    } catch (caught) {
      const read = readApiErrors(caught, ['deadlineAt'] as const, t('common:errors.unexpected'));
      setError(read.fieldErrors.deadlineAt);
      setFormError(read.formError);
    }
  };

  const summary = summaryItems(formError, { deadlineAt: error }, ['deadlineAt'] as const, {
    deadlineAt: FIELD_ID,
  });
  return (
    <Dialog
      open={round !== null}
      onClose={onClose}
      title={round ? t('rounds:deadline.title', { name: roundName(round, t) }) : ''}
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <TextField
          id={FIELD_ID}
          type="datetime-local"
          label={t('rounds:deadline.label')}
          hint={t('rounds:form.swedishTime')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={error}
        />
        <div className="button-group">
          <Button type="submit">{t('common:actions.save')}</Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
