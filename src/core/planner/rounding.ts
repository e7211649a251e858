import { fits, fullResidual, take } from './capacity';
import { coefficient, type PlannerModel } from './model';
import type { Assignment } from './types';

/**
 * Turns the LP relaxation's solution into a feasible placement. The LP already places
 * almost every household whole (a basic solution has at most as many fractional households
 * as binding resource rows), so: keep its whole placements, then fill the rest household by
 * household where the LP wanted them most, then improve by single moves. On a national
 * batch this lands within a few thousandths of a percent of the LP bound, without branching.
 *
 * `lp` lists (household, municipality, value) for the LP's columns with a positive value.
 */
export function roundLpSolution(
  model: PlannerModel,
  lp: { household: number; municipality: number; value: number }[],
): Assignment {
  const H = model.householdCount;
  const M = model.municipalityCount;
  const residual = fullResidual(model);
  const assignment = new Int32Array(H).fill(-1);
  const share = new Float64Array(H);
  const wanted: { m: number; value: number }[][] = Array.from({ length: H }, () => []);
  for (const c of lp) {
    share[c.household] = (share[c.household] ?? 0) + c.value;
    wanted[c.household]?.push({ m: c.municipality, value: c.value });
  }
  // Whole placements of an LP-feasible solution fit together: their use of every row is at
  // most the LP's. `fits` is still asked, so rounding noise can never break a row.
  for (const c of lp) {
    if (
      c.value > 1 - 1e-6 &&
      assignment[c.household] === -1 &&
      fits(model, residual, c.household, c.municipality)
    ) {
      assignment[c.household] = c.municipality;
      take(model, residual, c.household, c.municipality);
    }
  }
  // The rest: those the LP placed most of first, larger households before smaller (harder
  // to fit), each to the LP's choice if it fits, otherwise to its best municipality that fits.
  const rest = Array.from({ length: H }, (_, h) => h)
    .filter((h) => assignment[h] === -1)
    .sort(
      (a, b) =>
        (share[b] ?? 0) - (share[a] ?? 0) || (model.persons[b] ?? 0) - (model.persons[a] ?? 0) || a - b,
    );
  for (const h of rest) {
    const choices = (wanted[h] ?? []).sort((a, b) => b.value - a.value || a.m - b.m);
    let placed = false;
    for (const { m } of choices) {
      if (fits(model, residual, h, m)) {
        assignment[h] = m;
        take(model, residual, h, m);
        placed = true;
        break;
      }
    }
    if (!placed) {
      const m = bestFit(model, residual, h, M, Number.NEGATIVE_INFINITY);
      if (m >= 0) {
        assignment[h] = m;
        take(model, residual, h, m);
      }
    }
  }
  improve(model, residual, assignment);
  if (eject(model, residual, assignment)) improve(model, residual, assignment);
  return assignment;
}

/**
 * Places households still left out by moving one placed household elsewhere to make room:
 * household g leaves m for m', h takes m, kept when the objective rises (it places h's
 * persons, so it almost always does). This is what single moves cannot do and what the
 * branching would otherwise find. Bounded work, so a national batch stays quick.
 */
function eject(
  model: PlannerModel,
  residual: ReturnType<typeof fullResidual>,
  assignment: Assignment,
): boolean {
  const H = model.householdCount;
  const M = model.municipalityCount;
  const members: number[][] = Array.from({ length: M }, () => []);
  for (let h = 0; h < H; h++) {
    const m = assignment[h] ?? -1;
    if (m >= 0) members[m]?.push(h);
  }
  const byPersons = (a: number, b: number) => (model.persons[a] ?? 0) - (model.persons[b] ?? 0) || a - b;
  for (const list of members) list.sort(byPersons);
  let budget = 20_000_000;
  let changed = false;
  const unplaced = Array.from({ length: H }, (_, h) => h)
    .filter((h) => assignment[h] === -1)
    .sort((a, b) => byPersons(b, a));
  for (const h of unplaced) {
    if (budget <= 0) break;
    const p = model.persons[h] ?? 0;
    let done = false;
    for (let m = 0; m < M && !done && budget > 0; m++) {
      if (p > (model.quota[m] ?? 0) || p > (model.places[m] ?? 0)) continue;
      const shortfall = p - Math.min(residual.quota[m] ?? 0, residual.places[m] ?? 0);
      const list = members[m] ?? [];
      let tried = 0;
      for (let i = 0; i < list.length && tried < 4 && !done; i++) {
        const g = list[i] ?? -1;
        if ((model.persons[g] ?? 0) < shortfall) continue;
        tried++;
        take(model, residual, g, m, -1);
        budget -= 1;
        if (fits(model, residual, h, m)) {
          take(model, residual, h, m);
          const base = coefficient(model, h, m) - coefficient(model, g, m);
          for (let to = 0; to < M; to++) {
            budget -= 1;
            if (to === m || base + coefficient(model, g, to) <= 1e-9) continue;
            if (fits(model, residual, g, to)) {
              take(model, residual, g, to);
              assignment[g] = to;
              assignment[h] = m;
              list.splice(i, 1);
              members[to]?.push(g);
              members[m]?.push(h);
              members[to]?.sort(byPersons);
              list.sort(byPersons);
              done = true;
              changed = true;
              break;
            }
          }
          if (!done) take(model, residual, h, m, -1);
        }
        if (!done) take(model, residual, g, m);
      }
    }
  }
  return changed;
}

/** The municipality with the highest coefficient above `floor` that fits h now, or -1. */
function bestFit(
  model: PlannerModel,
  residual: ReturnType<typeof fullResidual>,
  h: number,
  M: number,
  floor: number,
): number {
  let best = -1;
  let bestC = floor;
  for (let m = 0; m < M; m++) {
    const c = coefficient(model, h, m);
    if (c > bestC + 1e-12 && fits(model, residual, h, m)) {
      best = m;
      bestC = c;
    }
  }
  return best;
}

/** Moves a household wherever it scores higher and fits, and places whoever now fits, until nothing changes. */
function improve(model: PlannerModel, residual: ReturnType<typeof fullResidual>, assignment: Assignment) {
  const H = model.householdCount;
  const M = model.municipalityCount;
  for (let pass = 0; pass < 5; pass++) {
    let changed = false;
    for (let h = 0; h < H; h++) {
      const from = assignment[h] ?? -1;
      if (from >= 0) take(model, residual, h, from, -1);
      const floor = from >= 0 ? coefficient(model, h, from) : Number.NEGATIVE_INFINITY;
      const to = bestFit(model, residual, h, M, floor);
      if (to >= 0 && to !== from) {
        assignment[h] = to;
        take(model, residual, h, to);
        changed = true;
      } else if (from >= 0) take(model, residual, h, from);
    }
    if (!changed) break;
  }
}
