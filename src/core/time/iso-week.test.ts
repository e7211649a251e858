import { describe, expect, it } from 'vitest';
import {
  addWeeks,
  compareWeeks,
  formatIsoWeek,
  isoWeekOf,
  isValidIsoWeek,
  nextWeek,
  parseIsoWeek,
  previousWeek,
  type RoundSchedule,
  roundWindow,
  weekLabel,
  weekStart,
  weeksBetween,
  weeksInIsoYear,
} from './iso-week';

const utc = (iso: string) => new Date(iso);
const mondayToWednesday: RoundSchedule = {
  opensWeekday: 1,
  opensTime: '08:00',
  deadlineWeekday: 3,
  deadlineTime: '12:00',
};

describe('isoWeekOf', () => {
  it('uses Stockholm time, not UTC, at the week boundary', () => {
    // Sunday 28 Dec 2025 23:59 in Stockholm is still week 52 of 2025 …
    expect(isoWeekOf(utc('2025-12-28T22:59:00Z'))).toEqual({ isoYear: 2025, isoWeek: 52 });
    // … and Monday 00:00 (23:00 UTC on Sunday) is already week 1 of ISO year 2026.
    expect(isoWeekOf(utc('2025-12-28T23:00:00Z'))).toEqual({ isoYear: 2026, isoWeek: 1 });
  });

  it('puts 1–3 January 2027 in week 53 of ISO year 2026', () => {
    expect(isoWeekOf(utc('2027-01-01T12:00:00Z'))).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOf(utc('2027-01-03T22:59:00Z'))).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOf(utc('2027-01-03T23:00:00Z'))).toEqual({ isoYear: 2027, isoWeek: 1 });
  });

  it('handles summer time (UTC+2)', () => {
    // Sunday 21 June 2026 22:30 UTC is Monday 00:30 CEST, week 26.
    expect(isoWeekOf(utc('2026-06-21T22:30:00Z'))).toEqual({ isoYear: 2026, isoWeek: 26 });
  });
});

describe('weeksInIsoYear', () => {
  it('knows which years have 53 weeks', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
    expect(weeksInIsoYear(2027)).toBe(52);
  });

  it('validates weeks', () => {
    expect(isValidIsoWeek({ isoYear: 2026, isoWeek: 53 })).toBe(true);
    expect(isValidIsoWeek({ isoYear: 2025, isoWeek: 53 })).toBe(false);
    expect(isValidIsoWeek({ isoYear: 2026, isoWeek: 0 })).toBe(false);
    expect(isValidIsoWeek({ isoYear: 2026, isoWeek: 1.5 })).toBe(false);
  });
});

