/**
 * Länstal and kommuntal: a yearly national total of persons to be assigned (anvisas) under
 * the settlement act (bosättningslagen 2016:38) is split into county numbers (länstal) and
 * each county number into municipal numbers (kommuntal).
 *
 * The model, in full:
 *
 * 1. Every factor gives each unit (a municipality, or a county as the sum of its
 *    municipalities) a non-negative *factor score*:
 *    - population: the population;
 *    - a factor with direction `+`: population × intensity, i.e. the factor's amount (for a
 *      count-based factor such as earlier reception that is simply the count);
 *    - a factor with direction `−`: population / (1 + intensity / k), where k is the
 *      population-weighted national mean intensity. A unit at the national mean counts half
 *      its population, one far above it little; k makes the formula free of units
 *      (percent or fraction, per inhabitant or per 1 000 give the same result).
 *    Intensities are per inhabitant: the labour-market indicator and the housing factor as
 *    given; earlier reception = (newcomers + unaccompanied minors received in the last
 *    N years) / population; asylum seekers = (asylum seekers in ABO + in EBO + persons with
 *    temporary protection) / population. A county's intensity is its population-weighted
 *    mean. A missing housing value counts as the national mean (neutral).
 * 2. A factor's share for a unit is its factor score over the sum of the scores of the
 *    units being apportioned among (the counties of the nation, or the municipalities of a
 *    county). If that sum is zero the factor falls back to population shares.
 * 3. A unit's share is the weighted mean of its factor shares (weights ≥ 0, not all zero;
 *    a factor that nobody has a value for — housing — is left out and the others carry
 *    the whole weight).
 * 4. Länstal: the national total is apportioned among counties by their shares, each
 *    county held at least floor × its number of municipalities; kommuntal: each länstal is
 *    apportioned among its municipalities, each held at least the floor. Both roundings
 *    are largest remainder (Hamilton), see apportion-hamilton.ts.
 *
 * Properties (property-tested): every sum is exact; floors hold; raising a factor's value
 * for one municipality raises its unrounded share for a `+` factor and lowers it for a `−`
 * factor (never the other way); a municipality whose population grows never loses share
 * within its county (its county's share can fall: growth at an intensity far above the
 * mean of a `−` factor raises the county's mean); the input order changes nothing.
 * Rounding can still move a municipality by one against the direction across the two
 * levels (Hamilton's Alabama paradox: a larger länstal can cost one unit a person), never
 * more.
 */
import { type ApportionUnit, largestRemainder } from './apportion-hamilton';

export const FACTOR_KEYS = ['labourMarket', 'earlierReception', 'asylumSeekers', 'housing'] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];
export type Direction = 1 | -1;

export interface FactorSetting {
  weight: number;
  direction: Direction;
}

export interface ApportionParams {
  /** Persons to assign in the year, nationally. Non-negative integer. */
  nationalTotal: number;
  /** Persons every municipality gets at least. Non-negative integer. */
  floor: number;
  /** Weight of population; its direction is always `+` (it is what the others scale). */
  populationWeight: number;
  factors: Record<FactorKey, FactorSetting>;
}

export interface MunicipalityInput {
  /** kommunkod, 4 digits. */
  code: string;
  /** länskod, 2 digits. */
  countyCode: string;
  /** Positive integer. */
  population: number;
  /** e.g. the employment rate (förvärvsfrekvens) in percent; any per-inhabitant scale. */
  labourMarket: number;
  /** Newcomers received in the last N years (persons). */
  newcomersReceived: number;
  /** Unaccompanied minors received in the last N years (persons). */
  minorsReceived: number;
  /** Asylum seekers living in agency housing (ABO). */
  asylumSeekersAbo: number;
  /** Asylum seekers arranging their own housing (EBO). */
  asylumSeekersEbo: number;
  /** Persons with temporary protection (massflyktsdirektivet) living there. */
  temporaryProtection: number;
  /** Optional housing factor, e.g. vacant dwellings per 1 000 inhabitants; null when unknown. */
  housing: number | null;
}

export interface ApportionIssue {
  /** Path of the offending field, e.g. "nationalTotal" or "municipalities.3.population". */
  path: string;
  /** An i18n field code (errors:field.*). */
  code: string;
  params?: Record<string, number | string>;
}

export interface CountyAllocation {
  countyCode: string;
  municipalities: number;
  population: number;
  /** The county's share of the national total, before floors. */
  share: number;
  /** Exact länstal after floors, before rounding. */
  quota: number;
  lanstal: number;
  floored: boolean;
}

export interface MunicipalityAllocation {
  code: string;
  countyCode: string;
  /** The municipality's share of the national total: county share × share within the county. */
  share: number;
  /** Its share within its county, before floors. */
  countyShare: number;
  /** Exact kommuntal after floors, before rounding. */
  quota: number;
  kommuntal: number;
  floored: boolean;
}

