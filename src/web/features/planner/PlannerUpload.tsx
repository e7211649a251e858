import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../api/client';
import { Alert, Button, TextField } from '../../components';
import { FileField } from '../imports/FileField';
import { ImportErrorsTable } from '../imports/ImportErrorsTable';
import { useDryRunUpload } from '../imports/use-dry-run-upload';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface UploadError {
  row: number;
  column: string;
  code: string;
  message: string;
  value: string | null;
}

interface UploadResult {
  rows: number;
  households: number;
  persons: number;
  errors: UploadError[];
  runId: string | null;
}

/** Check a CSV/XLSX household batch (nothing stored), then store it as a draft run to start. */
export function PlannerUpload({
  networkId,
  onStored,
}: {
  networkId: string;
  onStored: (runId: string) => void;
}) {
  const { t } = useTranslation(['planner', 'common']);
  const [name, setName] = useState('');
  const { fileError, checked, errors, message, send, selectFile, onSubmit } = useDryRunUpload<UploadResult>({
    upload: (file, mode) =>
      uploadFile<UploadResult>(`/api/networks/${networkId}/planner/batches`, file, {
        mode,
        name: name.trim() || file.name,
        year: String(new Date().getFullYear()),
      }),
    fileRequired: t('planner:upload.fileRequired'),
    onCommitted: (result) => {
      if (!result.runId) return null;
      onStored(result.runId);
      return t('planner:upload.stored', { households: result.households });
    },
  });

  return (
    <section className="admin-form" aria-labelledby="planner-upload-title">
      <h2 id="planner-upload-title">{t('planner:upload.title')}</h2>
      <p className="muted">{t('planner:upload.columns')}</p>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id="planner-upload-name"
          label={t('planner:create.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <FileField
          id="planner-upload-file"
          label={t('planner:upload.file')}
          hint={t('planner:upload.fileHint')}
          accept={ACCEPT}
          error={fileError}
          onChange={selectFile}
        />
        <div className="row-actions">
          <Button type="submit" variant="secondary">
            {t('planner:upload.check')}
          </Button>
          {checked && checked.errors.length === 0 && checked.households > 0 ? (
            <Button type="button" onClick={() => void send('commit')}>
              {t('planner:upload.commit', { households: checked.households })}
            </Button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {checked ? (
          <Alert variant={checked.errors.length === 0 ? 'success' : 'error'}>
            {checked.errors.length === 0
              ? t('planner:upload.clean', { households: checked.households, persons: checked.persons })
              : t('planner:upload.hasErrors', { errors: checked.errors.length })}
          </Alert>
        ) : null}
        {message ? <Alert variant={errors.length > 0 ? 'error' : 'success'}>{message}</Alert> : null}
      </div>
      {errors.length > 0 ? (
        <ImportErrorsTable errors={errors} caption={t('planner:upload.errorsCaption')} />
      ) : null}
    </section>
  );
}
