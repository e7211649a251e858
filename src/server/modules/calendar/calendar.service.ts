import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { loadNetworkAccess } from '../registry/network-access';
import { listNetworks } from '../registry/networks.service';
import { type CalendarEntry, collectCalendarEntries } from './calendar-sources';

/** A year and a bit: a month grid, a list of a few months, never the whole history in one go. */
const MAX_DAYS = 400;

function localDay(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).toISODate() ?? '';
}

export function presentEntry(entry: CalendarEntry) {
  return {
    uid: entry.uid,
    kind: entry.kind,
    networkId: entry.networkId,
    networkName: entry.networkName ?? '',
    title: entry.title,
    start: entry.start.toISOString(),
    end: entry.end?.toISOString() ?? null,
    allDay: entry.allDay,
    startDate: entry.allDay ? localDay(entry.start) : null,
    endDate: entry.allDay ? localDay(entry.end ?? entry.start) : null,
    location: entry.location ?? '',
    url: entry.url ?? '',
    description: entry.description ?? '',
    cancelled: entry.cancelled,
    path: entry.path ?? null,
    eventId: /^event-([0-9a-f-]{36})@samla$/.exec(entry.uid)?.[1] ?? null,
  };
}

/** The networks whose calendars the actor reads, and which of them it manages. */
export async function calendarNetworks(ctx: Ctx) {
  const networks = await listNetworks(ctx);
  return networks.map((n) => ({ id: n.id, name: n.name, canManage: n.isCoordinator }));
}

/** Entries of the actor's networks (or one of them) from `from` up to and including `to` (local days). */
export async function listCalendar(
  ctx: Ctx,
  q: { from: string; to: string; networkId?: string | undefined },
) {
  const from = DateTime.fromISO(q.from, { zone: ZONE }).startOf('day');
  const to = DateTime.fromISO(q.to, { zone: ZONE }).startOf('day').plus({ days: 1 });
  if (to <= from) throw new AppError('validation', { fields: [{ path: 'to', code: 'end_before_start' }] });
  if (to.diff(from, 'days').days > MAX_DAYS) {
    throw new AppError('validation', { fields: [{ path: 'to', code: 'too_big', max: MAX_DAYS }] });
  }
  const networks = await calendarNetworks(ctx);
  let networkIds = networks.map((n) => n.id);
  if (q.networkId) {
    await loadNetworkAccess(ctx.db, ctx.actor, q.networkId);
    networkIds = [q.networkId];
  }
  const entries = await collectCalendarEntries(ctx.db, {
    networkIds,
    from: from.toJSDate(),
    to: to.toJSDate(),
  });
  return { entries: entries.map(presentEntry), networks };
}
