import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

export interface UnchangedActionProps {
  previousLabel: string;
  busy: boolean;
  onConfirm: () => Promise<void>;
}

/**
 * "Inget har ändrats sedan förra veckan": one click opens a confirmation, a second submits
 * last week's answers as they are. Two interactions for a week where nothing moved.
 */
export function UnchangedAction({ previousLabel, busy, onConfirm }: UnchangedActionProps) {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState(false);
  return (
    <section className="unchanged-panel" aria-labelledby="unchanged-title">
      <h2 id="unchanged-title" className="unchanged-panel__title">
        {t('unchanged.title')}
      </h2>
      <p>{t('unchanged.text', { week: previousLabel })}</p>
      <Button onClick={() => setOpen(true)} disabled={busy}>
        {t('unchanged.button')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('unchanged.confirmTitle')}
        actions={
          <>
            <Button
              disabled={busy}
              onClick={() => {
                setOpen(false);
                void onConfirm();
              }}
            >
              {t('unchanged.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('unchanged.cancel')}
            </Button>
          </>
        }
      >
        <p>{t('unchanged.confirmText', { week: previousLabel })}</p>
      </Dialog>
    </section>
  );
}
