import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import type { NetworkEvent } from './calendar-types';

/** Asks before cancelling; the event stays in the calendar and the feeds, marked cancelled. */
export function CancelEventDialog({
  event,
  onClose,
  onCancelled,
}: {
  event: NetworkEvent | null;
  onClose: () => void;
  onCancelled: (event: NetworkEvent) => void;
}) {
  const { t } = useTranslation(['calendar', 'common']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!event) return;
    setBusy(true);
    setError(null);
    try {
      onCancelled(
        await api.post<NetworkEvent>(`/api/calendar/events/${event.id}/cancel`, { version: event.version }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={event !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={event ? t('calendar:cancelDialog.title', { title: event.title }) : ''}
      actions={
        <>
          <Button variant="danger" disabled={busy} onClick={() => void confirm()}>
            {t('calendar:cancelDialog.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
        </>
      }
    >
      {error ? <Alert variant="error">{error}</Alert> : null}
      <p>{t('calendar:cancelDialog.body')}</p>
    </Dialog>
  );
}
