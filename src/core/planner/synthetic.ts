import type { PlannerHousehold, PlannerMunicipality } from './types';

/** Mulberry32: small, fast and deterministic, so demo data and benchmarks are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Household sizes of people arriving under the temporary-protection directive lean small
// (many single adults and parents with children); a tail of large families.
const SIZE_WEIGHTS: [number, number][] = [
  [1, 0.38],
  [2, 0.22],
  [3, 0.16],
  [4, 0.11],
  [5, 0.07],
  [6, 0.035],
  [7, 0.015],
  [8, 0.007],
  [9, 0.003],
];

function pickSize(random: () => number): number {
  let r = random();
  for (const [size, w] of SIZE_WEIGHTS) {
    r -= w;
    if (r < 0) return size;
  }
  return 1;
}

function pickWeighted<T>(items: T[], cumulative: number[], random: () => number): T {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const r = random() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return items[lo] as T;
}

export interface SyntheticOptions {
  municipalities: { code: string; name: string; population: number }[];
  households: number;
  seed: number;
  /** Total remaining kommuntal relative to the batch's persons (1 = exactly enough). */
  quotaRatio: number;
  /** Municipalities with fit scores per household (the rest score 0). */
  fitPerHousehold: number;
}

/**
 * A synthetic batch and municipality data: kommuntal proportional to population (largest
 * remainder), free places around the kommuntal (some municipalities short of housing), a
 * few large and accessible units, households that partly live in or have family in a
 * municipality (weighted by population) and labour-market fit for some municipalities.
 */
export function syntheticPlannerData(options: SyntheticOptions): {
  households: PlannerHousehold[];
  municipalities: PlannerMunicipality[];
} {
  const random = seededRandom(options.seed);
  const munis = options.municipalities;
  const cumulative: number[] = [];
  let acc = 0;
  for (const m of munis) {
    acc += m.population;
    cumulative.push(acc);
  }
  const households: PlannerHousehold[] = [];
  let persons = 0;
  for (let i = 0; i < options.households; i++) {
    const size = pickSize(random);
    persons += size;
    const adults = size === 1 ? 1 : Math.max(1, Math.min(size, 1 + Math.floor(random() * 2)));
    const fit: Record<string, number> = {};
    for (let k = 0; k < options.fitPerHousehold; k++) {
      const m = pickWeighted(munis, cumulative, random);
      fit[m.code] = Math.round(random() * 100) / 100;
    }
    const current = random() < 0.4 ? pickWeighted(munis, cumulative, random).code : null;
    const family = random() < 0.25 ? pickWeighted(munis, cumulative, random).code : null;
    households.push({
      id: `H${String(i + 1).padStart(5, '0')}`,
      persons: size,
      adults,
      children: size - adults,
      currentMunicipality: current,
      familyMunicipality: family,
      needsLarge: size < 5 && random() < 0.02,
      needsAccessible: random() < 0.03,
      fit,
    });
  }
  // Largest-remainder apportionment of the total kommuntal by population.
  const totalQuota = Math.round(persons * options.quotaRatio);
  const raw = munis.map((m) => (totalQuota * m.population) / acc);
  const quotas = raw.map(Math.floor);
  let left = totalQuota - quotas.reduce((a, b) => a + b, 0);
  const byRemainder = raw
    .map((r, i) => ({ i, rem: r - Math.floor(r) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    quotas[i] = (quotas[i] ?? 0) + 1;
    left--;
  }
  const municipalities = munis.map((m, i) => {
    const quota = quotas[i] ?? 0;
    // One in six municipalities is short of housing; the rest have some margin.
    const places = Math.round(quota * (random() < 0.17 ? 0.6 + random() * 0.3 : 1 + random() * 0.3));
    const large = Math.round((quota / 2.5) * 0.12 * (0.5 + random()));
    const accessible = Math.round((quota / 2.5) * 0.03 * (0.5 + random()));
    return {
      code: m.code,
      name: m.name,
      remainingQuota: quota,
      freePlaces: places,
      units: [
        { beds: 5, accessible: false, count: Math.round(large * 0.6) },
        { beds: 7, accessible: false, count: Math.round(large * 0.3) },
        { beds: 9, accessible: false, count: Math.round(large * 0.1) },
        { beds: 2, accessible: true, count: accessible },
        { beds: 5, accessible: true, count: Math.round(accessible * 0.3) },
      ],
    };
  });
  return { households, municipalities };
}
