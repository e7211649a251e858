import { type ImpactLevel, impactColors, impactLevels, isImpactLevel } from '../impact';

/** What the map shows for one municipality: a number (null = nothing reported) and its text. */
export interface MapValue {
  value: number | null;
  /** Read out and shown in tooltip and table, e.g. "Allvarlig" or "12 %". */
  label: string;
}

export type MapScaleKind = 'impact' | 'sequential';

/** Colour-blind-safe sequential blues (ColorBrewer), light to dark. */
export const sequentialColors = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

export interface LegendItem {
  key: string;
  label: string;
  /** A colour, or null for the hatched "no report" swatch. */
  color: string | null;
  count: number;
}

export interface MapScale {
  /** Fill colour; null means no data (drawn hatched). */
  colorFor: (entry: MapValue | undefined) => string | null;
  legend: LegendItem[];
}

export interface ScaleOptions {
  domain?: readonly [number, number];
  formatValue: (value: number) => string;
  impactLabel: (level: ImpactLevel) => string;
  noDataLabel: string;
}

function hasValue(entry: MapValue | undefined): entry is MapValue & { value: number } {
  return entry !== undefined && entry.value !== null && Number.isFinite(entry.value);
}

function impactScale(entries: readonly (MapValue | undefined)[], options: ScaleOptions): MapScale {
  const colorFor = (entry: MapValue | undefined) => {
    const level = entry?.value;
    return isImpactLevel(level) ? impactColors[level] : null;
  };
  const legend: LegendItem[] = impactLevels.map((level) => ({
    key: String(level),
    label: `${level} ${options.impactLabel(level)}`,
    color: impactColors[level],
    count: entries.filter((entry) => entry?.value === level).length,
  }));
  return { colorFor, legend };
}

/** Five equal-interval classes over the domain (default: the values' range). */
function sequentialScale(entries: readonly (MapValue | undefined)[], options: ScaleOptions): MapScale {
  const numbers = entries.filter(hasValue).map((entry) => entry.value);
  const low = options.domain?.[0] ?? (numbers.length > 0 ? Math.min(...numbers) : 0);
  const high = options.domain?.[1] ?? (numbers.length > 0 ? Math.max(...numbers) : 0);
  const classCount = high > low ? sequentialColors.length : 1;
  const step = (high - low) / classCount;
  const classOf = (value: number) =>
    step === 0 ? 0 : Math.max(0, Math.min(classCount - 1, Math.floor((value - low) / step)));
  const colorOf = (index: number) =>
    sequentialColors[classCount === 1 ? sequentialColors.length - 2 : index] ?? sequentialColors[0];
  const legend: LegendItem[] = Array.from({ length: classCount }, (_, index) => {
    const from = low + step * index;
    const to = index === classCount - 1 ? high : low + step * (index + 1);
    return {
      key: `class-${index}`,
      label:
        classCount === 1
          ? options.formatValue(low)
          : `${options.formatValue(from)}–${options.formatValue(to)}`,
      color: colorOf(index),
      count: numbers.filter((value) => classOf(value) === index).length,
    };
  });
  return {
    colorFor: (entry) => (hasValue(entry) ? colorOf(classOf(entry.value)) : null),
    legend: numbers.length > 0 ? legend : [],
  };
}

/** Colours and legend for the given entries (one per municipality shown, undefined = no report). */
export function buildMapScale(
  kind: MapScaleKind,
  entries: readonly (MapValue | undefined)[],
  options: ScaleOptions,
): MapScale {
  const scale = kind === 'impact' ? impactScale(entries, options) : sequentialScale(entries, options);
  const missing = entries.filter((entry) => scale.colorFor(entry) === null).length;
  return {
    colorFor: scale.colorFor,
    legend: [...scale.legend, { key: 'no-data', label: options.noDataLabel, color: null, count: missing }],
  };
}
