/**
 * Integer apportionment by largest remainder (Hamilton's method) with a floor per unit.
 *
 * Why floors are handled before rounding: a floor that is applied after rounding would
 * have to take persons from someone, and the result would depend on whom. Here a unit
 * whose exact quota falls below its floor is fixed at the floor, the rest of the total is
 * shared again among the others in proportion to their scores, and this repeats until no
 * one left falls below (the "water-filling" solution: every unit gets max(floor, λ·score)
 * for one λ). Only then are the remaining units rounded, so the result always sums to the
 * total exactly and every floored unit gets exactly its floor.
 *
 * Deterministic whatever the input order: units are sorted by key before any arithmetic,
 * so every floating-point sum is taken in the same order, and equal remainders go to the
 * larger score first, then to the smaller key.
 */

export interface ApportionUnit {
  key: string;
  /** Non-negative; only the ratios between units matter. */
  score: number;
  /** Non-negative integer: the unit gets at least this many. */
  floor: number;
}

export interface ApportionedUnit {
  key: string;
  /** The exact share of the total, after floors (not rounded). */
  quota: number;
  /** The integer result. */
  seats: number;
  /** True when the unit was held up at its floor. */
  floored: boolean;
}

export type HamiltonResult =
  | { ok: true; units: ApportionedUnit[] }
  | { ok: false; code: 'floors_exceed_total'; floors: number; total: number };

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function exactQuotas(total: number, pool: readonly ApportionUnit[]): number[] {
  let sum = 0;
  for (const u of pool) sum += u.score;
  // All scores zero: nobody is preferred, so the pool shares equally.
  if (sum <= 0) return pool.map(() => total / pool.length);
  return pool.map((u) => (total * u.score) / sum);
}

/**
 * Apportions `total` (a non-negative integer) among `units`. Infeasible when the floors
 * add up to more than the total; that is an explicit result, never a silent cut.
 */
export function largestRemainder(total: number, units: readonly ApportionUnit[]): HamiltonResult {
  const sorted = [...units].sort(byKey);
  const floors = sorted.reduce((s, u) => s + u.floor, 0);
  if (floors > total) return { ok: false, code: 'floors_exceed_total', floors, total };
  if (sorted.length === 0) return { ok: true, units: [] };

  const fixed = new Set<string>();
  let pool = sorted;
  let remaining = total;
  let quotas = exactQuotas(remaining, pool);
  for (;;) {
    const below = pool.filter((u, i) => (quotas[i] ?? 0) < u.floor);
    if (below.length === 0) break;
    for (const u of below) {
      fixed.add(u.key);
      remaining -= u.floor;
    }
    pool = pool.filter((u) => !fixed.has(u.key));
    // Feasibility guarantees someone is left: the pool's quotas add up to `remaining`,
    // so they cannot all lie below floors that add up to no more than it.
    if (pool.length === 0) break;
    quotas = exactQuotas(remaining, pool);
  }

  const seats = new Map<string, number>();
  const quotaOf = new Map<string, number>();
  for (const u of sorted) {
    if (fixed.has(u.key)) {
      seats.set(u.key, u.floor);
      quotaOf.set(u.key, u.floor);
    }
  }
  const ranked = pool.map((u, i) => {
    const q = quotas[i] ?? 0;
    // max() guards against a quota like 6.999999999 for a floor of 7 after float division.
    const base = Math.max(u.floor, Math.floor(q));
    quotaOf.set(u.key, q);
    seats.set(u.key, base);
    return { unit: u, base, remainder: q - Math.floor(q) };
  });
  let leftover = remaining - ranked.reduce((s, r) => s + r.base, 0);
  ranked.sort((a, b) => b.remainder - a.remainder || b.unit.score - a.unit.score || byKey(a.unit, b.unit));
  for (const r of ranked) {
    if (leftover <= 0) break;
    seats.set(r.unit.key, r.base + 1);
    leftover -= 1;
  }
  // Float noise can leave a seat over only when every remainder is ~1; hand them round again.
  for (let i = 0; leftover > 0 && ranked.length > 0; i = (i + 1) % ranked.length) {
    const key = ranked[i]?.unit.key ?? '';
    seats.set(key, (seats.get(key) ?? 0) + 1);
    leftover -= 1;
  }

  return {
    ok: true,
    units: sorted.map((u) => ({
      key: u.key,
      quota: quotaOf.get(u.key) ?? 0,
      seats: seats.get(u.key) ?? 0,
      floored: fixed.has(u.key),
    })),
  };
}
