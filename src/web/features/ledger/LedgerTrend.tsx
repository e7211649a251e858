import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TrendChart, type TrendPoint } from '../../components/charts/TrendChart';
import type { TrendWeek } from './ledger-types';

/** Persons assigned and received per ISO week, and received so far, as lines with a table. */
export function LedgerTrend({ trend, year }: { trend: TrendWeek[]; year: number }) {
  const { t } = useTranslation('ledger');
  const data = useMemo<TrendPoint[]>(() => {
    const label = (w: TrendWeek) => t('trend.week', { week: w.isoWeek });
    return trend.flatMap((w) => [
      { x: label(w), series: t('trend.assigned'), y: w.assigned },
      { x: label(w), series: t('trend.received'), y: w.received },
      { x: label(w), series: t('trend.receivedToDate'), y: w.receivedToDate },
    ]);
  }, [trend, t]);
  return (
    <TrendChart
      title={t('trend.title', { year })}
      description={t('trend.description')}
      data={data}
      yLabel={t('trend.persons')}
    />
  );
}
