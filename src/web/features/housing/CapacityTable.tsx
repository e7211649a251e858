import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table';
import type { Capacity, Places } from './housing-types';

type Row = Places & { key: string; label: string };

/** Places by housing type: units, total, occupied, free, with a total row. */
export function CapacityTable({ capacity, caption }: { capacity: Capacity; caption: string }) {
  const { t } = useTranslation('housing');
  const rows: Row[] = [
    ...capacity.byType.map((r) => ({ ...r, key: r.type, label: t(`type.${r.type}`) })),
    { ...capacity.total, key: 'total', label: t('capacity.total') },
  ];
  return (
    <Table
      caption={caption}
      columns={[
        { key: 'label', header: t('capacity.type'), isRowHeader: true, render: (r: Row) => r.label },
        { key: 'units', header: t('capacity.units'), align: 'end', render: (r: Row) => r.units },
        { key: 'total', header: t('capacity.placesTotal'), align: 'end', render: (r: Row) => r.placesTotal },
        {
          key: 'occupied',
          header: t('capacity.placesOccupied'),
          align: 'end',
          render: (r: Row) => r.placesOccupied,
        },
        { key: 'free', header: t('capacity.placesFree'), align: 'end', render: (r: Row) => r.placesFree },
      ]}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}
