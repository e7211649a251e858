import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { CapacityTable } from './CapacityTable';
import { ForecastSection } from './ForecastSection';
import type { AggregateHousingView } from './housing-types';

type Row = AggregateHousingView['municipalities'][number];

/** A network's or county's housing: capacity and contract ends per municipality, no households. */
export function AggregateHousing({ path }: { path: string }) {
  const { t } = useTranslation(['housing', 'ledger', 'common']);
  const view = useApi<AggregateHousingView>(path);
  const data = view.data;
  const columns: TableColumn<Row>[] = [
    { key: 'name', header: t('ledger:aggregate.municipality'), isRowHeader: true, sortValue: (r) => r.name },
    {
      key: 'total',
      header: t('housing:capacity.placesTotal'),
      align: 'end',
      sortValue: (r) => r.capacity.total.placesTotal,
    },
    {
      key: 'free',
      header: t('housing:capacity.placesFree'),
      align: 'end',
      sortValue: (r) => r.capacity.total.placesFree,
    },
    {
      key: 'w1',
      header: t('housing:forecast.warning.within_1'),
      align: 'end',
      sortValue: (r) => r.forecast.warnings.within_1.households,
    },
    {
      key: 'w3',
      header: t('housing:forecast.warning.within_3'),
      align: 'end',
      sortValue: (r) => r.forecast.warnings.within_3.households,
    },
    {
      key: 'w6',
      header: t('housing:forecast.warning.within_6'),
      align: 'end',
      sortValue: (r) => r.forecast.warnings.within_6.households,
    },
    {
      key: 'large',
      header: t('housing:large.householdsShort'),
      align: 'end',
      sortValue: (r) => r.large.householdsNeedingUnit,
    },
    {
      key: 'largeFree',
      header: t('housing:large.unitsShort'),
      align: 'end',
      sortValue: (r) => r.large.freeLargeUnits,
    },
  ];
  if (view.error) return <Alert variant="error">{view.error.message}</Alert>;
  if (!data) return <Spinner label={t('common:status.loading')} />;
  return (
    <>
      <h2>{data.scope.name}</h2>
      <p>{t('ledger:aggregate.intro')}</p>
      <ForecastSection forecast={data.forecast} large={data.large} headingLevel={3} />
      <h3>{t('housing:aggregate.perMunicipality')}</h3>
      <Table
        caption={t('housing:aggregate.caption', { name: data.scope.name })}
        columns={columns}
        rows={data.municipalities}
        rowKey={(r) => r.orgId}
        empty={t('ledger:aggregate.empty')}
      />
      <h3>{t('housing:capacity.title')}</h3>
      <CapacityTable
        capacity={data.capacity}
        caption={t('housing:capacity.caption', { name: data.scope.name })}
      />
    </>
  );
}
