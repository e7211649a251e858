import { formatNumber } from '../../i18n/format';

/** Okabe–Ito: distinguishable for the common forms of colour blindness. */
export const seriesColors = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#1b1b1b',
] as const;

/** Plot symbol names, paired with the colours so series differ in shape too. */
export const seriesSymbols = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type SeriesSymbol = (typeof seriesSymbols)[number];

export function seriesColor(index: number): string {
  return seriesColors[index % seriesColors.length] ?? '#1b1b1b';
}

export function seriesSymbol(index: number): SeriesSymbol {
  return seriesSymbols[index % seriesSymbols.length] ?? 'circle';
}

export function defaultFormat(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 1 });
}

/** Distinct values in order of first appearance. */
export function uniqueInOrder<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
