import type { PlannerInput, PlannerWeights } from './types';

/**
 * The planner's integer program in compact form, shared by the solver, the greedy
 * baseline, brute force and the objective function, so all of them judge a placement by
 * the same rules.
 *
 *   maximise   Σ c[h,m] x[h,m],  c[h,m] = person·p_h + stay·[m = current_h]
 *                                          + family·[m = family_h] + fit·f[h,m]
 *   subject to Σ_m x[h,m] ≤ 1                            (each household whole, at most once)
 *              Σ_h p_h x[h,m] ≤ remaining kommuntal_m      (quota)
 *              Σ_h p_h x[h,m] ≤ free places_m              (housing)
 *              Σ_{h: beds_h ≥ t} x[h,m] ≤ units_m(beds ≥ t)            for each size threshold t
 *              Σ_{h accessible, beds_h ≥ t} x[h,m] ≤ accessible units_m(beds ≥ t), t ∈ {0} ∪ T
 *              x binary
 *
 * `beds_h` is what one unit must hold for a household that needs a large dwelling. The size
 * thresholds are nested, so for households needing only size the capacities are exactly
 * Hall's condition for fitting them into units; combining size and accessibility the rows
 * are necessary conditions (a municipality still matches households to its own units).
 */
export interface PlannerModel {
  householdCount: number;
  municipalityCount: number;
  persons: Int32Array;
  /** Municipality index or -1. */
  current: Int32Array;
  family: Int32Array;
  /** Beds one unit must have (0 when the household has no large-dwelling need). */
  beds: Int32Array;
  accessible: Uint8Array;
  /** Dense h·M + m fit in [0, 1], or null when no household has fit scores. */
  fit: Float32Array | null;
  weights: PlannerWeights;
  /** Household class (distinct beds × accessible); the resource rows a column uses depend only on it. */
  householdClass: Int32Array;
  classes: { beds: number; accessible: boolean }[];
  quota: Float64Array;
  places: Float64Array;
  /** Size thresholds T (ascending). */
  thresholds: number[];
  /** [m·T + i] units with beds ≥ thresholds[i]. */
  unitsAtLeast: Float64Array;
  /** [m·(T+1) + i] accessible units with beds ≥ ([0, ...T])[i]. */
  accessibleAtLeast: Float64Array;
}

/** Builds the compact model; expects validated input (see validate.ts). */
export function buildModel(input: PlannerInput): PlannerModel {
  const { households, municipalities, weights } = input;
  const H = households.length;
  const M = municipalities.length;
  const index = new Map(municipalities.map((m, i) => [m.code, i]));
  const persons = new Int32Array(H);
  const current = new Int32Array(H).fill(-1);
  const family = new Int32Array(H).fill(-1);
  const beds = new Int32Array(H);
  const accessible = new Uint8Array(H);
  const hasFit = households.some((h) => h.fit && Object.keys(h.fit).length > 0);
  const fit = hasFit ? new Float32Array(H * M) : null;
  const classKey = new Map<string, number>();
  const classes: { beds: number; accessible: boolean }[] = [];
  const householdClass = new Int32Array(H);
  households.forEach((h, i) => {
    persons[i] = h.persons;
    current[i] = h.currentMunicipality ? (index.get(h.currentMunicipality) ?? -1) : -1;
    family[i] = h.familyMunicipality ? (index.get(h.familyMunicipality) ?? -1) : -1;
    const large = h.needsLarge === true || h.persons >= weights.largeFrom;
    beds[i] = large ? Math.max(h.persons, weights.largeFrom) : 0;
    accessible[i] = h.needsAccessible ? 1 : 0;
    if (fit && h.fit) {
      for (const [code, score] of Object.entries(h.fit)) {
        const m = index.get(code);
        if (m !== undefined) fit[i * M + m] = score;
      }
    }
    const key = `${beds[i]}:${accessible[i]}`;
    let c = classKey.get(key);
    if (c === undefined) {
      c = classes.length;
      classKey.set(key, c);
      classes.push({ beds: beds[i] ?? 0, accessible: accessible[i] === 1 });
    }
    householdClass[i] = c;
  });
  const thresholds = [...new Set(Array.from(beds).filter((b) => b > 0))].sort((a, b) => a - b);
  const T = thresholds.length;
  const quota = new Float64Array(M);
  const places = new Float64Array(M);
  const unitsAtLeast = new Float64Array(M * T);
  const accessibleAtLeast = new Float64Array(M * (T + 1));
  municipalities.forEach((m, j) => {
    quota[j] = m.remainingQuota;
    places[j] = m.freePlaces;
    for (const u of m.units) {
      thresholds.forEach((t, i) => {
        if (u.beds >= t) unitsAtLeast[j * T + i] = (unitsAtLeast[j * T + i] ?? 0) + u.count;
      });
      if (u.accessible) {
        [0, ...thresholds].forEach((t, i) => {
          if (u.beds >= t)
            accessibleAtLeast[j * (T + 1) + i] = (accessibleAtLeast[j * (T + 1) + i] ?? 0) + u.count;
        });
      }
    }
  });
  return {
    householdCount: H,
    municipalityCount: M,
    persons,
    current,
    family,
    beds,
    accessible,
    fit,
    weights,
    householdClass,
    classes,
    quota,
    places,
    thresholds,
    unitsAtLeast,
    accessibleAtLeast,
  };
}

