import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contractEnd,
  contractForecast,
  contractMonths,
  DEFAULT_POLICY,
  largeHouseholdBalance,
  sumForecasts,
  unitCountProblems,
  warningLevel,
} from './housing';

describe('contract end', () => {
  it('gives singles and families their policy length', () => {
    expect(contractMonths(DEFAULT_POLICY, 1)).toBe(24);
    expect(contractMonths(DEFAULT_POLICY, 2)).toBe(48);
  });
  it('ends the day before the same date months later', () => {
    expect(contractEnd('2026-03-01', 24)).toBe('2028-02-29');
    expect(contractEnd('2026-01-15', 48)).toBe('2030-01-14');
    expect(contractEnd('2025-08-31', 6)).toBe('2026-02-27');
  });
  it('always ends after it starts', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (d, months) => {
        const start = d.toISOString().slice(0, 10);
        return contractEnd(start, months) >= start;
      }),
    );
  });
});

describe('warning levels', () => {
  it('puts an end in its nearest horizon', () => {
    const today = '2026-05-15';
    expect(warningLevel('2026-05-01', today)).toBe('within_1');
    expect(warningLevel('2026-06-15', today)).toBe('within_1');
    expect(warningLevel('2026-06-16', today)).toBe('within_3');
    expect(warningLevel('2026-08-15', today)).toBe('within_3');
    expect(warningLevel('2026-11-15', today)).toBe('within_6');
    expect(warningLevel('2026-11-16', today)).toBeNull();
  });
});

const p = (endOn: string, householdSize = 2, endedOn: string | null = null) => ({
  endOn,
  householdSize,
  endedOn,
});

describe('contractForecast', () => {
  it('counts households and persons per month from the current month', () => {
    const f = contractForecast(
      [
        p('2026-05-31', 4),
        p('2026-06-10', 1),
        p('2026-06-20', 3),
        p('2026-04-30', 2),
        p('2026-06-01', 5, '2026-05-01'),
      ],
      '2026-05-15',
      3,
    );
    expect(f.months).toEqual([
      { month: '2026-05', households: 1, persons: 4 },
      { month: '2026-06', households: 2, persons: 4 },
      { month: '2026-07', households: 0, persons: 0 },
    ]);
    expect(f.overdue).toEqual({ households: 1, persons: 2 });
    expect(f.warnings.within_1).toEqual({ households: 3, persons: 7 });
    expect(f.warnings.within_3).toEqual({ households: 1, persons: 3 });
  });
  it('adds up municipalities', () => {
    const a = contractForecast([p('2026-06-10')], '2026-05-15', 2);
    const b = contractForecast([p('2026-06-11', 3)], '2026-05-15', 2);
    expect(sumForecasts([a, b]).months[1]).toEqual({ month: '2026-06', households: 2, persons: 5 });
  });
  it('puts every household ending within six months in exactly one warning level', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day), (ends) => {
        const f = contractForecast(
          ends.map((e) => p(e)),
          '2026-03-10',
          12,
        );
        const within = ends.filter((e) => warningLevel(e, '2026-03-10') !== null).length;
        const { within_1, within_3, within_6 } = f.warnings;
        return within_1.households + within_3.households + within_6.households === within;
      }),
    );
  });
});

describe('large households', () => {
  it('sets large households ending soon against free large units', () => {
    const b = largeHouseholdBalance(
      [p('2026-06-01', 6), p('2026-07-01', 5), p('2027-07-01', 7), p('2026-06-01', 2)],
      [
        { beds: 6, rooms: 4, free: 1 },
        { beds: 6, rooms: 4, free: 0 },
        { beds: 2, rooms: 1, free: 2 },
      ],
      5,
      '2026-05-15',
    );
    expect(b).toEqual({ threshold: 5, householdsNeedingUnit: 2, freeLargeUnits: 1, balance: -1 });
  });
  it('refuses more occupied places than the total', () => {
    expect(unitCountProblems({ placesTotal: 2, placesOccupied: 3 })).toHaveLength(1);
    expect(unitCountProblems({ placesTotal: 3, placesOccupied: 3 })).toEqual([]);
  });
});
