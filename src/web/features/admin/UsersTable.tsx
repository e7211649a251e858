import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { type AdminUser, statusOf } from './admin-types';

interface UsersTableProps {
  users: AdminUser[];
  selfId: string;
  showOrganisation: boolean;
  onEdit: (user: AdminUser) => void;
  onToggle: (user: AdminUser) => void;
  onResent: (user: AdminUser) => void;
}

const statusVariant = { active: 'success', invited: 'info', inactive: 'neutral' } as const;

export function UsersTable({ users, selfId, showOrganisation, onEdit, onToggle, onResent }: UsersTableProps) {
  const { t } = useTranslation(['admin', 'common', 'registry']);
  const [resendError, setResendError] = useState<string | null>(null);

  const resend = async (user: AdminUser) => {
    setResendError(null);
    try {
      await api.post(`/api/users/${user.id}/invite`);
      onResent(user);
    } catch (caught) {
      setResendError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    }
  };

  const columns: TableColumn<AdminUser>[] = [
    {
      key: 'name',
      header: t('admin:users.columns.nameEmail'),
      isRowHeader: true,
      sortValue: (u) => u.name,
      render: (u) => (
        <>
          {u.name}
          {u.title ? <span className="cell-sub">{u.title}</span> : null}
          <span className="cell-sub">{u.email}</span>
          {showOrganisation ? <span className="cell-sub">{u.orgName}</span> : null}
        </>
      ),
    },
    {
      key: 'roles',
      header: t('admin:users.columns.roles'),
      render: (u) => u.roles.map((r) => t(`common:roles.${r}`)).join(', '),
    },
    {
      key: 'functions',
      header: t('admin:users.columns.functions'),
      render: (u) => u.functions.map((f) => t(`registry:functions.${f}`)).join(', '),
    },
    {
      key: 'status',
      header: t('admin:users.columns.status'),
      sortValue: (u) => statusOf(u),
      render: (u) => <Tag variant={statusVariant[statusOf(u)]}>{t(`admin:users.status.${statusOf(u)}`)}</Tag>,
    },
    {
      key: 'actions',
      header: t('admin:users.columns.actions'),
      render: (u) => (
        <div className="row-actions">
          <Button size="small" variant="secondary" onClick={() => onEdit(u)}>
            {t('admin:users.actions.edit')}
            <span className="visually-hidden"> {u.name}</span>
          </Button>
          {statusOf(u) === 'invited' ? (
            <Button size="small" variant="secondary" onClick={() => void resend(u)}>
              {t('admin:users.actions.resend')}
              <span className="visually-hidden"> {u.name}</span>
            </Button>
          ) : null}
          {u.id !== selfId ? (
            <Button size="small" variant="secondary" onClick={() => onToggle(u)}>
              {u.isActive ? t('admin:users.actions.deactivate') : t('admin:users.actions.activate')}
              <span className="visually-hidden"> {u.name}</span>
            </Button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <>
      {resendError ? <p className="field__error">{resendError}</p> : null}
      <Table
        caption={t('admin:users.tableCaption')}
        captionHidden
        columns={columns}
        rows={users}
        rowKey={(u) => u.id}
      />
    </>
  );
}
