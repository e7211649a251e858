import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import type { DbOrTx } from '../../platform/db';
import { listEvents, type NetworkEventRow } from './calendar.repository';
import type { CalendarEntry, CalendarQuery } from './calendar-sources';

export function eventUid(id: string): string {
  return `event-${id}@samla`;
}

export function toCalendarEntry(event: NetworkEventRow, networkName: string): CalendarEntry {
  return {
    uid: eventUid(event.id),
    sequence: event.sequence,
    kind: event.kind,
    networkId: event.networkId,
    networkName,
    title: event.title,
    start: event.startsAt,
    end: event.endsAt,
    allDay: event.allDay,
    location: event.location || null,
    url: event.url || null,
    description: event.description || null,
    cancelled: event.cancelledAt !== null,
    updatedAt: event.updatedAt,
    path: `/kalender?handelse=${event.id}`,
    categories: [event.kind.toUpperCase().replace('_', '-')],
  };
}

/** Webinars, lunch meetings and other events coordinators put in the calendar. */
export async function networkEventSource(db: DbOrTx, q: CalendarQuery): Promise<CalendarEntry[]> {
  // All-day events are stored at local midnight; widen by a day so one ending on `from` is kept.
  const from = DateTime.fromJSDate(q.from, { zone: ZONE }).minus({ days: 1 }).toJSDate();
  const rows = await listEvents(db, { ...q, from });
  return rows
    .filter(({ event }) => {
      const end = event.endsAt ?? event.startsAt;
      const effectiveEnd = event.allDay
        ? DateTime.fromJSDate(end, { zone: ZONE }).plus({ days: 1 }).toJSDate()
        : end;
      return effectiveEnd > q.from || event.startsAt >= q.from;
    })
    .map(({ event, networkName }) => toCalendarEntry(event, networkName));
}
