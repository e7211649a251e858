import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Spinner';
import { Table } from '../../components/Table';
import type { Unit } from './housing-types';

interface HistoryRow {
  changedOn: string;
  placesTotal: number;
  placesOccupied: number;
  placesFree: number;
}

/** A unit's dated status history: places in total and occupied from each date on. */
export function UnitHistoryDialog({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t } = useTranslation(['housing', 'common']);
  const history = useApi<{ history: HistoryRow[] }>(unit ? `/api/housing/units/${unit.id}/history` : null);
  return (
    <Dialog
      open={unit !== null}
      onClose={onClose}
      title={unit ? t('housing:history.title', { label: unit.label }) : ''}
    >
      {history.error ? <Alert variant="error">{history.error.message}</Alert> : null}
      {history.loading ? <Spinner label={t('common:status.loading')} /> : null}
      {history.data && unit ? (
        <Table
          caption={t('housing:history.caption', { label: unit.label })}
          captionHidden
          columns={[
            {
              key: 'date',
              header: t('housing:history.date'),
              isRowHeader: true,
              render: (r: HistoryRow) => r.changedOn,
            },
            {
              key: 'total',
              header: t('housing:capacity.placesTotal'),
              align: 'end',
              render: (r: HistoryRow) => r.placesTotal,
            },
            {
              key: 'occ',
              header: t('housing:capacity.placesOccupied'),
              align: 'end',
              render: (r: HistoryRow) => r.placesOccupied,
            },
            {
              key: 'free',
              header: t('housing:capacity.placesFree'),
              align: 'end',
              render: (r: HistoryRow) => r.placesFree,
            },
          ]}
          rows={history.data.history}
          rowKey={(r) => `${r.changedOn}:${r.placesTotal}:${r.placesOccupied}`}
        />
      ) : null}
    </Dialog>
  );
}