/** The objective coefficient of placing household h in municipality m. */
export function coefficient(model: PlannerModel, h: number, m: number): number {
  const w = model.weights;
  let c = w.person * (model.persons[h] ?? 0);
  if (model.current[h] === m) c += w.stay;
  if (model.family[h] === m) c += w.family;
  if (model.fit) c += w.fit * (model.fit[h * model.municipalityCount + m] ?? 0);
  return c;
}

/** The soft part of the coefficient alone (what decides between municipalities). */
export function softScore(model: PlannerModel, h: number, m: number): number {
  return coefficient(model, h, m) - model.weights.person * (model.persons[h] ?? 0);
}

/**
 * Whether household h could go to m if it were the only household: enough kommuntal,
 * places and a suitable unit. Pairs that fail this are left out of the model entirely;
 * doing so does not change the integer optimum.
 */
export function eligible(model: PlannerModel, h: number, m: number): boolean {
  const p = model.persons[h] ?? 0;
  if (p > (model.quota[m] ?? 0) || p > (model.places[m] ?? 0)) return false;
  return unitAvailable(model, model.beds[h] ?? 0, model.accessible[h] === 1, m);
}

/** Whether m has a free unit with at least `beds` beds (and accessible, if asked). */
export function unitAvailable(model: PlannerModel, beds: number, accessible: boolean, m: number): boolean {
  const T = model.thresholds.length;
  const ti = beds > 0 ? model.thresholds.indexOf(beds) : -1;
  if (ti >= 0 && (model.unitsAtLeast[m * T + ti] ?? 0) < 1) return false;
  if (accessible && (model.accessibleAtLeast[m * (T + 1) + ti + 1] ?? 0) < 1) return false;
  return true;
}

/** A resource row of one municipality: its capacity and which households draw on it. */
export interface ResourceRow {
  m: number;
  kind: 'quota' | 'places' | 'units' | 'accessible';
  /** For units/accessible rows: the bed threshold. */
  threshold: number;
  capacity: number;
  /** Coefficient of household h's column in this row (0 when it does not draw on it). */
  coefficient: (h: number) => number;
}

/** Every resource row of the model, in a fixed order (municipality by municipality). */
export function resourceRows(model: PlannerModel): ResourceRow[] {
  const rows: ResourceRow[] = [];
  const T = model.thresholds.length;
  const personsOf = (h: number) => model.persons[h] ?? 0;
  for (let m = 0; m < model.municipalityCount; m++) {
    rows.push({ m, kind: 'quota', threshold: 0, capacity: model.quota[m] ?? 0, coefficient: personsOf });
    rows.push({ m, kind: 'places', threshold: 0, capacity: model.places[m] ?? 0, coefficient: personsOf });
    model.thresholds.forEach((t, i) => {
      rows.push({
        m,
        kind: 'units',
        threshold: t,
        capacity: model.unitsAtLeast[m * T + i] ?? 0,
        coefficient: (h) => ((model.beds[h] ?? 0) >= t ? 1 : 0),
      });
    });
    [0, ...model.thresholds].forEach((t, i) => {
      rows.push({
        m,
        kind: 'accessible',
        threshold: t,
        capacity: model.accessibleAtLeast[m * (T + 1) + i] ?? 0,
        coefficient: (h) => (model.accessible[h] === 1 && (model.beds[h] ?? 0) >= t ? 1 : 0),
      });
    });
  }
  return rows;
}
