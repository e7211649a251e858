import { intlLocale } from './i18n';

/** Formats a number the Swedish (or English) way: 1 234,5 in Swedish. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), options).format(value);
}

/** Formats a share 0–1 as a percentage, e.g. 0.253 → "25 %". */
export function formatPercent(share: number, maximumFractionDigits = 0): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits });
}

export function formatDate(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale(), {
    dateStyle: 'medium',
    timeZone: 'Europe/Stockholm',
    ...options,
  }).format(date);
}

export function formatDateTime(value: Date | string): string {
  return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Parses a number typed the Swedish way ("1 234,5", "−3", "12.5") into a number.
 * Returns null for an empty string and NaN for text that is not a number.
 */
export function parseLocaleNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (cleaned === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}
