import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { FileField } from '../imports/FileField';
import { ImportErrorsTable } from '../imports/ImportErrorsTable';
import { useDryRunUpload } from '../imports/use-dry-run-upload';
import type { LedgerImportResult } from './ledger-types';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Check a CSV/XLSX file of anvisningar (nothing stored), then import all rows or none. */
export function LedgerImport({ onImported }: { onImported: (count: number) => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { fileError, checked, errors, message, send, selectFile, onSubmit } =
    useDryRunUpload<LedgerImportResult>({
      upload: (file, mode) => uploadFile<LedgerImportResult>('/api/ledger/imports', file, { mode }),
      fileRequired: t('ledger:import.fileRequired'),
      onCommitted: (result) => {
        onImported(result.imported);
        return t('ledger:import.done', { count: result.imported });
      },
    });

  return (
    <section className="admin-form" aria-labelledby="ledger-import-title">
      <h2 id="ledger-import-title">{t('ledger:import.title')}</h2>
      <p>{t('ledger:import.intro')}</p>
      <p className="muted">{t('ledger:import.columns')}</p>
      <form noValidate onSubmit={onSubmit}>
        <FileField
          id="ledger-import-file"
          label={t('ledger:import.file')}
          hint={t('ledger:import.fileHint')}
          accept={ACCEPT}
          error={fileError}
          onChange={selectFile}
        />
        <div className="row-actions">
          <Button type="submit" variant="secondary">
            {t('ledger:import.check')}
          </Button>
          {checked && checked.errors.length === 0 && checked.wouldCreate > 0 ? (
            <Button type="button" onClick={() => void send('commit')}>
              {t('ledger:import.commit', { count: checked.wouldCreate })}
            </Button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {checked ? (
          <Alert variant={checked.errors.length === 0 ? 'success' : 'error'}>
            {checked.errors.length === 0
              ? t('ledger:import.clean', { count: checked.wouldCreate })
              : t('ledger:import.hasErrors', { count: checked.errors.length })}
          </Alert>
        ) : null}
        {message ? <Alert variant={errors.length > 0 ? 'error' : 'success'}>{message}</Alert> : null}
      </div>
      {errors.length > 0 ? (
        <ImportErrorsTable
          errors={errors}
          caption={t('ledger:import.errorsCaption', { count: errors.length })}
        />
      ) : null}
    </section>
  );
}
