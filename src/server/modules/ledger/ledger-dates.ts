import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import { type Ctx, nowOf } from '../../platform/context';

/** Today's date in Sweden, as the ledger's dates are written ('2026-03-14'). */
export function todayOf(ctx: Pick<Ctx, 'now'>): string {
  return DateTime.fromJSDate(nowOf(ctx), { zone: ZONE }).toISODate() ?? '';
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