export type ApportionResult =
  | { ok: true; counties: CountyAllocation[]; municipalities: MunicipalityAllocation[] }
  | { ok: false; issues: ApportionIssue[] };

/** Defaults that follow the statutory factors: population and labour market count for, earlier reception and asylum seekers against. */
export const DEFAULT_FACTORS: Record<FactorKey, FactorSetting> = {
  labourMarket: { weight: 0.2, direction: 1 },
  earlierReception: { weight: 0.2, direction: -1 },
  asylumSeekers: { weight: 0.2, direction: -1 },
  housing: { weight: 0, direction: 1 },
};

const isCount = (v: number) => Number.isInteger(v) && v >= 0;
const isAmount = (v: number) => Number.isFinite(v) && v >= 0;

export function validateParams(params: ApportionParams): ApportionIssue[] {
  const issues: ApportionIssue[] = [];
  if (!isCount(params.nationalTotal))
    issues.push({ path: 'nationalTotal', code: 'not_non_negative_integer' });
  if (!isCount(params.floor)) issues.push({ path: 'floor', code: 'not_non_negative_integer' });
  if (!isAmount(params.populationWeight)) issues.push({ path: 'populationWeight', code: 'weight_invalid' });
  let weights = isAmount(params.populationWeight) ? params.populationWeight : 0;
  for (const key of FACTOR_KEYS) {
    const f = params.factors[key];
    if (!f || !isAmount(f.weight)) issues.push({ path: `factors.${key}.weight`, code: 'weight_invalid' });
    else weights += f.weight;
    if (f && f.direction !== 1 && f.direction !== -1)
      issues.push({ path: `factors.${key}.direction`, code: 'invalid_value' });
  }
  if (issues.length === 0 && weights <= 0)
    issues.push({ path: 'populationWeight', code: 'weights_all_zero' });
  return issues;
}

export function validateMunicipalities(rows: readonly MunicipalityInput[]): ApportionIssue[] {
  const issues: ApportionIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((m, i) => {
    const at = (field: string) => `municipalities.${i}.${field}`;
    if (!/^\d{4}$/.test(m.code)) issues.push({ path: at('code'), code: 'invalid_value' });
    else if (seen.has(m.code))
      issues.push({ path: at('code'), code: 'duplicate', params: { value: m.code } });
    seen.add(m.code);
    if (!/^\d{2}$/.test(m.countyCode)) issues.push({ path: at('countyCode'), code: 'invalid_value' });
    if (!Number.isInteger(m.population) || m.population <= 0)
      issues.push({ path: at('population'), code: 'not_positive_integer' });
    for (const field of [
      'newcomersReceived',
      'minorsReceived',
      'asylumSeekersAbo',
      'asylumSeekersEbo',
      'temporaryProtection',
    ] as const) {
      if (!isCount(m[field])) issues.push({ path: at(field), code: 'not_non_negative_integer' });
    }
    if (!isAmount(m.labourMarket)) issues.push({ path: at('labourMarket'), code: 'not_non_negative' });
    if (m.housing !== null && !isAmount(m.housing))
      issues.push({ path: at('housing'), code: 'not_non_negative' });
  });
  if (rows.length === 0) issues.push({ path: 'municipalities', code: 'required' });
  return issues;
}

/** Per-inhabitant intensity of each factor for one unit. */
type Intensities = Record<FactorKey, number | null>;

interface Unit {
  key: string;
  population: number;
  intensity: Intensities;
}

function intensitiesOf(m: MunicipalityInput): Intensities {
  return {
    labourMarket: m.labourMarket,
    earlierReception: (m.newcomersReceived + m.minorsReceived) / m.population,
    asylumSeekers: (m.asylumSeekersAbo + m.asylumSeekersEbo + m.temporaryProtection) / m.population,
    housing: m.housing,
  };
}

/** Population-weighted mean intensity per factor over `units` (null: nobody has a value). */
function weightedMeans(units: readonly Unit[]): Intensities {
  const means = {} as Intensities;
  for (const key of FACTOR_KEYS) {
    let amount = 0;
    let population = 0;
    for (const u of units) {
      const x = u.intensity[key];
      if (x === null) continue;
      amount += u.population * x;
      population += u.population;
    }
    means[key] = population > 0 ? amount / population : null;
  }
  return means;
}

function factorScore(u: Unit, key: FactorKey, setting: FactorSetting, reference: number): number {
  const x = u.intensity[key] ?? reference;
  if (setting.direction === 1) return u.population * x;
  return reference > 0 ? u.population / (1 + x / reference) : u.population;
}

/**
 * Combined share of each unit among `units` (sorted by key, so sums are order-free).
 * `reference` holds the national means that make `−` factors unit-free.
 */
