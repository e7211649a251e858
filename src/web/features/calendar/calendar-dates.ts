import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import type { CalendarEntry } from './calendar-types';

/** Local days are 'yyyy-MM-dd' in Europe/Stockholm, whatever the browser's zone. */
export function today(): string {
  return DateTime.now().setZone(ZONE).toISODate() ?? '';
}

export function parseDay(day: string): DateTime {
  return DateTime.fromISO(day, { zone: ZONE });
}

export function addDays(day: string, days: number): string {
  return parseDay(day).plus({ days }).toISODate() ?? day;
}

export function addMonths(day: string, months: number): string {
  return parseDay(day).plus({ months }).toISODate() ?? day;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export interface MonthWeek {
  isoWeek: number;
  days: string[];
}

/** The weeks (Monday first) that show the month, each with its ISO week number. */
export function monthWeeks(day: string): MonthWeek[] {
  const first = parseDay(day).startOf('month');
  const last = first.endOf('month');
  let cursor = first.startOf('week');
  const weeks: MonthWeek[] = [];
  while (cursor <= last) {
    const days: string[] = [];
    for (let i = 0; i < 7; i += 1) days.push(cursor.plus({ days: i }).toISODate() ?? '');
    weeks.push({ isoWeek: cursor.weekNumber, days });
    cursor = cursor.plus({ weeks: 1 });
  }
  return weeks;
}

export function localDay(iso: string): string {
  return DateTime.fromISO(iso).setZone(ZONE).toISODate() ?? '';
}

/** The local days an entry covers: one day, or each day of a multi-day event. */
export function entryDays(entry: CalendarEntry): string[] {
  const first = entry.allDay && entry.startDate ? entry.startDate : localDay(entry.start);
  const last = entry.allDay ? (entry.endDate ?? first) : entry.end ? localDay(entry.end) : first;
  const days: string[] = [];
  let cursor = first;
  // A guard against bad data: no entry is drawn over more than a year.
  for (let i = 0; cursor <= last && i < 370; i += 1) {
    days.push(cursor);
    cursor = addDays(cursor, 1);
  }
  return days;
}

export function entriesByDay(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    for (const day of entryDays(entry)) {
      const list = byDay.get(day) ?? [];
      list.push(entry);
      byDay.set(day, list);
    }
  }
  return byDay;
}

export function localTime(iso: string): string {
  return DateTime.fromISO(iso).setZone(ZONE).toFormat('HH:mm');
}
