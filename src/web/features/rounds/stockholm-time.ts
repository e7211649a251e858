import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';

/**
 * Rounds open and close in Swedish time whatever the browser's zone, so the date-time inputs
 * are read and filled as Europe/Stockholm wall-clock time.
 */
export function stockholmInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const dt = DateTime.fromISO(value, { zone: ZONE });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

export function isoToStockholmInput(iso: string): string {
  const dt = DateTime.fromISO(iso).setZone(ZONE);
  return dt.isValid ? dt.toFormat("yyyy-MM-dd'T'HH:mm") : '';
}
