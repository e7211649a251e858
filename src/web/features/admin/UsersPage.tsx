import './admin.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { roles } from '../../auth/auth-types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Pagination } from '../../components/Pagination';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { TextField } from '../../components/TextField';
import type { AdminUser, OrganisationOption, Page } from './admin-types';
import { orgAdminGrantable } from './admin-types';
import { EditUserDialog } from './EditUserDialog';
import { InviteUserForm } from './InviteUserForm';
import { UserStatusDialog } from './UserStatusDialog';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 25;

/** /admin/anvandare — list, invite, edit and deactivate the users an administrator manages. */
export function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { user, hasRole } = useAuth();
  const isSystemAdmin = hasRole('system_admin');
  const [query, setQuery] = useState({ q: '', status: 'all', orgId: '', page: 1 });
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('all');
  const [orgFilter, setOrgFilter] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [toggling, setToggling] = useState<AdminUser | null>(null);
  const list = useApi<Page<AdminUser>>('/api/users', {
    query: {
      q: query.q || undefined,
      status: query.status,
      orgId: query.orgId || undefined,
      page: query.page,
      pageSize: PAGE_SIZE,
    },
  });
  const orgs = useApi<Page<OrganisationOption>>(isSystemAdmin ? '/api/organisations' : null, {
    query: { pageSize: 500 },
  });
  const grantable = isSystemAdmin ? roles : orgAdminGrantable;

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ q: search.trim(), status, orgId: orgFilter, page: 1 });
  };

  const done = (message: string) => {
    setNotice(message);
    list.reload();
  };

  const pageCount = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <h1>{t('admin:users.title')}</h1>
      <p className="lead">
        {isSystemAdmin ? t('admin:users.introAll') : t('admin:users.intro', { org: user?.orgName ?? '' })}
      </p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}

      <form className="filter-bar" onSubmit={filter} aria-label={t('admin:users.filter.label')}>
        <TextField
          label={t('admin:users.filter.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select
          label={t('admin:users.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={(['all', 'active', 'invited', 'inactive'] as const).map((s) => ({
            value: s,
            label: t(`admin:users.status.${s}`),
          }))}
        />
        {isSystemAdmin ? (
          <Select
            label={t('admin:users.fields.organisation')}
            placeholder={t('admin:users.filter.anyOrganisation')}
            value={orgFilter}
            onChange={(e) => setOrgFilter(e.target.value)}
            options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : null}
        <Button type="submit" variant="secondary">
          {t('admin:users.filter.submit')}
        </Button>
      </form>

      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data ? (
        <>
          <p aria-live="polite">{t('admin:users.count', { count: list.data.total })}</p>
          <UsersTable
            users={list.data.items}
            selfId={user?.id ?? ''}
            showOrganisation={isSystemAdmin}
            onEdit={setEditing}
            onToggle={setToggling}
            onResent={(u) => setNotice(t('admin:users.resent', { email: u.email }))}
          />
          <Pagination
            page={query.page}
            pageCount={pageCount}
            onPageChange={(page) => setQuery((q) => ({ ...q, page }))}
          />
        </>
      ) : null}

      <InviteUserForm
        grantable={grantable}
        organisations={isSystemAdmin ? (orgs.data?.items ?? []) : null}
        defaultOrgId={isSystemAdmin ? '' : (user?.orgId ?? '')}
        onInvited={() => {
          setNotice(null);
          list.reload();
        }}
      />

      <EditUserDialog
        user={editing}
        grantable={grantable}
        onClose={() => setEditing(null)}
        onSaved={(u) => {
          setEditing(null);
          done(t('admin:users.saved', { name: u.name }));
        }}
      />
      <UserStatusDialog
        user={toggling}
        onClose={() => setToggling(null)}
        onChanged={(u) => {
          setToggling(null);
          done(t(u.isActive ? 'admin:users.activated' : 'admin:users.deactivated', { name: u.name }));
        }}
      />
    </>
  );
}
