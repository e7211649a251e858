/**
 * Housing for newly arrived households, pure: contract ends by the municipality's policy,
 * the monthly forecast of contracts ending with 6/3/1-month warnings, and large households
 * set against free large units. Dates are ISO calendar dates ('2026-03-14').
 */
import { DateTime } from 'luxon';

export const housingTypes = [
  'kollektivt_boende',
  'mellanboende',
  'temporar_lagenhet',
  'andrahandskontrakt',
  'evakueringsplats',
] as const;
export type HousingType = (typeof housingTypes)[number];

/** A municipality's contract rule: e.g. 24 months for singles, 48 for families. */
export interface ContractPolicy {
  singleMonths: number;
  familyMonths: number;
  /** Households of at least this many persons need a large unit. */
  largeHouseholdSize: number;
}

export const DEFAULT_POLICY: ContractPolicy = { singleMonths: 24, familyMonths: 48, largeHouseholdSize: 5 };

/** Contract length for a household: a household of one is a single, anything larger a family. */
export function contractMonths(policy: ContractPolicy, householdSize: number): number {
  return householdSize <= 1 ? policy.singleMonths : policy.familyMonths;
}

/**
 * The last day of a contract of `months` starting on `start`: the day before the same date
 * `months` later (a contract from 1 March for 24 months ends 28 or 29 February two years on).
 * luxon clamps month ends, so 31 August + 6 months is 28/29 February, minus one day.
 */
export function contractEnd(start: string, months: number): string {
  const d = DateTime.fromISO(start, { zone: 'utc' });
  if (!d.isValid) throw new RangeError(`invalid_date ${start}`);
  return d.plus({ months }).minus({ days: 1 }).toISODate() ?? start;
}

export interface PlacementForForecast {
  householdSize: number;
  endOn: string;
  /** Set when the household has moved out; such placements no longer need a solution. */
  endedOn: string | null;
}

export type WarningLevel = 'within_1' | 'within_3' | 'within_6';

/**
 * The warning a contract end gets on `today`: within 1, 3 or 6 months, null later.
 * A contract that already ended (before today) counts as within 1 month: it is overdue.
 */
export function warningLevel(endOn: string, today: string): WarningLevel | null {
  const t = DateTime.fromISO(today, { zone: 'utc' });
  if (endOn <= (t.plus({ months: 1 }).toISODate() ?? today)) return 'within_1';
  if (endOn <= (t.plus({ months: 3 }).toISODate() ?? today)) return 'within_3';
  if (endOn <= (t.plus({ months: 6 }).toISODate() ?? today)) return 'within_6';
  return null;
}

export interface ForecastMonth {
  /** 'YYYY-MM'. */
  month: string;
  households: number;
  persons: number;
}

export interface ContractForecast {
  /** Contracts that ended before this month and still have a household in them. */
  overdue: { households: number; persons: number };
  months: ForecastMonth[];
  warnings: Record<WarningLevel, { households: number; persons: number }>;
}

/**
 * Households whose contract ends, per month from the month of `today` for `horizon` months,
 * plus the overdue ones and the 1/3/6-month warning counts (each household in its nearest
 * level only, so the three add up to every household ending within six months).
 */
export function contractForecast(
  placements: readonly PlacementForForecast[],
  today: string,
  horizon = 12,
): ContractForecast {
  const start = DateTime.fromISO(today, { zone: 'utc' }).startOf('month');
  const months: ForecastMonth[] = [];
  const byMonth = new Map<string, ForecastMonth>();
  for (let i = 0; i < horizon; i++) {
    const m: ForecastMonth = {
      month: start.plus({ months: i }).toFormat('yyyy-MM'),
      households: 0,
      persons: 0,
    };
    months.push(m);
    byMonth.set(m.month, m);
  }
  const firstDay = start.toISODate() ?? today;
  const overdue = { households: 0, persons: 0 };
  const warnings: ContractForecast['warnings'] = {
    within_1: { households: 0, persons: 0 },
    within_3: { households: 0, persons: 0 },
    within_6: { households: 0, persons: 0 },
  };
  for (const p of placements) {
    if (p.endedOn) continue;
    if (p.endOn < firstDay) {
      overdue.households += 1;
      overdue.persons += p.householdSize;
    }
    const m = byMonth.get(p.endOn.slice(0, 7));
    if (m) {
      m.households += 1;
      m.persons += p.householdSize;
    }
    const level = warningLevel(p.endOn, today);
    if (level) {
      warnings[level].households += 1;
      warnings[level].persons += p.householdSize;
    }
  }
  return { overdue, months, warnings };
}

/** Adds forecasts of several municipalities month by month (same `today` and horizon). */
export function sumForecasts(forecasts: readonly ContractForecast[]): ContractForecast {
  const zero = () => ({ households: 0, persons: 0 });
  const out: ContractForecast = {
    overdue: zero(),
    months: (forecasts[0]?.months ?? []).map((m) => ({ month: m.month, households: 0, persons: 0 })),
    warnings: { within_1: zero(), within_3: zero(), within_6: zero() },
  };
  const add = (a: { households: number; persons: number }, b: { households: number; persons: number }) => {
    a.households += b.households;
    a.persons += b.persons;
  };
  for (const f of forecasts) {
    add(out.overdue, f.overdue);
    f.months.forEach((m, i) => {
      const o = out.months[i];
      if (o) add(o, m);
    });
    add(out.warnings.within_1, f.warnings.within_1);
    add(out.warnings.within_3, f.warnings.within_3);
    add(out.warnings.within_6, f.warnings.within_6);
  }
  return out;
}

export interface UnitCapacity {
  beds: number;
  rooms: number;
  free: number;
}

export interface LargeHouseholdBalance {
  threshold: number;
  /** Large households whose contract ends within six months (or already has). */
  householdsNeedingUnit: number;
  /** Units with a free place and at least `threshold` beds. */
  freeLargeUnits: number;
  /** Free large units less households needing one; negative means a shortage. */
  balance: number;
}

/** A unit is large when it has beds for a large household and at least one free place. */
export function isFreeLargeUnit(unit: UnitCapacity, threshold: number): boolean {
  return unit.free > 0 && unit.beds >= threshold;
}

export function largeHouseholdBalance(
  placements: readonly PlacementForForecast[],
  units: readonly UnitCapacity[],
  threshold: number,
  today: string,
): LargeHouseholdBalance {
  const householdsNeedingUnit = placements.filter(
    (p) => !p.endedOn && p.householdSize >= threshold && warningLevel(p.endOn, today) !== null,
  ).length;
  const freeLargeUnits = units.filter((u) => isFreeLargeUnit(u, threshold)).length;
  return {
    threshold,
    householdsNeedingUnit,
    freeLargeUnits,
    balance: freeLargeUnits - householdsNeedingUnit,
  };
}

export interface CountsProblem {
  path: string;
  code: string;
}

/** Occupied places cannot exceed the total, and neither may be negative. */
export function unitCountProblems(u: { placesTotal: number; placesOccupied: number }): CountsProblem[] {
  if (u.placesOccupied > u.placesTotal) return [{ path: 'placesOccupied', code: 'occupied_exceeds_total' }];
  return [];
}
