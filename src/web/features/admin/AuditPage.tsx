import './admin.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Details } from '../../components/Details';
import { Pagination } from '../../components/Pagination';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../i18n/format';
import { AuditDiff } from './AuditDiff';
import type { AuditEntry, Page } from './admin-types';

const PAGE_SIZE = 50;
const entityTypes = [
  'user',
  'organisation',
  'network',
  'network_member',
  'template',
  'round',
  'report',
  'api_token',
];

interface Filter {
  action: string;
  entityType: string;
  actor: string;
  from: string;
  to: string;
}
const noFilter: Filter = { action: '', entityType: '', actor: '', from: '', to: '' };

/** /admin/granskningslogg — who changed what and when, newest first. */
export function AuditPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { hasRole, user } = useAuth();
  const [draft, setDraft] = useState<Filter>(noFilter);
  const [filter, setFilter] = useState<Filter>(noFilter);
  const [page, setPage] = useState(1);
  const log = useApi<Page<AuditEntry>>('/api/audit', {
    query: {
      action: filter.action || undefined,
      entityType: filter.entityType || undefined,
      actor: filter.actor || undefined,
      from: filter.from || undefined,
      to: filter.to || undefined,
      page,
      pageSize: PAGE_SIZE,
    },
  });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter({ ...draft, action: draft.action.trim(), actor: draft.actor.trim() });
    setPage(1);
  };
  const set = (key: keyof Filter, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const columns: TableColumn<AuditEntry>[] = [
    {
      key: 'at',
      header: t('admin:audit.columns.at'),
      render: (e) => <span className="nowrap">{formatDateTime(e.at)}</span>,
    },
    {
      key: 'actor',
      header: t('admin:audit.columns.actor'),
      render: (e) =>
        e.actorName ? (
          <>
            {e.actorName}
            <span className="cell-sub">{e.actorOrgName}</span>
          </>
        ) : (
          <span className="muted">{t('admin:audit.system')}</span>
        ),
    },
    {
      key: 'action',
      header: t('admin:audit.columns.action'),
      render: (e) => (
        <>
          {t(`admin:audit.actions.${e.action.replaceAll('.', '_')}`, { defaultValue: e.action })}
          <span className="cell-sub action-code">{e.action}</span>
        </>
      ),
    },
    {
      key: 'entity',
      header: t('admin:audit.columns.entity'),
      render: (e) => (
        <>
          {t(`admin:audit.entityTypes.${e.entityType}`, { defaultValue: e.entityType })}
          <span className="cell-sub action-code">{e.entityId}</span>
        </>
      ),
    },
    {
      key: 'changes',
      header: t('admin:audit.columns.changes'),
      render: (e) =>
        e.before === null && e.after === null ? (
          <span className="muted">{t('admin:audit.noDetails')}</span>
        ) : (
          <Details summary={t('admin:audit.showChanges')}>
            <AuditDiff before={e.before} after={e.after} />
          </Details>
        ),
    },
  ];

  const pageCount = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <h1>{t('admin:audit.title')}</h1>
      <p className="lead">
        {hasRole('system_admin')
          ? t('admin:audit.introAll')
          : t('admin:audit.intro', { org: user?.orgName ?? '' })}
      </p>
      <form className="filter-bar" onSubmit={apply} aria-label={t('admin:audit.filter.label')}>
        <TextField
          label={t('admin:audit.filter.actor')}
          value={draft.actor}
          onChange={(e) => set('actor', e.target.value)}
        />
        <TextField
          label={t('admin:audit.filter.action')}
          hint={t('admin:audit.filter.actionHint')}
          value={draft.action}
          spellCheck={false}
          onChange={(e) => set('action', e.target.value)}
        />
        <Select
          label={t('admin:audit.filter.entityType')}
          placeholder={t('admin:audit.filter.any')}
          options={entityTypes.map((type) => ({ value: type, label: t(`admin:audit.entityTypes.${type}`) }))}
          value={draft.entityType}
          onChange={(e) => set('entityType', e.target.value)}
        />
        <TextField
          label={t('admin:audit.filter.from')}
          type="date"
          value={draft.from}
          onChange={(e) => set('from', e.target.value)}
        />
        <TextField
          label={t('admin:audit.filter.to')}
          type="date"
          value={draft.to}
          onChange={(e) => set('to', e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('admin:audit.filter.submit')}
        </Button>
      </form>
      {log.error ? <Alert variant="error">{log.error.message}</Alert> : null}
      {log.loading && !log.data ? <Spinner label={t('common:status.loading')} /> : null}
      {log.data ? (
        <>
          <p aria-live="polite">{t('admin:audit.count', { count: log.data.total })}</p>
          <Table
            caption={t('admin:audit.tableCaption')}
            captionHidden
            columns={columns}
            rows={log.data.items}
            rowKey={(e) => String(e.id)}
          />
          <Pagination page={page} pageCount={pageCount} onPageChange={setPage} />
        </>
      ) : null}
    </>
  );
}