describe('roundWindow', () => {
  it('opens Monday 08:00 and closes Wednesday 12:00 in winter time', () => {
    const w = roundWindow({ isoYear: 2026, isoWeek: 12 }, mondayToWednesday);
    expect(w.opensAt.toISOString()).toBe('2026-03-16T07:00:00.000Z');
    expect(w.deadlineAt.toISOString()).toBe('2026-03-18T11:00:00.000Z');
  });

  it('uses summer time offsets after the change', () => {
    const w = roundWindow({ isoYear: 2026, isoWeek: 14 }, mondayToWednesday);
    expect(w.opensAt.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(w.deadlineAt.toISOString()).toBe('2026-04-01T10:00:00.000Z');
  });

  it('moves a deadline in the skipped hour (29 March 2026, 02:30) forward to 03:30 CEST', () => {
    const w = roundWindow(
      { isoYear: 2026, isoWeek: 13 },
      { opensWeekday: 1, opensTime: '08:00', deadlineWeekday: 7, deadlineTime: '02:30' },
    );
    expect(w.opensAt.toISOString()).toBe('2026-03-23T07:00:00.000Z');
    expect(w.deadlineAt.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first occurrence of the repeated hour (25 October 2026, 02:30 CEST)', () => {
    const w = roundWindow(
      { isoYear: 2026, isoWeek: 43 },
      { opensWeekday: 1, opensTime: '08:00', deadlineWeekday: 7, deadlineTime: '02:30' },
    );
    expect(w.opensAt.toISOString()).toBe('2026-10-19T06:00:00.000Z');
    expect(w.deadlineAt.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('puts a deadline weekday before the opening weekday in the following week', () => {
    const w = roundWindow(
      { isoYear: 2026, isoWeek: 13 },
      { opensWeekday: 4, opensTime: '08:00', deadlineWeekday: 1, deadlineTime: '12:00' },
    );
    expect(w.opensAt.toISOString()).toBe('2026-03-26T07:00:00.000Z');
    expect(w.deadlineAt.toISOString()).toBe('2026-03-30T10:00:00.000Z');
  });

  it('crosses from week 53 of 2026 into 2027', () => {
    const w = roundWindow(
      { isoYear: 2026, isoWeek: 53 },
      { opensWeekday: 4, opensTime: '12:00', deadlineWeekday: 2, deadlineTime: '10:00' },
    );
    expect(w.opensAt.toISOString()).toBe('2026-12-31T11:00:00.000Z');
    expect(w.deadlineAt.toISOString()).toBe('2027-01-05T09:00:00.000Z');
  });

  it('treats the same weekday at the same or an earlier time as a week later', () => {
    const same = roundWindow(
      { isoYear: 2026, isoWeek: 13 },
      { opensWeekday: 1, opensTime: '08:00', deadlineWeekday: 1, deadlineTime: '08:00' },
    );
    // 167 hours, not 168: the week contains the spring-forward night.
    expect((same.deadlineAt.getTime() - same.opensAt.getTime()) / 3_600_000).toBe(167);
    const later = roundWindow(
      { isoYear: 2026, isoWeek: 13 },
      { opensWeekday: 1, opensTime: '08:00', deadlineWeekday: 1, deadlineTime: '17:00' },
    );
    expect(later.deadlineAt.toISOString()).toBe('2026-03-23T16:00:00.000Z');
  });

  it('rejects malformed schedules and weeks', () => {
    expect(() =>
      roundWindow({ isoYear: 2026, isoWeek: 12 }, { ...mondayToWednesday, opensTime: '8:00' }),
    ).toThrow(RangeError);
    expect(() =>
      roundWindow({ isoYear: 2026, isoWeek: 12 }, { ...mondayToWednesday, deadlineTime: '24:00' }),
    ).toThrow(RangeError);
    expect(() =>
      roundWindow({ isoYear: 2026, isoWeek: 12 }, { ...mondayToWednesday, opensWeekday: 0 }),
    ).toThrow(RangeError);
    expect(() => roundWindow({ isoYear: 2025, isoWeek: 53 }, mondayToWednesday)).toThrow(RangeError);
  });
});

describe('week arithmetic', () => {
  it('steps over year boundaries, including week 53', () => {
    expect(nextWeek({ isoYear: 2026, isoWeek: 52 })).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(nextWeek({ isoYear: 2026, isoWeek: 53 })).toEqual({ isoYear: 2027, isoWeek: 1 });
    expect(previousWeek({ isoYear: 2027, isoWeek: 1 })).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(nextWeek({ isoYear: 2025, isoWeek: 52 })).toEqual({ isoYear: 2026, isoWeek: 1 });
    expect(previousWeek({ isoYear: 2026, isoWeek: 1 })).toEqual({ isoYear: 2025, isoWeek: 52 });
    expect(addWeeks({ isoYear: 2026, isoWeek: 10 }, 52)).toEqual({ isoYear: 2027, isoWeek: 9 });
  });

  it('counts weeks between, signed, across a 53-week year', () => {
    expect(weeksBetween({ isoYear: 2025, isoWeek: 52 }, { isoYear: 2027, isoWeek: 1 })).toBe(54);
    expect(weeksBetween({ isoYear: 2027, isoWeek: 1 }, { isoYear: 2025, isoWeek: 52 })).toBe(-54);
    expect(weeksBetween({ isoYear: 2026, isoWeek: 12 }, { isoYear: 2026, isoWeek: 12 })).toBe(0);
    // Spans both DST changes of 2026 without drifting.
    expect(weeksBetween({ isoYear: 2026, isoWeek: 1 }, { isoYear: 2026, isoWeek: 53 })).toBe(52);
  });

  it('compares weeks', () => {
    expect(compareWeeks({ isoYear: 2026, isoWeek: 53 }, { isoYear: 2027, isoWeek: 1 })).toBeLessThan(0);
    expect(compareWeeks({ isoYear: 2026, isoWeek: 5 }, { isoYear: 2026, isoWeek: 5 })).toBe(0);
  });

  it('starts a week at Monday 00:00 local time', () => {
    expect(weekStart({ isoYear: 2026, isoWeek: 14 }).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(weekStart({ isoYear: 2026, isoWeek: 1 }).toISOString()).toBe('2025-12-28T23:00:00.000Z');
  });
});

describe('labels', () => {
  it('formats the Swedish label and ISO notation', () => {
    expect(weekLabel({ isoYear: 2026, isoWeek: 12 })).toBe('v. 12 2026');
    expect(weekLabel({ isoYear: 2026, isoWeek: 12 }, 'en')).toBe('week 12 2026');
    expect(formatIsoWeek({ isoYear: 2026, isoWeek: 5 })).toBe('2026-W05');
  });

  it('parses ISO notation and rejects weeks that do not exist', () => {
    expect(parseIsoWeek('2026-W53')).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(parseIsoWeek('2026W05')).toEqual({ isoYear: 2026, isoWeek: 5 });
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W5')).toBeNull();
  });
});
