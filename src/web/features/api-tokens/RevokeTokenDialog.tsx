import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import type { ApiToken } from './api-token-types';

/** Asks before a token is revoked: the systems using it stop working at once. */
export function RevokeTokenDialog({
  token,
  onClose,
  onRevoked,
}: {
  token: ApiToken | null;
  onClose: () => void;
  onRevoked: (token: ApiToken) => void;
}) {
  const { t } = useTranslation(['apiTokens', 'common']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const revoke = async () => {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      await api.delete(`/api/api-tokens/${token.id}`);
      onRevoked(token);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={token !== null}
      onClose={onClose}
      title={t('apiTokens:revoke.title', { name: token?.name ?? '' })}
      hideCloseButton
      actions={
        <>
          <Button variant="danger" onClick={() => void revoke()} disabled={busy}>
            {t('apiTokens:revoke.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
        </>
      }
    >
      <p>{t('apiTokens:revoke.body', { prefix: token?.prefix ?? '' })}</p>
      {error ? <Alert variant="error">{error}</Alert> : null}
    </Dialog>
  );
}
