import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { AssignmentForm } from './AssignmentForm';
import { LedgerImport } from './LedgerImport';
import { LedgerSummary } from './LedgerSummary';
import { LedgerTrend } from './LedgerTrend';
import type { Assignment, OwnLedgerView } from './ledger-types';
import { type StatusChange, StatusDialog } from './StatusDialog';

const statusVariant = { assigned: 'info', received: 'success', cancelled: 'neutral' } as const;

/** The municipality's own anvisningar for a year: totals, rows, add/edit, status, import, trend. */
export function OwnLedger({ year }: { year: number }) {
  const { t } = useTranslation(['ledger', 'common']);
  const ledger = useApi<OwnLedgerView>('/api/ledger', { query: { year } });
  const [editing, setEditing] = useState<Assignment | null>(null);
  const [change, setChange] = useState<StatusChange | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = ledger.data;
  const canEdit = data?.canEdit ?? false;

  const actionLabel = (text: string, a: Assignment) => (
    <>
      {text}
      <span className="visually-hidden"> – {a.householdRef}</span>
    </>
  );

  const columns: TableColumn<Assignment>[] = [
    {
      key: 'ref',
      header: t('ledger:fields.householdRef'),
      isRowHeader: true,
      sortValue: (a) => a.householdRef,
      render: (a) => (
        <>
          {a.householdRef}
          <span className="cell-sub">{t(`ledger:targetGroup.${a.targetGroup}`)}</span>
        </>
      ),
    },
    {
      key: 'size',
      header: t('ledger:table.size'),
      align: 'end',
      sortValue: (a) => a.householdSize,
      render: (a) => (
        <>
          {a.householdSize}
          <span className="cell-sub nowrap">
            {t('ledger:table.composition', { adults: a.adults, children: a.children })}
          </span>
        </>
      ),
    },
    {
      key: 'dates',
      header: t('ledger:table.dates'),
      sortValue: (a) => a.assignedOn,
      render: (a) => (
        <span className="nowrap">
          {t('ledger:table.assignedOn', { date: a.assignedOn })}
          {a.plannedReceptionOn ? (
            <span className="cell-sub">{t('ledger:table.plannedOn', { date: a.plannedReceptionOn })}</span>
          ) : null}
          {a.receivedOn ? (
            <span className="cell-sub">{t('ledger:table.receivedOn', { date: a.receivedOn })}</span>
          ) : null}
        </span>
      ),
    },
    {
      key: 'status',
      header: t('ledger:fields.status'),
      sortValue: (a) => a.status,
      render: (a) => (
        <>
          <Tag variant={statusVariant[a.status]}>{t(`ledger:statusName.${a.status}`)}</Tag>{' '}
          {a.overdue ? <Tag variant="warning">{t('ledger:table.overdue')}</Tag> : null}
        </>
      ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: t('ledger:table.actions'),
            render: (a: Assignment) => (
              <div className="row-actions">
                {a.status === 'assigned' ? (
                  <Button size="small" onClick={() => setChange({ assignment: a, status: 'received' })}>
                    {actionLabel(t('ledger:status.action.received'), a)}
                  </Button>
                ) : null}
                <Button size="small" variant="secondary" onClick={() => setEditing(a)}>
                  {actionLabel(t('ledger:table.edit'), a)}
                </Button>
                {a.status === 'assigned' ? (
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => setChange({ assignment: a, status: 'cancelled' })}
                  >
                    {actionLabel(t('ledger:status.action.cancelled'), a)}
                  </Button>
                ) : (
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => setChange({ assignment: a, status: 'assigned' })}
                  >
                    {actionLabel(t('ledger:status.action.assigned'), a)}
                  </Button>
                )}
              </div>
            ),
          },
        ]
      : []),
  ];

  if (ledger.error) return <Alert variant="error">{ledger.error.message}</Alert>;
  if (!data) return <Spinner label={t('common:status.loading')} />;
  return (
    <>
      <h2>{t('ledger:own.heading', { name: data.municipality.name, year: data.year })}</h2>
      <div aria-live="polite">{notice ? <Alert variant="success">{notice}</Alert> : null}</div>
      <LedgerSummary totals={data.totals} behind={data.behind} />
      <Table
        caption={t('ledger:table.caption', { year: data.year })}
        columns={columns}
        rows={data.assignments}
        rowKey={(a) => a.id}
        empty={t('ledger:table.empty')}
      />
      <LedgerTrend trend={data.trend} year={data.year} />
      {canEdit ? (
        <AssignmentForm
          editing={editing}
          onCancel={() => setEditing(null)}
          onSaved={(a, created) => {
            setEditing(null);
            setNotice(t(created ? 'ledger:form.added' : 'ledger:form.saved', { ref: a.householdRef }));
            ledger.reload();
          }}
        />
      ) : null}
      {canEdit ? <LedgerImport onImported={() => ledger.reload()} /> : null}
      <StatusDialog
        change={change}
        onClose={() => setChange(null)}
        onSaved={(a) => {
          setChange(null);
          setNotice(t(`ledger:status.saved.${a.status}`, { ref: a.householdRef }));
          ledger.reload();
        }}
      />
    </>
  );
}
