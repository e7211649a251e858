import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatNumber } from '../../i18n/format';
import { BehindPlanAlert, LedgerSummary } from './LedgerSummary';
import { LedgerTrend } from './LedgerTrend';
import type { AggregateLedgerView } from './ledger-types';

type Row = AggregateLedgerView['municipalities'][number];

/** A network's or county's anvisningar: totals per municipality and the weekly trend, no households. */
export function AggregateLedger({ path, year }: { path: string; year: number }) {
  const { t } = useTranslation(['ledger', 'common']);
  const view = useApi<AggregateLedgerView>(path, { query: { year } });
  const data = view.data;
  const num = (n: number | null) => (n === null ? '–' : formatNumber(n));
  const columns: TableColumn<Row>[] = [
    { key: 'name', header: t('ledger:aggregate.municipality'), isRowHeader: true, sortValue: (r) => r.name },
    {
      key: 'k',
      header: t('ledger:summary.kommuntal'),
      align: 'end',
      sortValue: (r) => r.totals.kommuntal,
      render: (r) => num(r.totals.kommuntal),
    },
    { key: 'a', header: t('ledger:summary.assigned'), align: 'end', sortValue: (r) => r.totals.assigned },
    { key: 'r', header: t('ledger:summary.received'), align: 'end', sortValue: (r) => r.totals.received },
    {
      key: 'rem',
      header: t('ledger:summary.remaining'),
      align: 'end',
      sortValue: (r) => r.totals.remaining,
      render: (r) => num(r.totals.remaining),
    },
    { key: 'p', header: t('ledger:summary.pending'), align: 'end', sortValue: (r) => r.totals.pending },
    {
      key: 'plan',
      header: t('ledger:aggregate.plan'),
      sortValue: (r) => (r.behind.behind ? 0 : 1),
      render: (r) =>
        r.behind.behind ? (
          <Tag variant="warning">{t('ledger:aggregate.behind')}</Tag>
        ) : (
          <Tag variant="success">{t('ledger:aggregate.onTrack')}</Tag>
        ),
    },
  ];
  if (view.error) return <Alert variant="error">{view.error.message}</Alert>;
  if (!data) return <Spinner label={t('common:status.loading')} />;
  const behind = data.municipalities.filter((m) => m.behind.behind);
  return (
    <>
      <h2>{t('ledger:aggregate.heading', { name: data.scope.name, year: data.year })}</h2>
      <p>{t('ledger:aggregate.intro')}</p>
      <LedgerSummary totals={data.totals} behind={data.behind} />
      {behind.length > 0 ? (
        <section aria-labelledby="behind-list-title">
          <h3 id="behind-list-title">{t('ledger:aggregate.behindHeading', { count: behind.length })}</h3>
          {behind.map((m) => (
            <BehindPlanAlert key={m.orgId} behind={m.behind} name={m.name} headingLevel={4} />
          ))}
        </section>
      ) : null}
      <Table
        caption={t('ledger:aggregate.caption', { name: data.scope.name, year: data.year })}
        columns={columns}
        rows={data.municipalities}
        rowKey={(r) => r.orgId}
        empty={t('ledger:aggregate.empty')}
      />
      <LedgerTrend trend={data.trend} year={data.year} />
    </>
  );
}
