import '../admin/admin.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../layout/page-title';
import { CopyEmails } from './CopyEmails';
import { contactFunctions } from './contact-functions';
import type { DirectoryEntry, DirectoryList, NetworkDetail } from './network-types';

interface Filter {
  function: string;
  q: string;
  orgId: string;
}
const noFilter: Filter = { function: '', q: '', orgId: '' };

/** /natverk/:networkId/kontakter — who holds which function in the network's organisations. */
export function DirectoryPage() {
  const { t } = useTranslation(['directory', 'registry', 'common']);
  const { networkId = '' } = useParams();
  const network = useApi<NetworkDetail>(`/api/networks/${encodeURIComponent(networkId)}`);
  const [draft, setDraft] = useState<Filter>(noFilter);
  const [filter, setFilter] = useState<Filter>(noFilter);
  const directory = useApi<DirectoryList>(`/api/networks/${encodeURIComponent(networkId)}/directory`, {
    query: {
      function: filter.function || undefined,
      q: filter.q || undefined,
      orgId: filter.orgId || undefined,
    },
  });
  const name = network.data?.name;
  usePageTitle(name ? t('directory:directory.pageTitle', { name }) : null);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter({ ...draft, q: draft.q.trim() });
  };

  const columns: TableColumn<DirectoryEntry>[] = [
    {
      key: 'name',
      header: t('directory:directory.columns.name'),
      isRowHeader: true,
      sortValue: (e) => e.name,
      render: (e) => (
        <>
          {e.name}
          {e.title ? <span className="cell-sub">{e.title}</span> : null}
        </>
      ),
    },
    { key: 'org', header: t('directory:directory.columns.organisation'), sortValue: (e) => e.orgName },
    {
      key: 'functions',
      header: t('directory:directory.columns.functions'),
      render: (e) => e.functions.map((f) => t(`registry:functions.${f}`)).join(', '),
    },
    {
      key: 'contact',
      header: t('directory:directory.columns.contact'),
      render: (e) => (
        <>
          <a href={`mailto:${e.email}`}>{e.email}</a>
          {e.phone ? (
            <span className="cell-sub">
              <a className="nowrap" href={`tel:${e.phone.replace(/[^0-9+]/g, '')}`}>
                {e.phone}
              </a>
            </span>
          ) : null}
        </>
      ),
    },
  ];

  if (network.error) {
    return (
      <>
        <h1>{t('directory:directory.title')}</h1>
        <Alert variant="error">{network.error.message}</Alert>
        <p>
          <Link to="/natverk">{t('directory:directory.back')}</Link>
        </p>
      </>
    );
  }

  const items = directory.data?.items ?? [];
  return (
    <>
      <p>
        <Link to="/natverk">{t('directory:directory.back')}</Link>
      </p>
      <h1>{name ? t('directory:directory.heading', { name }) : t('directory:directory.title')}</h1>
      <p className="lead">{t('directory:directory.intro')}</p>
      <form className="filter-bar" onSubmit={apply} aria-label={t('directory:directory.filter.label')}>
        <Select
          label={t('directory:directory.filter.function')}
          placeholder={t('directory:directory.filter.anyFunction')}
          options={contactFunctions.map((f) => ({ value: f, label: t(`registry:functions.${f}`) }))}
          value={draft.function}
          onChange={(e) => setDraft((d) => ({ ...d, function: e.target.value }))}
        />
        <Select
          label={t('directory:directory.filter.organisation')}
          placeholder={t('directory:directory.filter.anyOrganisation')}
          options={(network.data?.members ?? [])
            .map((m) => ({ value: m.orgId, label: m.name }))
            .sort((a, b) => a.label.localeCompare(b.label, 'sv'))}
          value={draft.orgId}
          onChange={(e) => setDraft((d) => ({ ...d, orgId: e.target.value }))}
        />
        <TextField
          label={t('directory:directory.filter.search')}
          type="search"
          value={draft.q}
          onChange={(e) => setDraft((d) => ({ ...d, q: e.target.value }))}
        />
        <Button type="submit" variant="secondary">
          {t('directory:directory.filter.submit')}
        </Button>
      </form>
      {directory.error ? <Alert variant="error">{directory.error.message}</Alert> : null}
      {directory.loading && !directory.data ? <Spinner label={t('common:status.loading')} /> : null}
      {directory.data ? (
        <>
          <p aria-live="polite">{t('directory:directory.count', { count: items.length })}</p>
          {directory.data.truncated ? (
            <Alert variant="warning">{t('directory:directory.truncated')}</Alert>
          ) : null}
          <CopyEmails emails={items.map((e) => e.email)} />
          <Table
            caption={t('directory:directory.tableCaption')}
            captionHidden
            columns={columns}
            rows={items}
            rowKey={(e) => e.userId}
            empty={t('directory:directory.empty')}
          />
        </>
      ) : null}
    </>
  );
}
