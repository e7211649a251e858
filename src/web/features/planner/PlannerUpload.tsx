import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, uploadFile } from '../../api/client';
import { Alert, Button, TextField } from '../../components';
import { FileField } from '../imports/FileField';
import { ImportErrorsTable } from '../imports/ImportErrorsTable';

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
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<UploadResult | null>(null);
  const [errors, setErrors] = useState<UploadError[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const send = async (mode: 'dry_run' | 'commit') => {
    if (!file) {
      setFileError(t('planner:upload.fileRequired'));
      return;
    }
    setFileError(null);
    setMessage(null);
    try {
      const result = await uploadFile<UploadResult>(`/api/networks/${networkId}/planner/batches`, file, {
        mode,
        name: name.trim() || file.name,
        year: String(new Date().getFullYear()),
      });
      setErrors(result.errors);
      if (mode === 'dry_run') setChecked(result);
      else if (result.runId) {
        setChecked(null);
        setMessage(t('planner:upload.stored', { households: result.households }));
        onStored(result.runId);
      }
    } catch (caught) {
      setChecked(null);
      if (caught instanceof ApiError) {
        setMessage(caught.message);
        const listed = caught.details.errors;
        setErrors(Array.isArray(listed) ? (listed as UploadError[]) : []);
      } else setMessage(t('common:errors.unexpected'));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send('dry_run');
  };

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
          onChange={(f) => {
            setFile(f);
            setChecked(null);
            setErrors([]);
          }}
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
