import { eligible, type PlannerModel, softScore, unitAvailable } from './model';
import type { Assignment, ProposalTerm, UnplacedReason } from './types';

/**
 * Why each placed household went where it went: the soft terms that hold for the chosen
 * municipality, and 'capacity' when a municipality it prefers (where it lives, its family,
 * its best fit) was eligible on its own but not chosen — the batch's capacity decided.
 */
export function proposalTerms(model: PlannerModel, h: number, m: number): ProposalTerm[] {
  const terms: ProposalTerm[] = [];
  const w = model.weights;
  if (w.stay > 0 && model.current[h] === m) terms.push('stay');
  if (w.family > 0 && model.family[h] === m) terms.push('family');
  if (model.fit && w.fit > 0) {
    const M = model.municipalityCount;
    const f = model.fit[h * M + m] ?? 0;
    let best = 0;
    for (let j = 0; j < M; j++) if (eligible(model, h, j)) best = Math.max(best, model.fit[h * M + j] ?? 0);
    if (f > 0 && f >= best - 1e-9) terms.push('fit');
  }
  let preferred = false;
  for (let j = 0; j < model.municipalityCount && !preferred; j++) {
    if (j !== m && eligible(model, h, j) && softScore(model, h, j) > softScore(model, h, m) + 1e-9)
      preferred = true;
  }
  if (preferred || terms.length === 0) terms.push('capacity');
  return terms;
}

/** Why household h was left unplaced by a placement. */
export function unplacedReason(model: PlannerModel, h: number): UnplacedReason {
  const M = model.municipalityCount;
  const p = model.persons[h] ?? 0;
  const beds = model.beds[h] ?? 0;
  const acc = model.accessible[h] === 1;
  let anySize = false;
  let anyAccessible = false;
  let anyQuota = false;
  let anyAll = false;
  for (let m = 0; m < M; m++) {
    if (unitAvailable(model, beds, false, m) && p <= (model.places[m] ?? 0)) anySize = true;
    if (unitAvailable(model, beds, acc, m)) anyAccessible = true;
    if (p <= (model.quota[m] ?? 0)) anyQuota = true;
    if (eligible(model, h, m)) anyAll = true;
  }
  if (anyAll) return 'capacity_exhausted';
  if (!anySize) return 'larger_than_any_unit';
  if (acc && !anyAccessible) return 'no_accessible_unit';
  if (!anyQuota) return 'no_quota';
  return 'no_municipality_fits';
}

export interface PlanSummaryRow {
  m: number;
  quota: number;
  persons: number;
  households: number;
}

/** Persons and households proposed per municipality, against its remaining kommuntal. */
export function municipalitySummary(model: PlannerModel, assignment: Assignment): PlanSummaryRow[] {
  const rows: PlanSummaryRow[] = Array.from({ length: model.municipalityCount }, (_, m) => ({
    m,
    quota: model.quota[m] ?? 0,
    persons: 0,
    households: 0,
  }));
  assignment.forEach((m, h) => {
    const row = rows[m];
    if (!row) return;
    row.persons += model.persons[h] ?? 0;
    row.households++;
  });
  return rows;
}
