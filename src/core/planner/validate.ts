import type { PlannerHousehold, PlannerInput, PlannerIssue } from './types';

const nonNegativeInteger = (n: number) => Number.isInteger(n) && n >= 0;

/**
 * Input errors that make planning meaningless (negative kommuntal, a household of zero
 * persons, duplicate references, fit outside [0, 1], invalid weights). Every issue is
 * listed, so a whole upload can be corrected at once. A household that merely refers to a
 * municipality outside the plan is not an input error: it is left unplaced and explained
 * (see `unknownReferences`).
 */
export function validateInput(input: PlannerInput): PlannerIssue[] {
  const issues: PlannerIssue[] = [];
  const w = input.weights;
  for (const key of ['person', 'stay', 'family', 'fit'] as const) {
    if (!Number.isFinite(w[key]) || w[key] < 0)
      issues.push({ path: ['weights', key], code: 'invalid_weight', value: w[key] });
  }
  if (!Number.isInteger(w.largeFrom) || w.largeFrom < 1) {
    issues.push({ path: ['weights', 'largeFrom'], code: 'invalid_weight', value: w.largeFrom });
  }
  const codes = new Set<string>();
  input.municipalities.forEach((m, i) => {
    if (codes.has(m.code))
      issues.push({ path: ['municipalities', i, 'code'], code: 'duplicate_municipality', value: m.code });
    codes.add(m.code);
    if (!Number.isFinite(m.remainingQuota) || m.remainingQuota < 0) {
      issues.push({
        path: ['municipalities', i, 'remainingQuota'],
        code: 'negative_quota',
        value: m.remainingQuota,
      });
    }
    if (!Number.isFinite(m.freePlaces) || m.freePlaces < 0) {
      issues.push({
        path: ['municipalities', i, 'freePlaces'],
        code: 'negative_places',
        value: m.freePlaces,
      });
    }
    m.units.forEach((u, j) => {
      if (!nonNegativeInteger(u.count) || !Number.isInteger(u.beds) || u.beds < 1) {
        issues.push({ path: ['municipalities', i, 'units', j], code: 'invalid_units' });
      }
    });
  });
  const ids = new Set<string>();
  input.households.forEach((h, i) => {
    if (ids.has(h.id))
      issues.push({ path: ['households', i, 'id'], code: 'duplicate_household', value: h.id });
    ids.add(h.id);
    if (!Number.isInteger(h.persons) || h.persons < 1) {
      issues.push({ path: ['households', i, 'persons'], code: 'invalid_persons', value: h.persons });
    } else if (
      !nonNegativeInteger(h.adults) ||
      !nonNegativeInteger(h.children) ||
      h.adults + h.children !== h.persons
    ) {
      issues.push({ path: ['households', i, 'adults'], code: 'composition_mismatch', value: h.persons });
    }
    for (const [code, score] of Object.entries(h.fit ?? {})) {
      if (!codes.has(code))
        issues.push({ path: ['households', i, 'fit', code], code: 'unknown_municipality', value: code });
      else if (!(score >= 0 && score <= 1)) {
        issues.push({ path: ['households', i, 'fit', code], code: 'fit_out_of_range', value: score });
      }
    }
  });
  return issues;
}

/** Households whose current or family municipality is not among the planned ones. */
export function unknownReferences(input: PlannerInput): Map<number, string> {
  const codes = new Set(input.municipalities.map((m) => m.code));
  const unknown = new Map<number, string>();
  input.households.forEach((h: PlannerHousehold, i) => {
    for (const code of [h.currentMunicipality, h.familyMunicipality]) {
      if (code && !codes.has(code) && !unknown.has(i)) unknown.set(i, code);
    }
  });
  return unknown;
}
