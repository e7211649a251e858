import './imports.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, apiUrl, uploadFile } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Spinner } from '../../components/Spinner';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { FileField } from './FileField';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportPreview } from './ImportPreview';
import { errorsOfDetails, type ImportErrorItem, type ImportResult, type ImportRound } from './import-types';

const FILE_ID = 'import-file';
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'imported';

/** /omgangar/:roundId/import — check a CSV/XLSX file of a round's reports, then import it. */
export function ImportPage() {
  const { roundId = '' } = useParams();
  const { t } = useTranslation(['imports', 'common']);
  const round = useApi<ImportRound>(`/api/rounds/${roundId}`);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<{ message: string; errors: ImportErrorItem[] } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const r = round.data?.round;
  const roundLabel = r
    ? r.kind === 'weekly'
      ? t('imports:page.weekLabel', { template: r.templateName, week: r.isoWeek, year: r.isoYear })
      : r.title || r.templateName
    : '';
  usePageTitle(r ? t('imports:page.titleWith', { round: roundLabel }) : null);

  // Move focus to the outcome so it is read out and the keyboard continues from there.
  useEffect(() => {
    if (phase === 'checked' || phase === 'imported' || failure) resultHeading.current?.focus();
  }, [phase, failure]);

  const send = async (mode: 'dry_run' | 'commit') => {
    if (!file) {
      setFileError(t('imports:page.file.required'));
      return;
    }
    setFileError(null);
    setFailure(null);
    setPhase(mode === 'dry_run' ? 'checking' : 'importing');
    try {
      const answer = await uploadFile<ImportResult>(`/api/rounds/${roundId}/imports`, file, { mode });
      setResult(answer);
      setPhase(mode === 'dry_run' ? 'checked' : 'imported');
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      setResult(null);
      setPhase('idle');
      setFailure({
        message: apiError?.message ?? t('common:errors.network', { defaultValue: String(error) }),
        errors: apiError ? errorsOfDetails(apiError.details) : [],
      });
    }
  };

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send('dry_run');
  };

  const busy = phase === 'checking' || phase === 'importing';
  const canImport =
    phase === 'checked' && result !== null && result.errors.length === 0 && result.organisations.length > 0;

  return (
    <>
      {r ? (
        <p className="import-back-link">
          <Link to={`/natverk/${r.networkId}/omgangar`}>{t('imports:page.back')}</Link>
        </p>
      ) : null}
      <h1>
        {t('imports:page.title')}
        {r ? <span className="import-heading-sub">{roundLabel}</span> : null}
      </h1>
      {round.error ? <Alert variant="error">{round.error.message}</Alert> : null}
      {round.loading && !r ? <Spinner /> : null}
      {r ? (
        <>
          <p className="lead">{t('imports:page.intro', { deadline: formatDateTime(r.deadlineAt) })}</p>
          <ul className="import-template-links">
            <li>
              <a href={apiUrl(`/api/rounds/${roundId}/import-template.xlsx`)} download>
                {t('imports:page.templateXlsx')}
              </a>
            </li>
            <li>
              <a href={apiUrl(`/api/rounds/${roundId}/import-template.csv`)} download>
                {t('imports:page.templateCsv')}
              </a>
            </li>
          </ul>
          <p className="muted">{t('imports:page.templateHint')}</p>

          {fileError ? <ErrorSummary errors={[{ fieldId: FILE_ID, message: fileError }]} /> : null}
          <form className="import-form" onSubmit={check} noValidate>
            <FileField
              id={FILE_ID}
              label={t('imports:page.file.label')}
              hint={t('imports:page.file.hint')}
              accept={ACCEPT}
              error={fileError}
              onChange={(chosen) => {
                setFile(chosen);
                setResult(null);
                setFailure(null);
                setPhase('idle');
                if (chosen) setFileError(null);
              }}
            />
            <Button type="submit" variant={canImport ? 'secondary' : 'primary'} disabled={busy}>
              {t('imports:page.check')}
            </Button>
          </form>
        </>
      ) : null}

      <div aria-live="polite" className="import-progress">
        {phase === 'checking' ? <Spinner label={t('imports:page.checking')} /> : null}
        {phase === 'importing' ? <Spinner label={t('imports:page.importing')} /> : null}
      </div>

      {failure ? (
        <section className="import-result" aria-labelledby="import-result-heading">
          <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1}>
            {t('imports:page.failedHeading')}
          </h2>
          <Alert variant="error">{failure.message}</Alert>
          {failure.errors.length > 0 ? <ImportErrorsTable errors={failure.errors} /> : null}
        </section>
      ) : null}

      {result && phase === 'checked' ? (
        <section className="import-result" aria-labelledby="import-result-heading">
          <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1}>
            {t('imports:page.checkedHeading')}
          </h2>
          {result.errors.length > 0 ? (
            <>
              <Alert
                variant="error"
                headingLevel={3}
                title={t('imports:page.errorsTitle', { count: result.errors.length })}
              >
                <p>{t('imports:page.errorsHelp')}</p>
              </Alert>
              <ImportErrorsTable errors={result.errors} />
            </>
          ) : (
            <>
              <Alert
                variant="success"
                headingLevel={3}
                title={t('imports:page.ready', { count: result.organisations.length })}
              >
                <p>
                  {t('imports:page.readyDetail', {
                    created: result.wouldCreate,
                    updated: result.wouldUpdate,
                  })}
                  {result.skipped > 0 ? ` ${t('imports:page.skipped', { count: result.skipped })}` : ''}
                </p>
              </Alert>
              <ImportPreview organisations={result.organisations} />
              <Button onClick={() => void send('commit')} disabled={!canImport}>
                {t('imports:page.import')}
              </Button>
            </>
          )}
        </section>
      ) : null}

      {result && phase === 'imported' ? (
        <section className="import-result" aria-labelledby="import-result-heading">
          <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1}>
            {t('imports:page.importedHeading')}
          </h2>
          <Alert variant="success">{t('imports:page.imported', { count: result.imported })}</Alert>
          {r ? (
            <p>
              <Link to={`/natverk/${r.networkId}/omgangar`}>{t('imports:page.back')}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
