import { DateTime, type WeekdayNumbers } from 'luxon';

/** Rounds, deadlines and week labels are always in Swedish time, whatever the server's zone. */
export const ZONE = 'Europe/Stockholm';

export interface IsoWeek {
  isoYear: number;
  isoWeek: number;
}

/** Weekday 1 = Monday … 7 = Sunday; times are local 'HH:MM' in Europe/Stockholm. */
export interface RoundSchedule {
  opensWeekday: number;
  opensTime: string;
  deadlineWeekday: number;
  deadlineTime: string;
}

export interface RoundWindow {
  opensAt: Date;
  deadlineAt: Date;
}

export function isoWeekOf(instant: Date): IsoWeek {
  const dt = DateTime.fromJSDate(instant, { zone: ZONE });
  if (!dt.isValid) throw new RangeError('invalid_date');
  return { isoYear: dt.weekYear, isoWeek: dt.weekNumber };
}

/** 53 when the ISO year has a week 53 (it starts or, in a leap year, ends on a Thursday). */
export function weeksInIsoYear(isoYear: number): 52 | 53 {
  // 28 December always lies in the last ISO week of its year.
  return DateTime.utc(isoYear, 12, 28).weekNumber === 53 ? 53 : 52;
}

export function isValidIsoWeek(week: IsoWeek): boolean {
  return (
    Number.isInteger(week.isoYear) &&
    Number.isInteger(week.isoWeek) &&
    week.isoWeek >= 1 &&
    week.isoWeek <= weeksInIsoYear(week.isoYear)
  );
}

function assertWeek(week: IsoWeek): void {
  if (!isValidIsoWeek(week)) throw new RangeError(`invalid_iso_week ${week.isoYear}-W${week.isoWeek}`);
}

function parseTime(time: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`invalid_time ${time}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function toWeekday(weekday: number): WeekdayNumbers {
  if (weekday === 1 || weekday === 2 || weekday === 3 || weekday === 4) return weekday;
  if (weekday === 5 || weekday === 6 || weekday === 7) return weekday;
  throw new RangeError(`invalid_weekday ${weekday}`);
}

/**
 * The instant of a local wall-clock time in Stockholm. A time that does not exist (the hour
 * skipped when summer time starts) moves forward by the gap, so 02:30 becomes 03:30 CEST;
 * a time that occurs twice (when summer time ends) means its first occurrence (CEST).
 * Both follow RFC 5545, so the iCalendar feed shows the same instant.
 */
function localInstant(week: IsoWeek, weekday: WeekdayNumbers, time: string): DateTime {
  const { hour, minute } = parseTime(time);
  const dt = DateTime.fromObject(
    { weekYear: week.isoYear, weekNumber: week.isoWeek, weekday, hour, minute },
    { zone: ZONE },
  );
  if (!dt.isValid) throw new RangeError(`invalid_local_time ${dt.invalidReason ?? ''}`);
  let first = dt;
  for (const candidate of dt.getPossibleOffsets()) {
    if (candidate.toMillis() < first.toMillis()) first = candidate;
  }
  return first;
}

/**
 * Opening and deadline of the round for a week. The round opens in the given week; the
 * deadline falls in the same week, or in the following one when it would otherwise not come
 * after the opening (a deadline weekday earlier than the opening weekday, or the same weekday
 * at the same or an earlier time).
 */
export function roundWindow(week: IsoWeek, schedule: RoundSchedule): RoundWindow {
  assertWeek(week);
  const opensWeekday = toWeekday(schedule.opensWeekday);
  const deadlineWeekday = toWeekday(schedule.deadlineWeekday);
  const opens = localInstant(week, opensWeekday, schedule.opensTime);
  let deadline = localInstant(week, deadlineWeekday, schedule.deadlineTime);
  if (deadline.toMillis() <= opens.toMillis()) {
    deadline = localInstant(nextWeek(week), deadlineWeekday, schedule.deadlineTime);
  }
  return { opensAt: opens.toJSDate(), deadlineAt: deadline.toJSDate() };
}

/** Monday 00:00 Stockholm time, the first instant of the week. */
export function weekStart(week: IsoWeek): Date {
  assertWeek(week);
  return localInstant(week, 1, '00:00').toJSDate();
}

// Calendar arithmetic runs in UTC: week numbers do not depend on the zone, and UTC has no DST.
function mondayUtc(week: IsoWeek): DateTime {
  return DateTime.fromObject(
    { weekYear: week.isoYear, weekNumber: week.isoWeek, weekday: 1 },
    { zone: 'utc' },
  );
}

export function addWeeks(week: IsoWeek, count: number): IsoWeek {
  assertWeek(week);
  const monday = mondayUtc(week).plus({ weeks: count });
  return { isoYear: monday.weekYear, isoWeek: monday.weekNumber };
}

export function nextWeek(week: IsoWeek): IsoWeek {
  return addWeeks(week, 1);
}

export function previousWeek(week: IsoWeek): IsoWeek {
  return addWeeks(week, -1);
}

/** Signed number of weeks from `from` to `to` (positive when `to` is later). */
export function weeksBetween(from: IsoWeek, to: IsoWeek): number {
  assertWeek(from);
  assertWeek(to);
  return Math.round(mondayUtc(to).diff(mondayUtc(from), 'days').days / 7);
}

/** Negative, zero or positive, for sorting. */
export function compareWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.isoYear !== b.isoYear ? a.isoYear - b.isoYear : a.isoWeek - b.isoWeek;
}

/** The Swedish label, e.g. "v. 12 2026". */
/** "v. 12 2026" in Swedish (and by default), "week 12 2026" in English. */
export function weekLabel(week: IsoWeek, locale = 'sv'): string {
  return `${locale === 'en' ? 'week' : 'v.'} ${week.isoWeek} ${week.isoYear}`;
}

/** ISO 8601 week notation, e.g. "2026-W05", for URLs, file names and sorting as text. */
export function formatIsoWeek(week: IsoWeek): string {
  return `${week.isoYear}-W${String(week.isoWeek).padStart(2, '0')}`;
}

/** Parses "2026-W05" (or "2026W05"); null when malformed or the week does not exist. */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = /^(\d{4})-?W(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const week = { isoYear: Number(match[1]), isoWeek: Number(match[2]) };
  return isValidIsoWeek(week) ? week : null;
}
