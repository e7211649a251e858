import './api-tokens.css';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../i18n/format';
import type { ApiToken, ApiTokenList, CreatedApiToken } from './api-token-types';
import { NewTokenSecret } from './NewTokenSecret';
import { RevokeTokenDialog } from './RevokeTokenDialog';

const NAME_ID = 'api-token-name';

/** /admin/api-nycklar — an org admin's API tokens for system-to-system filing. */
export function ApiTokensPage() {
  const { t } = useTranslation(['apiTokens', 'common']);
  const { user } = useAuth();
  const list = useApi<ApiTokenList>('/api/api-tokens');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    if (name.trim() === '') {
      setNameError(t('apiTokens:create.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      const answer = await api.post<CreatedApiToken>('/api/api-tokens', { name: name.trim() });
      setCreated(answer);
      setName('');
      setNameError(null);
      list.reload();
    } catch (caught) {
      const field =
        caught instanceof ApiError ? caught.fieldErrors.find((f) => f.path === 'name') : undefined;
      setNameError(field?.message ?? (caught instanceof ApiError ? caught.message : String(caught)));
      nameRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumn<ApiToken>[] = [
    { key: 'name', header: t('apiTokens:table.name'), sortValue: (x) => x.name, isRowHeader: true },
    { key: 'prefix', header: t('apiTokens:table.prefix'), render: (x) => <code>{x.prefix}…</code> },
    {
      key: 'created',
      header: t('apiTokens:table.created'),
      sortValue: (x) => x.createdAt,
      render: (x) => (
        <>
          {formatDateTime(x.createdAt)}
          {x.createdByName ? <span className="token-meta">{x.createdByName}</span> : null}
        </>
      ),
    },
    {
      key: 'lastUsed',
      header: t('apiTokens:table.lastUsed'),
      sortValue: (x) => x.lastUsedAt,
      render: (x) => (x.lastUsedAt ? formatDateTime(x.lastUsedAt) : t('apiTokens:table.never')),
    },
    {
      key: 'status',
      header: t('apiTokens:table.status'),
      render: (x) =>
        x.revokedAt ? (
          <Tag variant="neutral">{t('apiTokens:table.revoked', { date: formatDateTime(x.revokedAt) })}</Tag>
        ) : (
          <Tag variant="success">{t('apiTokens:table.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('apiTokens:table.actions')}</span>,
      render: (x) =>
        x.revokedAt ? null : (
          <Button variant="secondary" size="small" onClick={() => setRevoking(x)}>
            {t('apiTokens:revoke.button')}
            <span className="visually-hidden"> {x.name}</span>
          </Button>
        ),
    },
  ];

  return (
    <>
      <h1>{t('apiTokens:title')}</h1>
      <p className="lead">{t('apiTokens:intro', { org: user?.orgName ?? '' })}</p>
      <p>
        {t('apiTokens:usage')} <code>Authorization: Bearer samla_…</code>
      </p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {created ? <NewTokenSecret key={created.token.id} created={created} /> : null}

      <h2>{t('apiTokens:create.heading')}</h2>
      {nameError ? <ErrorSummary errors={[{ fieldId: NAME_ID, message: nameError }]} /> : null}
      <form className="token-create" onSubmit={(event) => void create(event)} noValidate>
        <TextField
          ref={nameRef}
          id={NAME_ID}
          label={t('apiTokens:create.name')}
          hint={t('apiTokens:create.nameHint')}
          value={name}
          maxLength={100}
          error={nameError}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" disabled={busy}>
          {t('apiTokens:create.submit')}
        </Button>
      </form>

      <h2>{t('apiTokens:table.heading')}</h2>
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner /> : null}
      {list.data ? (
        <Table
          caption={t('apiTokens:table.caption')}
          captionHidden
          columns={columns}
          rows={list.data.tokens}
          rowKey={(x) => x.id}
          empty={t('apiTokens:table.empty')}
        />
      ) : null}

      <RevokeTokenDialog
        token={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(token) => {
          setRevoking(null);
          if (created?.token.id === token.id) setCreated(null);
          setNotice(t('apiTokens:revoke.done', { name: token.name }));
          list.reload();
        }}
      />
    </>
  );
}
