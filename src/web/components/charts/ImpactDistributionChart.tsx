import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format';
import { type ImpactLevel, impactColors, impactLabelKey, impactLevels, impactTextColors } from '../impact';
import { Table, type TableColumn } from '../Table';
import { ChartFigure, plotClassName } from './ChartFigure';
import { uniqueInOrder } from './chart-format';

/** How many organisations reported a level for an area. */
export interface ImpactDistributionRow {
  area: string;
  level: ImpactLevel;
  count: number;
}

export interface ImpactDistributionChartProps {
  title: string;
  description?: string;
  data: readonly ImpactDistributionRow[];
  /** Order of the bars; defaults to the order of the data. */
  areaOrder?: readonly string[];
  /** Show shares (each bar 100 %) instead of counts. */
  normalize?: boolean;
  /** Header of the area column in the table. */
  areaLabel?: string;
}

interface Segment {
  area: string;
  level: ImpactLevel;
  count: number;
  share: number;
  x1: number;
  x2: number;
}

/** Stacks each area's counts from level 1 to 5, as shares when normalize is set. */
function stack(
  data: readonly ImpactDistributionRow[],
  areas: readonly string[],
  normalize: boolean,
): Segment[] {
  const segments: Segment[] = [];
  for (const area of areas) {
    const counts = impactLevels.map((level) =>
      data.filter((row) => row.area === area && row.level === level).reduce((sum, row) => sum + row.count, 0),
    );
    const total = counts.reduce((sum, n) => sum + n, 0);
    let start = 0;
    impactLevels.forEach((level, index) => {
      const count = counts[index] ?? 0;
      const share = total > 0 ? count / total : 0;
      const size = normalize ? share : count;
      if (count > 0) segments.push({ area, level, count, share, x1: start, x2: start + size });
      start += size;
    });
  }
  return segments;
}

/** One horizontal bar per area, split into impact levels 1–5 on the impact palette, plus a table. */
export function ImpactDistributionChart({
  title,
  description,
  data,
  areaOrder,
  normalize = false,
  areaLabel,
}: ImpactDistributionChartProps) {
  const { t, i18n } = useTranslation('common');
  const areas = useMemo(
    () => (areaOrder ? [...areaOrder] : uniqueInOrder(data.map((row) => row.area))),
    [areaOrder, data],
  );
  const segments = useMemo(() => stack(data, areas, normalize), [data, areas, normalize]);
  const levelName = (level: ImpactLevel) => `${level} ${t(impactLabelKey(level))}`;

  const render = (width: number) => {
    const longest = Math.max(0, ...areas.map((area) => area.length));
    const marginLeft = Math.min(Math.max(80, longest * 7.5 + 16), width * 0.4);
    const label = (segment: Segment) =>
      normalize ? formatPercent(segment.share) : formatNumber(segment.count);
    // Only label segments wide enough to hold the text.
    const scaleWidth = width - marginLeft - 24;
    const maxX = normalize ? 1 : Math.max(1, ...segments.map((segment) => segment.x2));
    const fits = (segment: Segment) => ((segment.x2 - segment.x1) / maxX) * scaleWidth >= 28;
    return Plot.plot({
      className: plotClassName,
      width,
      height: Math.max(120, areas.length * 40 + 50),
      marginLeft,
      marginRight: 24,
      style: { fontSize: '13px' },
      x: {
        label: normalize ? t('chart.share') : t('chart.count'),
        grid: true,
        domain: normalize ? [0, 1] : undefined,
        tickFormat: normalize
          ? (value: number) => formatPercent(value)
          : (value: number) => formatNumber(value),
      },
      y: { domain: areas, label: null, padding: 0.25 },
      color: { domain: [...impactLevels], range: impactLevels.map((level) => impactColors[level]) },
      marks: [
        Plot.barX(segments, {
          x1: 'x1',
          x2: 'x2',
          y: 'area',
          fill: 'level',
          stroke: '#ffffff',
          strokeWidth: 1,
          title: (segment: Segment) => `${segment.area}\n${levelName(segment.level)}: ${label(segment)}`,
        }),
        ...[false, true].map((light) =>
          Plot.text(
            segments.filter(
              (segment) => fits(segment) && (impactTextColors[segment.level] === '#ffffff') === light,
            ),
            {
              x: (segment: Segment) => (segment.x1 + segment.x2) / 2,
              y: 'area',
              text: label,
              fill: light ? '#ffffff' : '#1b1b1b',
              fontWeight: 700,
            },
          ),
        ),
        Plot.ruleX([0]),
      ],
    });
  };

  const totalOf = (area: string) =>
    data.filter((row) => row.area === area).reduce((sum, row) => sum + row.count, 0);
  const cell = (area: string, level: ImpactLevel) => {
    const count = data
      .filter((row) => row.area === area && row.level === level)
      .reduce((sum, row) => sum + row.count, 0);
    const total = totalOf(area);
    return total > 0 && normalize
      ? `${formatNumber(count)} (${formatPercent(count / total)})`
      : formatNumber(count);
  };
  const columns: TableColumn<string>[] = [
    { key: 'area', header: areaLabel ?? t('chart.area'), isRowHeader: true, render: (area) => area },
    ...impactLevels.map(
      (level): TableColumn<string> => ({
        key: `level-${level}`,
        header: levelName(level),
        align: 'end',
        render: (area) => cell(area, level),
      }),
    ),
    { key: 'total', header: t('chart.total'), align: 'end', render: (area) => formatNumber(totalOf(area)) },
  ];

  const legend = (
    <ul className="chart-legend" aria-label={t('chart.legend')}>
      {impactLevels.map((level) => (
        <li key={level} className="chart-legend__item">
          <svg className="chart-legend__box" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="15" height="15" fill={impactColors[level]} stroke="#6b7178" />
          </svg>
          {levelName(level)}
        </li>
      ))}
    </ul>
  );

  return (
    <ChartFigure
      title={title}
      description={description}
      render={render}
      legend={legend}
      deps={[segments, areas, normalize, i18n.language]}
      table={<Table caption={title} columns={columns} rows={areas} rowKey={(area) => area} />}
    />
  );
}
