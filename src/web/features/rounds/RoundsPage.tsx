import '../admin/admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { DeadlineDialog } from './DeadlineDialog';
import { ExtraRoundForm } from './ExtraRoundForm';
import { roundName, stateVariant } from './round-format';
import type { RoundList, RoundSummary } from './round-types';

const PAGE = 20;

/** /natverk/:networkId/omgangar — weekly and extra rounds, with how many have filed. */
export function RoundsPage() {
  const { t } = useTranslation(['rounds', 'common']);
  const { networkId = '' } = useParams();
  const [limit, setLimit] = useState(PAGE);
  const network = useApi<{ name: string }>(`/api/networks/${encodeURIComponent(networkId)}`);
  const list = useApi<RoundList>(`/api/networks/${encodeURIComponent(networkId)}/rounds`, {
    query: { limit },
  });
  const [editing, setEditing] = useState<RoundSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const name = network.data?.name;
  usePageTitle(name ? t('rounds:pageTitle', { name }) : null);
  const canManage = list.data?.canManage ?? false;

  const columns: TableColumn<RoundSummary>[] = [
    {
      key: 'round',
      header: t('rounds:table.round'),
      isRowHeader: true,
      render: (r) => (
        <>
          {roundName(r, t)} {r.kind === 'extra' ? <Tag variant="warning">{t('rounds:extra')}</Tag> : null}
          <span className="cell-sub">
            {t('rounds:table.template', { name: r.templateName, version: r.templateVersion })}
          </span>
        </>
      ),
    },
    { key: 'opens', header: t('rounds:table.opens'), render: (r) => formatDateTime(r.opensAt) },
    { key: 'deadline', header: t('rounds:table.deadline'), render: (r) => formatDateTime(r.deadlineAt) },
    {
      key: 'state',
      header: t('rounds:table.state'),
      render: (r) => <Tag variant={stateVariant[r.state]}>{t(`rounds:state.${r.state}`)}</Tag>,
    },
    {
      key: 'filed',
      header: t('rounds:table.filed'),
      align: 'end',
      render: (r) => (
        <>
          {t('rounds:table.filedOf', { filed: r.filed, expected: r.expected })}
          {r.late > 0 ? <span className="cell-sub">{t('rounds:table.late', { count: r.late })}</span> : null}
        </>
      ),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            header: t('rounds:table.actions'),
            render: (r: RoundSummary) => (
              <div className="row-actions">
                <Button size="small" variant="secondary" onClick={() => setEditing(r)}>
                  {t('rounds:deadline.change')}
                  <span className="visually-hidden"> – {roundName(r, t)}</span>
                </Button>
                <Link to={`/omgangar/${r.id}/import`}>
                  {t('rounds:table.import')}
                  <span className="visually-hidden"> – {roundName(r, t)}</span>
                </Link>
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <p>
        <Link to={`/natverk/${networkId}/mallar`}>{t('rounds:toTemplates')}</Link>
      </p>
      <h1>{name ? t('rounds:pageTitle', { name }) : t('rounds:title')}</h1>
      <p className="lead">{t('rounds:intro')}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data ? (
        <Table
          caption={t('rounds:table.caption')}
          captionHidden
          columns={columns}
          rows={list.data.rounds}
          rowKey={(r) => r.id}
          empty={t('rounds:none')}
        />
      ) : null}
      {list.data && list.data.rounds.length >= limit && limit < 200 ? (
        <p>
          <Button variant="secondary" onClick={() => setLimit((n) => Math.min(200, n + PAGE))}>
            {t('rounds:showMore')}
          </Button>
        </p>
      ) : null}
      {canManage ? (
        <ExtraRoundForm
          networkId={networkId}
          onCreated={(d) => {
            setNotice(t('rounds:form.created', { name: roundName(d.round, t) }));
            list.reload();
          }}
        />
      ) : null}
      <DeadlineDialog
        round={editing}
        onClose={() => setEditing(null)}
        onSaved={(d) => {
          setEditing(null);
          setNotice(
            t('rounds:deadline.saved', {
              name: roundName(d.round, t),
              deadline: formatDateTime(d.round.deadlineAt),
            }),
          );
          list.reload();
        }}
      />
    </>
  );
}