function shares(units: readonly Unit[], params: ApportionParams, reference: Intensities): number[] {
  const combined = units.map(() => 0);
  let totalWeight = 0;
  const add = (scores: number[], weight: number) => {
    let sum = 0;
    for (const s of scores) sum += s;
    const population = units.reduce((s, u) => s + u.population, 0);
    scores.forEach((s, i) => {
      const share = sum > 0 ? s / sum : (units[i]?.population ?? 0) / population;
      combined[i] = (combined[i] ?? 0) + weight * share;
    });
    totalWeight += weight;
  };
  if (params.populationWeight > 0)
    add(
      units.map((u) => u.population),
      params.populationWeight,
    );
  for (const key of FACTOR_KEYS) {
    const setting = params.factors[key];
    const ref = reference[key];
    if (setting.weight <= 0 || ref === null) continue;
    add(
      units.map((u) => factorScore(u, key, setting, ref)),
      setting.weight,
    );
  }
  return combined.map((c) => c / totalWeight);
}

function issueFor(code: string, floors: number, total: number): ApportionIssue {
  return { path: 'nationalTotal', code, params: { floors, total } };
}

/**
 * Computes länstal and kommuntal. Invalid parameters or inputs, and floors that add up to
 * more than the total, come back as issues with field paths; nothing is thrown.
 */
export function apportion(
  params: ApportionParams,
  municipalities: readonly MunicipalityInput[],
): ApportionResult {
  const issues = [...validateParams(params), ...validateMunicipalities(municipalities)];
  if (issues.length > 0) return { ok: false, issues };
  if (params.floor * municipalities.length > params.nationalTotal) {
    return {
      ok: false,
      issues: [issueFor('floors_exceed_total', params.floor * municipalities.length, params.nationalTotal)],
    };
  }

  const sorted = [...municipalities].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const munUnits: Unit[] = sorted.map((m) => ({
    key: m.code,
    population: m.population,
    intensity: intensitiesOf(m),
  }));
  const reference = weightedMeans(munUnits);
  // A missing housing value is neutral: the national mean.
  for (const u of munUnits) if (u.intensity.housing === null) u.intensity.housing = reference.housing;

  const byCounty = new Map<string, { rows: MunicipalityInput[]; units: Unit[] }>();
  sorted.forEach((m, i) => {
    const group = byCounty.get(m.countyCode) ?? { rows: [], units: [] };
    group.rows.push(m);
    group.units.push(munUnits[i] as Unit);
    byCounty.set(m.countyCode, group);
  });
  const countyCodes = [...byCounty.keys()].sort();
  const countyUnits: Unit[] = countyCodes.map((code) => {
    const units = byCounty.get(code)?.units ?? [];
    return {
      key: code,
      population: units.reduce((s, u) => s + u.population, 0),
      intensity: weightedMeans(units),
    };
  });
  const countyShares = shares(countyUnits, params, reference);
  const countyResult = largestRemainder(
    params.nationalTotal,
    countyUnits.map(
      (c, i): ApportionUnit => ({
        key: c.key,
        score: countyShares[i] ?? 0,
        floor: params.floor * (byCounty.get(c.key)?.rows.length ?? 0),
      }),
    ),
  );
  if (!countyResult.ok)
    return { ok: false, issues: [issueFor(countyResult.code, countyResult.floors, countyResult.total)] };

  const counties: CountyAllocation[] = [];
  const result: MunicipalityAllocation[] = [];
  countyUnits.forEach((c, ci) => {
    const allocated = countyResult.units.find((u) => u.key === c.key);
    const group = byCounty.get(c.key);
    if (!allocated || !group) return;
    const countyShare = countyShares[ci] ?? 0;
    counties.push({
      countyCode: c.key,
      municipalities: group.rows.length,
      population: c.population,
      share: countyShare,
      quota: allocated.quota,
      lanstal: allocated.seats,
      floored: allocated.floored,
    });
    const within = shares(group.units, params, reference);
    const munResult = largestRemainder(
      allocated.seats,
      group.units.map((u, i) => ({ key: u.key, score: within[i] ?? 0, floor: params.floor })),
    );
    // Cannot fail: the county's floor is the sum of its municipalities' floors.
    if (!munResult.ok) throw new Error('county floor below its municipalities’ floors');
    group.rows.forEach((m, i) => {
      const r = munResult.units[i];
      if (!r) return;
      result.push({
        code: m.code,
        countyCode: m.countyCode,
        share: countyShare * (within[i] ?? 0),
        countyShare: within[i] ?? 0,
        quota: r.quota,
        kommuntal: r.seats,
        floored: r.floored,
      });
    });
  });
  result.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { ok: true, counties, municipalities: result };
}
