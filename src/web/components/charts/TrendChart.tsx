import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { impactLabelKey, isImpactLevel } from '../impact';
import { Table, type TableColumn } from '../Table';
import { ChartFigure, plotClassName } from './ChartFigure';
import { defaultFormat, seriesColor, seriesSymbol, uniqueInOrder } from './chart-format';
import { SymbolSwatch } from './SymbolSwatch';

/** One value of one series in one round. */
export interface TrendPoint {
  /** Round label on the x axis, e.g. "v. 12" or "2025-12". Rounds keep the order of the data. */
  x: string;
  /** Series name, e.g. an area ("Äldreomsorg") or an organisation. */
  series: string;
  /** null leaves a gap (nothing reported that round). */
  y: number | null;
}

export interface TrendChartProps {
  title: string;
  description?: string;
  data: readonly TrendPoint[];
  xLabel?: string;
  yLabel?: string;
  /** Fixed y range; defaults to 0 … max. */
  yDomain?: readonly [number, number];
  /** How values are written (axis, tooltip, table). */
  formatValue?: (value: number) => string;
  /** The values are impact levels: y runs 1–5 and is labelled with the level names. */
  impactScale?: boolean;
  height?: number;
}

/** Lines over rounds for one or more series, each with its own colour and marker, plus a table. */
export function TrendChart({
  title,
  description,
  data,
  xLabel,
  yLabel,
  yDomain,
  formatValue = defaultFormat,
  impactScale = false,
  height = 320,
}: TrendChartProps) {
  const { t, i18n } = useTranslation('common');
  const rounds = useMemo(() => uniqueInOrder(data.map((point) => point.x)), [data]);
  const series = useMemo(() => uniqueInOrder(data.map((point) => point.series)), [data]);
  const valueText = (value: number | null | undefined): string => {
    if (value === null || value === undefined) return t('chart.noValue');
    if (impactScale && isImpactLevel(value)) return `${value} ${t(impactLabelKey(value))}`;
    return formatValue(value);
  };

  const render = (width: number) => {
    const defined = data.filter((point) => point.y !== null);
    // Years of weekly rounds: label every n-th round so the labels never overlap, and draw
    // smaller markers so the line stays readable.
    const maxTicks = Math.max(2, Math.floor((width - 80) / 80));
    const tickStep = Math.ceil(rounds.length / maxTicks);
    const xTicks = tickStep > 1 ? rounds.filter((_, index) => index % tickStep === 0) : undefined;
    const dense = rounds.length > 60;
    const yTicks = impactScale ? [1, 2, 3, 4, 5] : undefined;
    const domain = yDomain ?? (impactScale ? [1, 5] : undefined);
    return Plot.plot({
      className: plotClassName,
      width,
      height,
      marginLeft: impactScale ? 110 : 56,
      marginRight: 24,
      marginBottom: 44,
      style: { fontSize: '13px' },
      x: { type: 'point', domain: rounds, label: xLabel ?? null, padding: 0.3, ticks: xTicks },
      y: {
        domain: domain ? [...domain] : undefined,
        zero: !domain,
        grid: true,
        nice: !domain,
        label: yLabel ?? null,
        ticks: yTicks,
        tickFormat: (value: number) =>
          impactScale && isImpactLevel(value) ? `${value} ${t(impactLabelKey(value))}` : formatValue(value),
      },
      color: { domain: series, range: series.map((_, i) => seriesColor(i)) },
      symbol: { domain: series, range: series.map((_, i) => seriesSymbol(i)) },
      marks: [
        Plot.line(data, { x: 'x', y: 'y', z: 'series', stroke: 'series', strokeWidth: dense ? 1.5 : 2.5 }),
        Plot.dot(defined, {
          x: 'x',
          y: 'y',
          fill: 'series',
          symbol: 'series',
          r: dense ? 2 : 4.5,
          stroke: dense ? 'none' : '#ffffff',
        }),
        Plot.tip(
          defined,
          Plot.pointer({
            x: 'x',
            y: 'y',
            title: (point: TrendPoint) => `${point.series}\n${point.x}: ${valueText(point.y)}`,
          }),
        ),
      ],
    });
  };

  const columns: TableColumn<string>[] = [
    { key: 'x', header: xLabel ?? t('chart.round'), isRowHeader: true, render: (round) => round },
    ...series.map(
      (name): TableColumn<string> => ({
        key: `s-${name}`,
        header: name,
        align: impactScale ? 'start' : 'end',
        render: (round) => valueText(data.find((p) => p.x === round && p.series === name)?.y),
      }),
    ),
  ];

  const legend =
    series.length > 1 ? (
      <ul className="chart-legend" aria-label={t('chart.legend')}>
        {series.map((name, index) => (
          <li key={name} className="chart-legend__item">
            <SymbolSwatch symbol={seriesSymbol(index)} color={seriesColor(index)} />
            {name}
          </li>
        ))}
      </ul>
    ) : null;

  return (
    <ChartFigure
      title={title}
      description={description}
      render={render}
      legend={legend}
      deps={[data, rounds, series, xLabel, yLabel, yDomain, impactScale, height, i18n.language]}
      table={<Table caption={title} columns={columns} rows={rounds} rowKey={(round) => round} />}
    />
  );
}
