import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, uploadFile } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Table } from '../../components/Table';
import { FileField } from '../imports/FileField';

interface ImportError {
  row: number;
  column: string;
  columnLetter: string | null;
  code: string;
  message: string;
  value: string | null;
}
interface ImportResult {
  mode: 'dry_run' | 'commit';
  errors: ImportError[];
  updated: number;
}

/**
 * Inputs from a CSV or XLSX file: a dry run lists every error by row and column; only a
 * file without errors can then be imported, all rows or none.
 */
export function ImportInputs({ year, onImported }: { year: number; onImported: (message: string) => void }) {
  const { t } = useTranslation(['quotas', 'common']);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (mode: 'dry_run' | 'commit') => {
    if (!file) {
      setError(t('common:errors.unexpected'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await uploadFile<ImportResult>(`/api/quotas/${year}/inputs/import`, file, { mode });
      setResult(r);
      if (mode === 'commit') onImported(t('quotas:import.done', { count: r.updated }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
      const errors = caught instanceof ApiError ? caught.details.errors : undefined;
      if (Array.isArray(errors)) setResult({ mode, errors: errors as ImportError[], updated: 0 });
    } finally {
      setBusy(false);
    }
  };
  const dryRun = (event: FormEvent) => {
    event.preventDefault();
    void send('dry_run');
  };
  const clean = result?.mode === 'dry_run' && result.errors.length === 0;
  return (
    <section className="quotas-section" aria-labelledby="quota-import-title">
      <h2 id="quota-import-title">{t('quotas:import.heading')}</h2>
      <p>{t('quotas:import.intro')}</p>
      <form noValidate onSubmit={dryRun}>
        <FileField
          id="quota-import-file"
          label={t('quotas:import.file')}
          hint=".csv, .xlsx"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(f) => {
            setFile(f);
            setResult(null);
          }}
        />
        <div className="quotas-inline">
          <Button type="submit" variant="secondary" disabled={busy || !file}>
            {t('quotas:import.dryRun')}
          </Button>
          <Button type="button" disabled={busy || !clean} onClick={() => void send('commit')}>
            {t('quotas:import.commit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {error ? <Alert variant="error">{error}</Alert> : null}
        {clean ? <Alert variant="success">{t('quotas:import.ok', { count: result.updated })}</Alert> : null}
      </div>
      {result && result.errors.length > 0 ? (
        <Table
          caption={t('quotas:import.errorsCaption')}
          rows={result.errors}
          rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
          columns={[
            { key: 'row', header: t('quotas:import.row'), align: 'end', render: (e) => e.row },
            {
              key: 'column',
              header: t('quotas:import.column'),
              render: (e) => (e.columnLetter ? `${e.columnLetter} (${e.column})` : e.column),
            },
            {
              key: 'message',
              header: t('quotas:import.message'),
              isRowHeader: true,
              render: (e) => e.message,
            },
          ]}
        />
      ) : null}
    </section>
  );
}
