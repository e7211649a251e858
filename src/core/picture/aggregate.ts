import type { ImpactLevel } from '../reports/answers';
import { isImpactLevel } from '../reports/impact';

export interface FigureAggregate {
  /** Number of organisations that gave a value. */
  n: number;
  sum: number | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Sum, mean, median, min and max of one figure over the organisations that answered it.
 * Empty answers (null) and non-finite values are skipped, not counted as 0: a municipality
 * that did not answer has not reported zero. Values are not rounded; the median of an even
 * number of values is the mean of the two middle ones.
 */
export function aggregateFigure(values: readonly (number | null | undefined)[]): FigureAggregate {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  const n = sorted.length;
  const first = sorted[0];
  const last = sorted[n - 1];
  if (first === undefined || last === undefined) {
    return { n: 0, sum: null, mean: null, median: null, min: null, max: null };
  }
  const sum = sorted.reduce((acc, v) => acc + v, 0);
  const upper = sorted[Math.floor(n / 2)] ?? first;
  const lower = sorted[Math.ceil(n / 2) - 1] ?? first;
  return { n, sum, mean: sum / n, median: (lower + upper) / 2, min: first, max: last };
}

export type ImpactDistribution = Record<ImpactLevel, number> & { none: number };

/** How many organisations are at each level; `none` counts those that gave no level. */
export function impactDistribution(levels: readonly (ImpactLevel | null | undefined)[]): ImpactDistribution {
  const distribution: ImpactDistribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 };
  for (const level of levels) {
    if (isImpactLevel(level)) distribution[level]++;
    else distribution.none++;
  }
  return distribution;
}

/** `part / whole` as a fraction (0.5, not 50); null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Whether the level rose; false when either round has no level to compare. */
export function worsened(
  previous: ImpactLevel | null | undefined,
  current: ImpactLevel | null | undefined,
): boolean {
  return previous != null && current != null && current > previous;
}

/** Impact level per area key for one organisation in one round. */
export type AreaImpacts = Readonly<Record<string, ImpactLevel | null>>;

export interface Worsening {
  orgId: string;
  areaKey: string;
  from: ImpactLevel;
  to: ImpactLevel;
}

/**
 * Every organisation and area whose level rose since the previous round, most serious
 * first (by new level, then by the size of the rise), then by organisation and area so the
 * order is stable. An organisation or area missing from either round is not compared.
 */
export function compareRounds(
  previous: ReadonlyMap<string, AreaImpacts>,
  current: ReadonlyMap<string, AreaImpacts>,
): Worsening[] {
  const result: Worsening[] = [];
  for (const [orgId, areas] of current) {
    const before = previous.get(orgId);
    if (!before) continue;
    for (const [areaKey, to] of Object.entries(areas)) {
      const from = before[areaKey];
      if (from != null && to != null && worsened(from, to)) result.push({ orgId, areaKey, from, to });
    }
  }
  return result.sort(
    (a, b) =>
      b.to - a.to ||
      b.to - b.from - (a.to - a.from) ||
      byCodeUnits(a.orgId, b.orgId) ||
      byCodeUnits(a.areaKey, b.areaKey),
  );
}

/** A stable tie-break for identifiers: no locale rules needed, and far cheaper than localeCompare. */
function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export interface FiledReport {
  orgId: string;
  /** null while the report is only a draft. */
  submittedAt: Date | null;
  isLate: boolean;
}

export interface Completeness {
  expected: number;
  filed: number;
  onTime: number;
  late: number;
  /** Members without a submitted report, in the order of `members`. */
  missing: string[];
}

/**
 * "253 of 290 have reported". Only members count: a report from an organisation that has
 * left the network is ignored, drafts are not filed, and an organisation counts once even
 * if it appears twice (on time if any of its reports was).
 */
export function completeness(input: {
  members: readonly string[];
  reports: readonly FiledReport[];
}): Completeness {
  const members = [...new Set(input.members)];
  const status = new Map<string, 'on_time' | 'late'>();
  for (const report of input.reports) {
    if (report.submittedAt === null) continue;
    if (status.get(report.orgId) === 'on_time') continue;
    status.set(report.orgId, report.isLate ? 'late' : 'on_time');
  }
  let onTime = 0;
  let late = 0;
  const missing: string[] = [];
  for (const orgId of members) {
    const s = status.get(orgId);
    if (s === 'on_time') onTime++;
    else if (s === 'late') late++;
    else missing.push(orgId);
  }
  return { expected: members.length, filed: onTime + late, onTime, late, missing };
}

/**
 * Orders items most serious first (Kritisk, Allvarlig, …, no level last), then by `name`
 * in Swedish collation (Å, Ä, Ö last), so the organisations at Allvarlig or Kritisk head
 * the picture. Returns a new array.
 */
// Made once: building a collator costs more than the sorts it serves.
const swedish = new Intl.Collator('sv');

export function sortBySeverity<T>(
  items: readonly T[],
  level: (item: T) => ImpactLevel | null | undefined,
  name: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => (level(b) ?? 0) - (level(a) ?? 0) || swedish.compare(name(a), name(b)));
}
