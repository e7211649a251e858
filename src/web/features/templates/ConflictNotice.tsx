import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TemplatePreview } from './TemplatePreview';
import type { TemplateVersionDetail } from './template-types';

interface ConflictNoticeProps {
  templateId: string;
  baseVersion: number;
  currentVersion: number;
  onSaveAnyway: () => void;
  onDiscard: () => void;
}

/**
 * Someone saved a newer version while this edit was open. The edit stays on the page; the
 * coordinator looks at the newer version and either saves on top of it or takes it instead.
 */
export function ConflictNotice({
  templateId,
  baseVersion,
  currentVersion,
  onSaveAnyway,
  onDiscard,
}: ConflictNoticeProps) {
  const { t } = useTranslation('templates');
  const [viewing, setViewing] = useState(false);
  const newer = useApi<TemplateVersionDetail>(
    viewing ? `/api/templates/${templateId}/versions/${currentVersion}` : null,
  );
  return (
    <Alert variant="warning" title={t('conflict.title')}>
      <p>{t('conflict.body', { base: baseVersion, current: currentVersion })}</p>
      <div className="button-group">
        <Button variant="secondary" onClick={() => setViewing(true)}>
          {t('conflict.view', { version: currentVersion })}
        </Button>
        <Button onClick={onSaveAnyway}>{t('conflict.saveAnyway', { version: currentVersion + 1 })}</Button>
        <Button variant="danger" onClick={onDiscard}>
          {t('conflict.discard', { version: currentVersion })}
        </Button>
      </div>
      <Dialog
        open={viewing}
        onClose={() => setViewing(false)}
        title={t('versions.dialogTitle', { version: currentVersion })}
      >
        {newer.data ? <TemplatePreview definition={newer.data.definition} idPrefix="conflict" /> : null}
      </Dialog>
    </Alert>
  );
}
