/**
 * The anvisningar ledger's rules, pure: what a valid assignment is, what counts against the
 * kommuntal (received persons only), and when reception is behind plan.
 *
 * Dates are ISO calendar dates ('2026-03-14'); they compare correctly as strings.
 */
import { DateTime } from 'luxon';
import { ZONE } from '../time/iso-week';

export const targetGroups = ['kvotflykting', 'anlaggningsboende', 'skyddsbehovande_lma'] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const assignmentStatuses = ['assigned', 'received', 'cancelled'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const assignmentSources = ['manual', 'import', 'planner'] as const;
export type AssignmentSource = (typeof assignmentSources)[number];

/** What the ledger needs of an assignment to count it. */
export interface LedgerEntry {
  householdSize: number;
  status: AssignmentStatus;
  assignedOn: string;
  plannedReceptionOn: string | null;
  receivedOn: string | null;
}

export interface AssignmentFields {
  householdRef: string;
  householdSize: number;
  adults: number;
  children: number;
  status: AssignmentStatus;
  assignedOn: string;
  plannedReceptionOn: string | null;
  receivedOn: string | null;
}

export interface FieldProblem {
  path: string;
  code: string;
}

/**
 * A reference is a municipality's own code for a household (e.g. "GBG-2026-014"): letters,
 * digits and . _ / - only. No spaces keeps full names out; the personnummer check below
 * keeps identity numbers out.
 */
const REFERENCE = /^[\p{L}\p{N}._/-]{1,40}$/u;

function plausibleDate(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  // Samordningsnummer add 60 to the day.
  const realDay = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && realDay >= 1 && realDay <= 31;
}

/**
 * True when the text holds something shaped like a Swedish personal identity or
 * coordination number: YYMMDD-NNNN, YYYYMMDDNNNN and the like, with or without separator,
 * anywhere in the text. Deliberately broad: a reference refused by mistake costs a retype,
 * one let through leaks an identity.
 */
export function looksLikePersonnummer(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  const pattern = /(?:^|\D)(?:(?:19|20)?(\d{6}))[-+]?(\d{4})(?!\d)/g;
  for (const match of compact.matchAll(pattern)) {
    if (match[1] && plausibleDate(match[1])) return true;
  }
  // Ten or more digits in a row is an identity number whatever its date part says.
  return /\d{10,}/.test(compact);
}

export function referenceProblem(ref: string): string | null {
  if (looksLikePersonnummer(ref)) return 'personnummer_not_allowed';
  if (!REFERENCE.test(ref)) return 'invalid_reference';
  return null;
}

/**
 * Everything wrong with an assignment, as field paths and error codes (empty when valid).
 * Size must equal adults + children; a received assignment needs its reception date, and
 * no date may come before the anvisning.
 */
export function assignmentProblems(a: AssignmentFields, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const ref = referenceProblem(a.householdRef);
  if (ref) problems.push({ path: 'householdRef', code: ref });
  if (a.adults + a.children !== a.householdSize) {
    problems.push({ path: 'householdSize', code: 'size_not_adults_plus_children' });
  }
  if (a.householdSize < 1) problems.push({ path: 'householdSize', code: 'too_small' });
  if (a.plannedReceptionOn && a.plannedReceptionOn < a.assignedOn) {
    problems.push({ path: 'plannedReceptionOn', code: 'date_before_assignment' });
  }
  if (a.receivedOn) {
    if (a.receivedOn < a.assignedOn) problems.push({ path: 'receivedOn', code: 'date_before_assignment' });
    else if (a.receivedOn > today) problems.push({ path: 'receivedOn', code: 'date_in_future' });
  }
  if (a.status === 'received' && !a.receivedOn) problems.push({ path: 'receivedOn', code: 'required' });
  if (a.status !== 'received' && a.receivedOn) {
    problems.push({ path: 'status', code: 'received_date_needs_received_status' });
  }
  return problems;
}

export interface LedgerTotals {
  /** Persons in assignments that were not cancelled. */
  assigned: number;
  received: number;
  /** Assigned but not yet received. */
  pending: number;
  households: { assigned: number; received: number; pending: number };
  /** Kommuntal less received persons; null while no kommuntal is adopted. May go below 0. */
  remaining: number | null;
  kommuntal: number | null;
  /** Pending assignments whose planned reception date has passed. */
  overdue: number;
}

export function ledgerTotals(
  entries: readonly LedgerEntry[],
  kommuntal: number | null,
  today: string,
): LedgerTotals {
  const t = { assigned: 0, received: 0, pending: 0 };
  const h = { assigned: 0, received: 0, pending: 0 };
  let overdue = 0;
  for (const e of entries) {
    if (e.status === 'cancelled') continue;
    t.assigned += e.householdSize;
    h.assigned += 1;
    if (e.status === 'received') {
      t.received += e.householdSize;
      h.received += 1;
    } else {
      t.pending += e.householdSize;
      h.pending += 1;
      if (e.plannedReceptionOn && e.plannedReceptionOn < today) overdue += 1;
    }
  }
  return {
    ...t,
    households: h,
    kommuntal,
    remaining: kommuntal === null ? null : kommuntal - t.received,
    overdue,
  };
}

/** Share (0–1) of the calendar year that has passed by the end of `today`. */
export function elapsedShareOfYear(year: number, today: string): number {
  const day = DateTime.fromISO(today, { zone: ZONE });
  if (day.year < year) return 0;
  if (day.year > year) return 1;
  const days = DateTime.fromObject({ year }, { zone: ZONE }).daysInYear;
  return day.ordinal / days;
}

export type BehindPlanReason = 'behind_share' | 'overdue_receptions';

export interface BehindPlan {
  behind: boolean;
  reasons: BehindPlanReason[];
  /** Received share of the kommuntal (0–1), null without a kommuntal. */
  receivedShare: number | null;
  elapsedShare: number;
  overdue: number;
}

/** Default: warn when reception trails the calendar by more than 15 percentage points. */
export const BEHIND_PLAN_THRESHOLD = 0.15;

/**
 * Reception is behind plan when the received share of the kommuntal trails the elapsed
 * share of the year by more than `threshold`, or when planned reception dates have passed
 * without the household being received.
 */
export function behindPlan(
  totals: Pick<LedgerTotals, 'kommuntal' | 'received' | 'overdue'>,
  year: number,
  today: string,
  threshold = BEHIND_PLAN_THRESHOLD,
): BehindPlan {
  const elapsedShare = elapsedShareOfYear(year, today);
  const receivedShare =
    totals.kommuntal && totals.kommuntal > 0 ? Math.min(1, totals.received / totals.kommuntal) : null;
  const reasons: BehindPlanReason[] = [];
  if (receivedShare !== null && elapsedShare - receivedShare > threshold) reasons.push('behind_share');
  if (totals.overdue > 0) reasons.push('overdue_receptions');
  return { behind: reasons.length > 0, reasons, receivedShare, elapsedShare, overdue: totals.overdue };
}

export interface TrendWeek {
  isoYear: number;
  isoWeek: number;
  /** Persons assigned (anvisning date) in the week. */
  assigned: number;
  received: number;
  /** Received persons from the start of the year up to and including the week. */
  receivedToDate: number;
}

function weekKey(date: string): { isoYear: number; isoWeek: number; key: string } {
  const d = DateTime.fromISO(date, { zone: ZONE });
  return { isoYear: d.weekYear, isoWeek: d.weekNumber, key: `${d.weekYear}-${d.weekNumber}` };
}

/**
 * Persons assigned and received per ISO week, from the week of 1 January to the week of
 * `until` (or 31 December if earlier). Cancelled assignments do not count.
 */
export function weeklyTrend(entries: readonly LedgerEntry[], year: number, until: string): TrendWeek[] {
  const first = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: ZONE });
  const yearEnd = first.endOf('year');
  const untilDay = DateTime.fromISO(until, { zone: ZONE });
  if (untilDay < first) return [];
  const last = untilDay < yearEnd ? untilDay : yearEnd;
  const weeks: TrendWeek[] = [];
  const index = new Map<string, TrendWeek>();
  for (let d = first.startOf('week'); d <= last; d = d.plus({ weeks: 1 })) {
    const w: TrendWeek = {
      isoYear: d.weekYear,
      isoWeek: d.weekNumber,
      assigned: 0,
      received: 0,
      receivedToDate: 0,
    };
    weeks.push(w);
    index.set(`${w.isoYear}-${w.isoWeek}`, w);
  }
  for (const e of entries) {
    if (e.status === 'cancelled') continue;
    const a = index.get(weekKey(e.assignedOn).key);
    if (a) a.assigned += e.householdSize;
    if (e.status === 'received' && e.receivedOn) {
      const r = index.get(weekKey(e.receivedOn).key);
      if (r) r.received += e.householdSize;
    }
  }
  let running = 0;
  for (const w of weeks) {
    running += w.received;
    w.receivedToDate = running;
  }
  return weeks;
}

/** Sums weekly trends of several municipalities week by week (they share the same weeks). */
export function sumTrends(trends: readonly (readonly TrendWeek[])[]): TrendWeek[] {
  const first = trends[0];
  if (!first) return [];
  return first.map((w, i) => {
    const out = { ...w, assigned: 0, received: 0, receivedToDate: 0 };
    for (const t of trends) {
      const x = t[i];
      if (!x) continue;
      out.assigned += x.assigned;
      out.received += x.received;
      out.receivedToDate += x.receivedToDate;
    }
    return out;
  });
}
