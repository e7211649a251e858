import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { TemplatePreview } from './TemplatePreview';
import type { TemplateVersionDetail, TemplateVersionInfo } from './template-types';

function VersionDialog({
  templateId,
  version,
  onClose,
}: {
  templateId: string;
  version: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['templates', 'common']);
  const detail = useApi<TemplateVersionDetail>(
    version === null ? null : `/api/templates/${templateId}/versions/${version}`,
  );
  return (
    <Dialog
      open={version !== null}
      onClose={onClose}
      title={t('templates:versions.dialogTitle', { version: version ?? '' })}
    >
      {detail.error ? <Alert variant="error">{detail.error.message}</Alert> : null}
      {detail.loading ? <Spinner label={t('common:status.loading')} /> : null}
      {detail.data && detail.data.version === version ? (
        <TemplatePreview definition={detail.data.definition} idPrefix={`version-${version}`} />
      ) : null}
    </Dialog>
  );
}

/** Every saved version, newest first, with who saved it and when; each can be viewed. */
export function VersionHistory({
  templateId,
  versions,
  currentVersion,
}: {
  templateId: string;
  versions: TemplateVersionInfo[];
  currentVersion: number;
}) {
  const { t } = useTranslation('templates');
  const [viewing, setViewing] = useState<number | null>(null);
  const columns: TableColumn<TemplateVersionInfo>[] = [
    {
      key: 'version',
      header: t('versions.version'),
      isRowHeader: true,
      render: (v) => (
        <>
          {t('versions.versionNumber', { version: v.version })}{' '}
          {v.version === currentVersion ? <Tag variant="success">{t('versions.current')}</Tag> : null}
        </>
      ),
    },
    { key: 'savedAt', header: t('versions.savedAt'), render: (v) => formatDateTime(v.createdAt) },
    {
      key: 'savedBy',
      header: t('versions.savedBy'),
      render: (v) => v.createdBy?.name ?? t('versions.system'),
    },
    {
      key: 'view',
      header: t('versions.actions'),
      render: (v) => (
        <Button size="small" variant="secondary" onClick={() => setViewing(v.version)}>
          {t('versions.view', { version: v.version })}
        </Button>
      ),
    },
  ];
  return (
    <section className="editor-section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      <p>{t('versions.intro')}</p>
      <Table
        caption={t('versions.caption')}
        captionHidden
        columns={columns}
        rows={versions}
        rowKey={(v) => String(v.version)}
      />
      <VersionDialog templateId={templateId} version={viewing} onClose={() => setViewing(null)} />
    </section>
  );
}
