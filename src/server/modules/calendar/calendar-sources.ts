import type { DbOrTx } from '../../platform/db';
import type { IcsEvent } from '../../platform/ical';
import { consultationsCalendarSource } from '../consultations/consultations-calendar-source';
import { meetingsCalendarSource } from '../meetings/meetings-calendar-source';
import { networkEventSource } from './network-event-source';
import { roundDeadlineSource } from './round-deadline-source';

export type CalendarEntryKind =
  | 'meeting'
  | 'webinar'
  | 'lunch_meeting'
  | 'event'
  | 'round_deadline'
  | 'consultation_deadline';

/**
 * One thing in a network's calendar, whichever module owns it. It is also an `IcsEvent`, so
 * `renderIcs(entries, …)` writes it as is.
 * - `uid`: stable for the thing's whole life, `<kind>-<id>@samla`.
 * - `sequence`: raised whenever its time, place or status changes (and when cancelled).
 * - timed entries: `start`/`end` instants (end null = a point in time, e.g. a deadline);
 *   all-day entries: `start` = any instant on the first day (Stockholm), `end` = any instant
 *   on the last day, inclusive, or null for one day.
 * - cancelled entries stay in the calendar (STATUS:CANCELLED) so subscribers remove them.
 */
export interface CalendarEntry extends IcsEvent {
  kind: CalendarEntryKind;
  networkId: string;
  networkName?: string;
  /** The entry's page in Samla, relative to the site root (e.g. `/moten/<id>`). */
  path?: string;
}

export interface CalendarQuery {
  /** Only networks the caller may read: sources do not check access themselves. */
  networkIds: string[];
  /** Entries that start in [from, to) (or, when they have an end, overlap it). */
  from: Date;
  to: Date;
}

export type CalendarSource = (db: DbOrTx, q: CalendarQuery) => Promise<CalendarEntry[]>;

/**
 * Every module that puts things in the calendar adds its source here (meetings,
 * consultations, …). Listed, not registered at import time, so every entry point — server,
 * tests, benchmarks — sees the same sources.
 */
export const calendarSources: CalendarSource[] = [
  roundDeadlineSource,
  networkEventSource,
  consultationsCalendarSource,
  meetingsCalendarSource,
];

/** All sources' entries, sorted by start. */
export async function collectCalendarEntries(db: DbOrTx, q: CalendarQuery): Promise<CalendarEntry[]> {
  if (q.networkIds.length === 0) return [];
  const entries: CalendarEntry[] = [];
  // Sequential: PGlite serialises queries anyway and a transaction cannot run them in parallel.
  for (const source of calendarSources) entries.push(...(await source(db, q)));
  return entries.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}
