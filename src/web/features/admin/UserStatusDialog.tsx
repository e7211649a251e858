import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import type { AdminUser } from './admin-types';

interface UserStatusDialogProps {
  user: AdminUser | null;
  onClose: () => void;
  onChanged: (user: AdminUser) => void;
}

/** Confirms deactivating (signs the person out everywhere) or reactivating an account. */
export function UserStatusDialog({ user, onClose, onChanged }: UserStatusDialogProps) {
  const { t } = useTranslation(['admin', 'common']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const deactivating = user?.isActive ?? false;

  const confirm = async () => {
    if (!user || busy) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.patch<AdminUser>(`/api/users/${user.id}`, { isActive: !user.isActive }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setError(null);
    onClose();
  };

  return (
    <Dialog
      open={user !== null}
      onClose={close}
      title={t(deactivating ? 'admin:users.deactivate.title' : 'admin:users.activate.title', {
        name: user?.name ?? '',
      })}
      actions={
        <>
          <Button
            variant={deactivating ? 'danger' : 'primary'}
            onClick={() => void confirm()}
            aria-disabled={busy || undefined}
          >
            {t(deactivating ? 'admin:users.actions.deactivate' : 'admin:users.actions.activate')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
        </>
      }
    >
      {error ? <Alert variant="error">{error}</Alert> : null}
      <p>
        {t(deactivating ? 'admin:users.deactivate.text' : 'admin:users.activate.text', {
          name: user?.name ?? '',
        })}
      </p>
    </Dialog>
  );
}
