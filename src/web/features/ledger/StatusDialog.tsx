import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { type Assignment, type AssignmentStatus, todayInSweden } from './ledger-types';

export interface StatusChange {
  assignment: Assignment;
  status: AssignmentStatus;
}

/** Confirms a status change; "received" asks for the reception date (today by default). */
export function StatusDialog({
  change,
  onClose,
  onSaved,
}: {
  change: StatusChange | null;
  onClose: () => void;
  onSaved: (a: Assignment) => void;
}) {
  const { t } = useTranslation(['ledger', 'common']);
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new change starts from a clean form.
  useEffect(() => {
    setDate(todayInSweden());
    setError(null);
    setDateError(null);
  }, [change]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!change) return;
    const receiving = change.status === 'received';
    if (receiving && !date) {
      setDateError(t('ledger:form.required'));
      return;
    }
    try {
      const saved = await api.patch<Assignment>(`/api/ledger/assignments/${change.assignment.id}`, {
        version: change.assignment.version,
        status: change.status,
        ...(receiving ? { receivedOn: date } : {}),
      });
      onSaved(saved);
    } catch (caught) {
      if (caught instanceof ApiError) {
        const field = caught.fieldErrors.find((f) => f.path === 'receivedOn');
        if (field) setDateError(field.message);
        else setError(caught.code === 'version_conflict' ? t('ledger:status.conflict') : caught.message);
      } else setError(t('common:errors.unexpected'));
    }
  };

  const title = change
    ? t(`ledger:status.title.${change.status}`, { ref: change.assignment.householdRef })
    : '';
  return (
    <Dialog open={change !== null} onClose={onClose} title={title}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {error ? <Alert variant="error">{error}</Alert> : null}
        {change?.status === 'received' ? (
          <TextField
            id="status-received-on"
            type="date"
            label={t('ledger:fields.receivedOn')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={dateError}
          />
        ) : (
          <p>{change ? t(`ledger:status.confirm.${change.status}`) : null}</p>
        )}
        <div className="row-actions">
          <Button type="submit">{change ? t(`ledger:status.action.${change.status}`) : ''}</Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('ledger:form.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
