import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineInstant, dueReminder, isOpen, REMINDER_DAYS, stockholmDate } from './deadline';

describe('consultation deadlines', () => {
  it('ends at midnight after the deadline day in Swedish time, winter and summer', () => {
    expect(deadlineInstant('2026-12-04').toISOString()).toBe('2026-12-04T23:00:00.000Z');
    expect(deadlineInstant('2026-06-12').toISOString()).toBe('2026-06-12T22:00:00.000Z');
    // The day before DST begins and the day it ends.
    expect(deadlineInstant('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(deadlineInstant('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(() => deadlineInstant('2026-02-30')).toThrow(RangeError);
    expect(() => deadlineInstant('4 dec')).toThrow(RangeError);
  });

  it('is open until the last millisecond of the day', () => {
    const end = deadlineInstant('2026-12-04');
    expect(isOpen(end, new Date('2026-12-04T22:59:59.999Z'))).toBe(true);
    expect(isOpen(end, end)).toBe(false);
    expect(stockholmDate(new Date('2026-12-04T22:59:59.999Z'))).toBe('2026-12-04');
    expect(stockholmDate(end)).toBe('2026-12-05');
  });

  it('reminds 3 days and then 1 day before, nothing before or after', () => {
    const end = deadlineInstant('2026-12-04');
    expect(dueReminder(end, new Date('2026-11-30T12:00:00Z'))).toBeNull();
    expect(dueReminder(end, new Date('2026-12-01T23:00:00Z'))).toBe(3);
    expect(dueReminder(end, new Date('2026-12-03T22:59:00Z'))).toBe(3);
    expect(dueReminder(end, new Date('2026-12-03T23:00:00Z'))).toBe(1);
    expect(dueReminder(end, new Date('2026-12-04T22:59:00Z'))).toBe(1);
    expect(dueReminder(end, end)).toBeNull();
  });

  it('never has a reminder due outside the three days before an open deadline', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }),
        (day, offset) => {
          const end = deadlineInstant(stockholmDate(day));
          const now = new Date(end.getTime() + offset);
          const due = dueReminder(end, now);
          if (due === null) return true;
          const before = end.getTime() - now.getTime();
          return REMINDER_DAYS.includes(due) && before > 0 && before <= (due + 1 / 24) * 86_400_000;
        },
      ),
    );
  });
});
