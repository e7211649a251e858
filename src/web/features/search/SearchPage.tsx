import './search.css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Pagination } from '../../components/Pagination';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { TextField } from '../../components/TextField';
import { SearchResults } from './SearchResults';
import {
  emptyFilter,
  filterFromParams,
  paramsFromFilter,
  type SearchFilter,
  type SearchResult,
  searchKinds,
} from './search-types';

const fieldIds: Record<string, string> = {
  q: 'search-q',
  network: 'search-network',
  kind: 'search-kind',
  from: 'search-from',
  to: 'search-to',
};

/** /sok — full-text search across the archive of the user's networks. */
export function SearchPage() {
  const { t } = useTranslation(['search', 'errors']);
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const { filter, page } = filterFromParams(params);
  const [draft, setDraft] = useState<SearchFilter>(filter);
  const [localError, setLocalError] = useState<string | null>(null);
  const paramsKey = params.toString();

  // The address is the truth: back/forward and links update the form.
  useEffect(() => {
    setDraft(filterFromParams(new URLSearchParams(paramsKey)).filter);
  }, [paramsKey]);

  const searching = filter.q.trim().length >= 2;
  const result = useApi<SearchResult>(searching ? '/api/search' : null, {
    query: {
      q: filter.q.trim(),
      network: filter.network || undefined,
      kind: filter.kind || undefined,
      from: filter.from || undefined,
      to: filter.to || undefined,
      page,
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.q.trim().length < 2) {
      setLocalError(t('errors:field.too_small', { min: 2 }));
      return;
    }
    setLocalError(null);
    setParams(paramsFromFilter(draft, 1));
  };
  const set = (key: keyof SearchFilter, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const serverFields = result.error?.fieldErrors ?? [];
  const fieldError = (key: string) =>
    key === 'q' && localError ? localError : serverFields.find((f) => f.path === key)?.message;
  const summary = [
    ...(localError ? [{ fieldId: fieldIds.q, message: `${t('search:form.query')}: ${localError}` }] : []),
    ...serverFields.map((f) => ({ fieldId: fieldIds[f.path], message: f.message })),
  ];
  const networks = user?.networks ?? [];

  return (
    <>
      <h1>{t('search:title')}</h1>
      <p className="lead">{t('search:lead')}</p>
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <search>
        <form className="search-form" onSubmit={submit} aria-label={t('search:form.label')} noValidate>
          <div className="search-form__query">
            <TextField
              id={fieldIds.q}
              label={t('search:form.query')}
              hint={t('search:form.queryHint')}
              type="search"
              name="q"
              value={draft.q}
              maxLength={200}
              error={fieldError('q')}
              onChange={(e) => set('q', e.target.value)}
            />
            <Button type="submit">{t('search:form.submit')}</Button>
          </div>
          <div className="filter-bar search-form__filters">
            {networks.length > 1 ? (
              <Select
                id={fieldIds.network}
                label={t('search:form.network')}
                placeholder={t('search:form.anyNetwork')}
                options={networks.map((n) => ({ value: n.id, label: n.name }))}
                value={draft.network}
                error={fieldError('network')}
                onChange={(e) => set('network', e.target.value)}
              />
            ) : null}
            <Select
              id={fieldIds.kind}
              label={t('search:form.kind')}
              placeholder={t('search:form.anyKind')}
              options={searchKinds.map((k) => ({ value: k, label: t(`search:kinds.${k}`) }))}
              value={draft.kind}
              error={fieldError('kind')}
              onChange={(e) => set('kind', e.target.value)}
            />
            <TextField
              id={fieldIds.from}
              label={t('search:form.from')}
              type="date"
              value={draft.from}
              error={fieldError('from')}
              onChange={(e) => set('from', e.target.value)}
            />
            <TextField
              id={fieldIds.to}
              label={t('search:form.to')}
              type="date"
              value={draft.to}
              error={fieldError('to')}
              onChange={(e) => set('to', e.target.value)}
            />
            {draft.network || draft.kind || draft.from || draft.to ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setDraft({ ...emptyFilter, q: draft.q });
                  if (filter.q) setParams(paramsFromFilter({ ...emptyFilter, q: filter.q }, 1));
                }}
              >
                {t('search:form.clear')}
              </Button>
            ) : null}
          </div>
        </form>
      </search>

      {!searching ? (
        <p className="muted">{t('search:results.start')}</p>
      ) : result.error && serverFields.length === 0 ? (
        <Alert variant="error">{result.error.message}</Alert>
      ) : result.data && !result.error ? (
        <>
          <SearchResults result={result.data} />
          <Pagination
            page={result.data.page}
            pageCount={result.data.pages}
            label={t('search:results.pagination')}
            onPageChange={(next) => {
              setParams(paramsFromFilter(filter, next));
              document.getElementById('search-results-heading')?.focus();
            }}
          />
        </>
      ) : result.loading ? (
        <Spinner label={t('search:results.loading')} />
      ) : null}
    </>
  );
}
