import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { DefinitionList } from '../../components/DefinitionList';
import { Details } from '../../components/Details';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { CapacityTable } from './CapacityTable';
import { ForecastSection } from './ForecastSection';
import { type OwnHousingView, type Placement, type Unit, warningVariant } from './housing-types';
import { PlacementForm } from './PlacementForm';
import { PolicyForm } from './PolicyForm';
import { UnitForm } from './UnitForm';
import { UnitHistoryDialog } from './UnitHistoryDialog';

/** The municipality's housing: capacity, units, contracts and when they end. */
export function OwnHousing() {
  const { t } = useTranslation(['housing', 'ledger', 'common']);
  const view = useApi<OwnHousingView>('/api/housing');
  const [editingUnit, setEditingUnit] = useState<Unit | null>(null);
  const [historyOf, setHistoryOf] = useState<Unit | null>(null);
  const [editingPlacement, setEditingPlacement] = useState<Placement | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = view.data;
  const canEdit = data?.canEdit ?? false;
  const hidden = (text: string) => <span className="visually-hidden"> – {text}</span>;

  const unitColumns: TableColumn<Unit>[] = [
    { key: 'label', header: t('housing:unit.label'), isRowHeader: true, sortValue: (u) => u.label },
    {
      key: 'type',
      header: t('housing:unit.type'),
      sortValue: (u) => u.type,
      render: (u) => t(`housing:type.${u.type}`),
    },
    { key: 'rooms', header: t('housing:unit.rooms'), align: 'end', sortValue: (u) => u.rooms },
    { key: 'beds', header: t('housing:unit.beds'), align: 'end', sortValue: (u) => u.beds },
    {
      key: 'acc',
      header: t('housing:unit.accessibleShort'),
      render: (u) => (u.accessible ? t('housing:yes') : t('housing:no')),
    },
    {
      key: 'total',
      header: t('housing:capacity.placesTotal'),
      align: 'end',
      sortValue: (u) => u.placesTotal,
    },
    {
      key: 'occ',
      header: t('housing:capacity.placesOccupied'),
      align: 'end',
      sortValue: (u) => u.placesOccupied,
    },
    { key: 'free', header: t('housing:capacity.placesFree'), align: 'end', sortValue: (u) => u.placesFree },
    {
      key: 'actions',
      header: t('ledger:table.actions'),
      render: (u) => (
        <div className="row-actions">
          <Button size="small" variant="secondary" onClick={() => setHistoryOf(u)}>
            {t('housing:history.show')}
            {hidden(u.label)}
          </Button>
          {canEdit ? (
            <Button size="small" variant="secondary" onClick={() => setEditingUnit(u)}>
              {t('ledger:table.edit')}
              {hidden(u.label)}
            </Button>
          ) : null}
        </div>
      ),
    },
  ];

  const placementColumns: TableColumn<Placement>[] = [
    {
      key: 'ref',
      header: t('ledger:fields.householdRef'),
      isRowHeader: true,
      sortValue: (p) => p.householdRef,
    },
    { key: 'size', header: t('ledger:table.size'), align: 'end', sortValue: (p) => p.householdSize },
    {
      key: 'unit',
      header: t('housing:placement.unit'),
      sortValue: (p) => p.unitLabel,
      render: (p) => p.unitLabel ?? '–',
    },
    { key: 'start', header: t('housing:placement.startOn'), sortValue: (p) => p.startOn },
    {
      key: 'end',
      header: t('housing:placement.endOn'),
      sortValue: (p) => p.endOn,
      render: (p) => (
        <>
          {p.endOn}
          <span className="cell-sub">
            {p.endOverridden
              ? t('housing:placement.setByHand')
              : t('housing:placement.months', { count: p.contractMonths })}
          </span>
        </>
      ),
    },
    {
      key: 'state',
      header: t('ledger:fields.status'),
      sortValue: (p) => (p.endedOn ? 9 : p.warning ? Number(p.warning.slice(-1)) : 7),
      render: (p) =>
        p.endedOn ? (
          <Tag>{t('housing:placement.movedOut', { date: p.endedOn })}</Tag>
        ) : p.warning ? (
          <Tag variant={warningVariant[p.warning]}>{t(`housing:forecast.warning.${p.warning}`)}</Tag>
        ) : (
          <Tag variant="success">{t('housing:placement.running')}</Tag>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: t('ledger:table.actions'),
            render: (p: Placement) => (
              <Button size="small" variant="secondary" onClick={() => setEditingPlacement(p)}>
                {t('ledger:table.edit')}
                {hidden(p.householdRef)}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (view.error) return <Alert variant="error">{view.error.message}</Alert>;
  if (!data) return <Spinner label={t('common:status.loading')} />;
  const saved = (key: string, params: Record<string, string>) => {
    setNotice(t(key, params));
    view.reload();
  };
  return (
    <>
      <h2>{data.municipality.name}</h2>
      <div aria-live="polite">{notice ? <Alert variant="success">{notice}</Alert> : null}</div>
      <ForecastSection forecast={data.forecast} large={data.large} />
      <section aria-labelledby="capacity-title">
        <h2 id="capacity-title">{t('housing:capacity.title')}</h2>
        <CapacityTable
          capacity={data.capacity}
          caption={t('housing:capacity.caption', { name: data.municipality.name })}
        />
      </section>
      <section aria-labelledby="units-title">
        <h2 id="units-title">{t('housing:unit.title')}</h2>
        <Table
          caption={t('housing:unit.caption')}
          captionHidden
          columns={unitColumns}
          rows={data.units}
          rowKey={(u) => u.id}
          empty={t('housing:unit.empty')}
        />
        {canEdit ? (
          <UnitForm
            editing={editingUnit}
            onCancel={() => setEditingUnit(null)}
            onSaved={(u, created) => {
              setEditingUnit(null);
              saved(created ? 'housing:unit.added' : 'housing:unit.saved', { label: u.label });
            }}
          />
        ) : null}
      </section>
      <section aria-labelledby="placements-title">
        <h2 id="placements-title">{t('housing:placement.title')}</h2>
        <Table
          caption={t('housing:placement.caption')}
          captionHidden
          columns={placementColumns}
          rows={data.placements}
          rowKey={(p) => p.id}
          empty={t('housing:placement.empty')}
        />
        {canEdit ? (
          <PlacementForm
            editing={editingPlacement}
            units={data.units}
            policy={data.policy}
            onCancel={() => setEditingPlacement(null)}
            onSaved={(p, created) => {
              setEditingPlacement(null);
              saved(created ? 'housing:placement.added' : 'housing:placement.saved', { ref: p.householdRef });
            }}
          />
        ) : null}
      </section>
      <section aria-labelledby="policy-title">
        <h2 id="policy-title">{t('housing:policy.title')}</h2>
        <DefinitionList
          items={[
            {
              key: 's',
              term: t('housing:policy.singleMonths'),
              description: t('housing:placement.months', { count: data.policy.singleMonths }),
            },
            {
              key: 'f',
              term: t('housing:policy.familyMonths'),
              description: t('housing:placement.months', { count: data.policy.familyMonths }),
            },
            {
              key: 'l',
              term: t('housing:policy.largeHouseholdSize'),
              description: data.policy.largeHouseholdSize,
            },
          ]}
        />
        {canEdit ? (
          <Details summary={t('housing:policy.change')}>
            <PolicyForm policy={data.policy} onSaved={() => saved('housing:policy.saved', {})} />
          </Details>
        ) : null}
      </section>
      <UnitHistoryDialog unit={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
