import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { TrendChart, type TrendPoint } from '../../components/charts/TrendChart';
import { impactLabelKey, impactLevels } from '../../components/impact';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { mapOptions } from './PictureMap';
import { formatFigure } from './picture-format';
import type { Picture, PictureTrendPoint, Trend } from './picture-types';

const RANGES = [12, 52, 520] as const;

function number(value: PictureTrendPoint['sum']): number | null {
  return typeof value === 'number' ? value : null;
}

/** The chart's series: levels per round for an area; sum (counts) or mean and median (shares) for a figure. */
function series(trend: Trend, percent: boolean, t: (key: string) => string): TrendPoint[] {
  if (trend.kind === 'impact') {
    return trend.points.flatMap((p) =>
      impactLevels.map((level) => ({
        x: p.label,
        series: `${level} ${t(impactLabelKey(level))}`,
        y: p.distribution?.[`${level}`] ?? 0,
      })),
    );
  }
  return trend.points.flatMap((p) =>
    percent
      ? [
          { x: p.label, series: t('picture:trends.mean'), y: number(p.mean) },
          { x: p.label, series: t('picture:trends.median'), y: number(p.median) },
        ]
      : [{ x: p.label, series: t('picture:trends.sum'), y: number(p.sum) }],
  );
}

/** "Utveckling över tid": one area or figure over the last 12, 52 or 520 rounds of the template. */
export function TrendSection({ picture }: { picture: Picture }) {
  const { t } = useTranslation(['picture', 'common']);
  const options = mapOptions(picture, t).filter((o) => o.value !== 'worst');
  const [key, setKey] = useState(options[0]?.value ?? '');
  const [rounds, setRounds] = useState<number>(12);
  const trend = useApi<Trend>(key ? `/api/networks/${encodeURIComponent(picture.network.id)}/trends` : null, {
    query: { templateId: picture.round.templateId, key, rounds, county: picture.county?.code },
  });
  const what = options.find((o) => o.value === key)?.label ?? '';
  const figure = picture.figures.find((f) => `figure:${f.key}` === key);
  return (
    <section className="picture-section" aria-labelledby="utveckling">
      <h2 id="utveckling">{t('trends.heading')}</h2>
      <div className="picture-trend__controls">
        <Select
          label={t('trends.what')}
          options={options}
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <Select
          label={t('trends.range')}
          options={RANGES.map((n) => ({ value: String(n), label: t('trends.last', { count: n }) }))}
          value={String(rounds)}
          onChange={(e) => setRounds(Number(e.target.value))}
        />
      </div>
      {trend.error ? <Alert variant="error">{trend.error.message}</Alert> : null}
      {trend.loading && !trend.data ? <Spinner label={t('trends.loading')} /> : null}
      {trend.data ? (
        <>
          <TrendChart
            title={t('trends.title', { what, count: trend.data.points.length })}
            data={series(trend.data, figure?.type === 'percent', t)}
            xLabel={t('trends.x')}
            formatValue={figure ? (value) => formatFigure(value, figure.type, true) : undefined}
          />
          {trend.data.countsPersons ? <p className="muted">{t('trends.suppressedNote')}</p> : null}
        </>
      ) : null}
    </section>
  );
}
