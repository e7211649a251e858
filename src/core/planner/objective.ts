import { coefficient, type PlannerModel, type ResourceRow, resourceRows } from './model';
import type { Assignment } from './types';

export interface Violation {
  m: number;
  kind: ResourceRow['kind'];
  threshold: number;
  used: number;
  capacity: number;
}

export interface Evaluation {
  /** Σ c[h,m] over placed households (the solver's objective). */
  objective: number;
  placedPersons: number;
  placedHouseholds: number;
  /** Persons placed per municipality. */
  personsByMunicipality: Float64Array;
  /** Hard constraints the placement breaks; empty for a feasible placement. */
  violations: Violation[];
}

/** The objective value and feasibility of a placement, computed independently of any solver. */
export function evaluate(
  model: PlannerModel,
  assignment: Assignment,
  rows = resourceRows(model),
): Evaluation {
  let objective = 0;
  let placedPersons = 0;
  let placedHouseholds = 0;
  const personsByMunicipality = new Float64Array(model.municipalityCount);
  const byMunicipality: number[][] = Array.from({ length: model.municipalityCount }, () => []);
  for (let h = 0; h < model.householdCount; h++) {
    const m = assignment[h] ?? -1;
    if (m < 0) continue;
    objective += coefficient(model, h, m);
    placedPersons += model.persons[h] ?? 0;
    placedHouseholds++;
    personsByMunicipality[m] = (personsByMunicipality[m] ?? 0) + (model.persons[h] ?? 0);
    byMunicipality[m]?.push(h);
  }
  const violations: Violation[] = [];
  for (const row of rows) {
    let used = 0;
    for (const h of byMunicipality[row.m] ?? []) used += row.coefficient(h);
    if (used > row.capacity + 1e-9) {
      violations.push({ m: row.m, kind: row.kind, threshold: row.threshold, used, capacity: row.capacity });
    }
  }
  return { objective, placedPersons, placedHouseholds, personsByMunicipality, violations };
}

/** Relative gap in percent between an upper bound and an incumbent (0 when both are 0). */
export function gapPercent(bound: number, incumbent: number): number {
  if (bound <= 0) return 0;
  return Math.max(0, ((bound - incumbent) / bound) * 100);
}
