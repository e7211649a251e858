import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import type { ActionItem } from './meeting-types';

/** Marks an action done (or reopens it); reports a conflict when someone else changed it first. */
export function ActionStatusButton({
  action,
  onChanged,
  onError,
}: {
  action: Pick<ActionItem, 'id' | 'text' | 'status' | 'version'>;
  onChanged: (a: ActionItem) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const next = action.status === 'open' ? 'done' : 'open';
  const send = async () => {
    try {
      const res = await api.patch<{ action: ActionItem }>(`/api/action-items/${action.id}`, {
        version: action.version,
        status: next,
      });
      onChanged(res.action);
    } catch (caught) {
      onError(caught instanceof ApiError ? caught.message : String(caught));
    }
  };
  return (
    <Button size="small" variant="secondary" onClick={() => void send()}>
      {t(next === 'done' ? 'meetings:actions.markDone' : 'meetings:actions.reopen')}
      <span className="visually-hidden"> – {action.text}</span>
    </Button>
  );
}
