import { DateTime } from 'luxon';
import { ZONE } from '../time/iso-week';

/**
 * A consultation's deadline is a date: answers are taken until the end of that day in
 * Swedish time. Stored as the first instant after it (midnight that begins the next day,
 * across DST), so "open" is simply `now < deadlineAt`.
 */
export function deadlineInstant(deadlineDate: string): Date {
  const day = DateTime.fromISO(deadlineDate, { zone: ZONE });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(deadlineDate)) throw new RangeError('invalid_date');
  return day.plus({ days: 1 }).startOf('day').toJSDate();
}

/** Today's date in Swedish time, as YYYY-MM-DD. */
export function stockholmDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).toISODate() ?? '';
}

export function isOpen(deadlineAt: Date, now: Date): boolean {
  return now.getTime() < deadlineAt.getTime();
}

/** Reminders go out this many days before the deadline, the earliest first. */
export const REMINDER_DAYS = [3, 1] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

/**
 * The reminder due now for an unanswered organisation, if any: the 3-day reminder from
 * three days before the deadline until one day before, then the 1-day one until the
 * deadline. A consultation sent two days before its deadline gets only the 1-day reminder
 * once that comes, never both at once. Days are calendar days in Swedish time.
 */
export function dueReminder(deadlineAt: Date, now: Date): ReminderDays | null {
  if (!isOpen(deadlineAt, now)) return null;
  const end = DateTime.fromJSDate(deadlineAt, { zone: ZONE });
  const at = now.getTime();
  for (const [i, days] of REMINDER_DAYS.entries()) {
    const from = end.minus({ days }).toMillis();
    const next = REMINDER_DAYS[i + 1];
    const until = next === undefined ? deadlineAt.getTime() : end.minus({ days: next }).toMillis();
    if (at >= from && at < until) return days;
  }
  return null;
}
