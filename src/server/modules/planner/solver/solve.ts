import type { Highs, HighsCallbackMap, Model } from 'highs';
import { greedyAssignment } from '../../../../core/planner/greedy';
import { coefficient, type PlannerModel, unitAvailable } from '../../../../core/planner/model';
import { evaluate, gapPercent } from '../../../../core/planner/objective';
import { roundLpSolution } from '../../../../core/planner/rounding';

/**
 * Solves the planner's integer program with HiGHS and proves how far the answer can be
 * from the best possible.
 *
 * Large batches (12 000 households × 290 municipalities is 3.5 million pairs) are solved by
 * column generation: the LP starts with each household's few most preferred municipalities,
 * and every round prices all pairs with the LP's duals y and adds those with positive
 * reduced cost. Whatever the candidates, the pricing pass yields a bound valid for the full
 * problem by weak duality:
 *
 *   z* ≤ Σ_r cap_r·y_r + Σ_h max(0, max_m (c[h,m] − a[h,m]ᵀy))      (y ≥ 0)
 *
 * When no pair has positive reduced cost this is the full LP optimum. The LP solution is
 * then rounded (core/planner/rounding.ts: keep its whole placements, fill the rest, improve by
 * single moves); any feasible placement satisfies incumbent ≤ z* ≤ bound, so when rounding is
 * already within the target gap a large batch stops there. Otherwise the integer program is
 * solved over the generated columns with the time left, started from the best placement so
 * far, and stopped once within the target. Small batches skip the restriction: every pair is
 * a column, the MIP always runs and its own bound is valid too, which proves optimality.
 */

export type SolvePhase = 'greedy' | 'lp' | 'mip' | 'done';

export interface SolveProgress {
  phase: SolvePhase;
  elapsedS: number;
  iteration: number;
  columns: number;
  incumbent: number | null;
  bound: number | null;
  gapPct: number | null;
}

export interface SolveOptions {
  /** Wall-clock limit for the whole solve, seconds. */
  timeLimitS: number;
  /** Relative MIP gap at which HiGHS may stop (0 = prove optimality). */
  mipRelGap: number;
  /** Stop the MIP once the incumbent is within this many percent of the full-problem bound. */
  targetGapPct: number;
  /** Up to this many eligible pairs, every pair is a column from the start. */
  fullColumnLimit: number;
  /** Initial candidates per household in the restricted LP. */
  initialCandidates: number;
  /** Columns added per household per pricing round. */
  addPerRound: number;
  maxRounds: number;
}

export const defaultSolveOptions: SolveOptions = {
  timeLimitS: 60,
  mipRelGap: 1e-4,
  targetGapPct: 0.05,
  fullColumnLimit: 200_000,
  initialCandidates: 4,
  addPerRound: 2,
  maxRounds: 60,
};

export type SolveStatus = 'optimal' | 'gap_limit' | 'time_limit' | 'greedy_fallback';

export interface SolveOutcome {
  assignment: Int32Array;
  objective: number;
  bound: number;
  gapPct: number;
  /** Whether the gap is zero up to rounding: the placement is proven optimal. */
  proven: boolean;
  status: SolveStatus;
  greedyObjective: number;
  greedyAssignment: Int32Array;
  /** Whether every pair was a column from the start (no pricing needed). */
  fullColumns: boolean;
  eligiblePairs: number;
  columns: number;
  /** LP solves, each followed by a pricing pass over every pair. */
  pricingRounds: number;
  lpObjective: number;
  seconds: { greedy: number; lp: number; round: number; mip: number; total: number };
}

interface Rows {
  count: number;
  upper: number[];
  /** Row of municipality m's persons (min of remaining kommuntal and free places), or -1. */
  persons: Int32Array;
  /** Row per m·T + i for the size threshold i, or -1 when it can never bind. */
  units: Int32Array;
  accessible: Int32Array;
}

function buildRows(model: PlannerModel): Rows {
  const H = model.householdCount;
  const M = model.municipalityCount;
  const T = model.thresholds.length;
  const upper: number[] = new Array(H).fill(1);
  let totalPersons = 0;
  const atLeast = new Array(T).fill(0);
  const accessibleAtLeast = new Array(T + 1).fill(0);
  for (let h = 0; h < H; h++) {
    totalPersons += model.persons[h] ?? 0;
    const b = model.beds[h] ?? 0;
    model.thresholds.forEach((t, i) => {
      if (b >= t) atLeast[i]++;
    });
    if (model.accessible[h] === 1) {
      accessibleAtLeast[0]++;
      model.thresholds.forEach((t, i) => {
        if (b >= t) accessibleAtLeast[i + 1]++;
      });
    }
  }
  const persons = new Int32Array(M).fill(-1);
  const units = new Int32Array(M * T).fill(-1);
  const accessible = new Int32Array(M * (T + 1)).fill(-1);
  // A row whose capacity covers every household that could draw on it never binds: leave it out.
  for (let m = 0; m < M; m++) {
    const cap = Math.min(model.quota[m] ?? 0, model.places[m] ?? 0);
    if (cap < totalPersons) {
      persons[m] = upper.length;
      upper.push(cap);
    }
    for (let i = 0; i < T; i++) {
      const c = model.unitsAtLeast[m * T + i] ?? 0;
      if (c < atLeast[i]) {
        units[m * T + i] = upper.length;
        upper.push(c);
      }
    }
    for (let i = 0; i <= T; i++) {
      const c = model.accessibleAtLeast[m * (T + 1) + i] ?? 0;
      if (c < accessibleAtLeast[i]) {
        accessible[m * (T + 1) + i] = upper.length;
        upper.push(c);
      }
    }
  }
  return { count: upper.length, upper, persons, units, accessible };
}

/** The rows (and coefficients) of column (h, m), household row first. */
function columnEntries(model: PlannerModel, rows: Rows, h: number, m: number, idx: number[], val: number[]) {
  const T = model.thresholds.length;
  const p = model.persons[h] ?? 0;
  const b = model.beds[h] ?? 0;
  idx.push(h);
  val.push(1);
  const pr = rows.persons[m] ?? -1;
  if (pr >= 0) {
    idx.push(pr);
    val.push(p);
  }
  for (let i = 0; i < T && (model.thresholds[i] ?? 0) <= b; i++) {
    const r = b > 0 ? (rows.units[m * T + i] ?? -1) : -1;
    if (r >= 0) {
      idx.push(r);
      val.push(1);
    }
  }
  if (model.accessible[h] === 1) {
    for (let i = 0; i <= T && (i === 0 || (model.thresholds[i - 1] ?? 0) <= b); i++) {
      const r = rows.accessible[m * (T + 1) + i] ?? -1;
      if (r >= 0) {
        idx.push(r);
        val.push(1);
      }
    }
  }
}

class Columns {
  readonly household: number[] = [];
  readonly municipality: number[] = [];
  readonly cost: number[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];
  private readonly present = new Set<number>();
  constructor(
    private readonly model: PlannerModel,
    private readonly rows: Rows,
  ) {}

  has(h: number, m: number) {
    return this.present.has(h * this.model.municipalityCount + m);
  }

  add(h: number, m: number) {
    if (this.has(h, m)) return false;
    this.present.add(h * this.model.municipalityCount + m);
    this.household.push(h);
    this.municipality.push(m);
    this.cost.push(coefficient(this.model, h, m));
    columnEntries(this.model, this.rows, h, m, this.indices, this.values);
    this.starts.push(this.indices.length);
    return true;
  }

  get count() {
    return this.household.length;
  }

  /** A new column set holding the given columns, in order. */
  subset(js: number[]): Columns {
    const out = new Columns(this.model, this.rows);
    for (const j of js) {
      out.household.push(this.household[j] ?? 0);
      out.municipality.push(this.municipality[j] ?? 0);
      out.cost.push(this.cost[j] ?? 0);
      for (let e = this.starts[j] ?? 0; e < (this.starts[j + 1] ?? 0); e++) {
        out.indices.push(this.indices[e] ?? 0);
        out.values.push(this.values[e] ?? 0);
      }
      out.starts.push(out.indices.length);
    }
    return out;
  }

  /** The columns from `from` on, in HiGHS' compressed-column form. */
  slice(from: number) {
    const base = this.starts[from] ?? 0;
    return {
      cost: Float64Array.from(this.cost.slice(from)),
      starts: Int32Array.from(this.starts.slice(from).map((s) => s - base)),
      indices: Int32Array.from(this.indices.slice(base)),
      values: Float64Array.from(this.values.slice(base)),
    };
  }
}

function modelData(highs: Highs, rows: Rows, cols: Columns, integer: boolean) {
  const all = cols.slice(0);
  const n = cols.count;
  return {
    numCols: n,
    numRows: rows.count,
    sense: highs.constants.objectiveSense.maximize,
    colCost: all.cost,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(rows.count).fill(-highs.infinity),
    rowUpper: Float64Array.from(rows.upper),
    matrix: {
      format: 'csc' as const,
      numRows: rows.count,
      numCols: n,
      starts: all.starts,
      indices: all.indices,
      values: all.values,
    },
    ...(integer ? { integrality: new Int32Array(n).fill(highs.constants.variableType.integer) } : {}),
  };
}

interface Pricing {
  bound: number;
  /** Per household, the best municipalities not yet columns with positive reduced cost. */
  additions: [number, number][];
}

/** Prices every eligible pair with duals y (clipped at 0, which keeps the bound valid). */
function price(
  model: PlannerModel,
  rows: Rows,
  cols: Columns,
  eligibleOf: (h: number, m: number) => boolean,
  y: Float64Array,
  addPerRound: number,
): Pricing {
  const H = model.householdCount;
  const M = model.municipalityCount;
  const T = model.thresholds.length;
  const dual = (r: number) => (r >= 0 ? Math.max(0, y[r] ?? 0) : 0);
  let bound = 0;
  for (let r = H; r < rows.count; r++) bound += (rows.upper[r] ?? 0) * dual(r);
  // Dual price per municipality and household class; the class fixes which resource rows a column uses.
  const C = model.classes.length;
  const personPrice = new Float64Array(M);
  const classPrice = new Float64Array(M * C);
  for (let m = 0; m < M; m++) {
    personPrice[m] = dual(rows.persons[m] ?? -1);
    model.classes.forEach((cls, c) => {
      let s = 0;
      for (let i = 0; i < T && (model.thresholds[i] ?? 0) <= cls.beds; i++) {
        if (cls.beds > 0) s += dual(rows.units[m * T + i] ?? -1);
      }
      if (cls.accessible) {
        for (let i = 0; i <= T && (i === 0 || (model.thresholds[i - 1] ?? 0) <= cls.beds); i++) {
          s += dual(rows.accessible[m * (T + 1) + i] ?? -1);
        }
      }
      classPrice[m * C + c] = s;
    });
  }
  const additions: [number, number][] = [];
  const best: { m: number; d: number }[] = [];
  for (let h = 0; h < H; h++) {
    const p = model.persons[h] ?? 0;
    const c = model.householdClass[h] ?? 0;
    const yh = Math.max(0, y[h] ?? 0);
    let maxD = 0;
    best.length = 0;
    for (let m = 0; m < M; m++) {
      if (!eligibleOf(h, m)) continue;
      const d = coefficient(model, h, m) - p * (personPrice[m] ?? 0) - (classPrice[m * C + c] ?? 0);
      if (d > maxD) maxD = d;
      // Relative tolerance: coefficients are in the hundreds, duals come with ~1e-7 noise.
      if (d - yh > 1e-6 * (1 + Math.abs(d)) && !cols.has(h, m)) {
        best.push({ m, d });
      }
    }
    bound += maxD;
    if (best.length > 0) {
      best.sort((a, b) => b.d - a.d || a.m - b.m);
      for (const b of best.slice(0, addPerRound)) additions.push([h, b.m]);
    }
  }
  return { bound, additions };
}

function statusIs(highs: Highs, model: Model, name: 'optimal' | 'timeLimit' | 'interrupted') {
  return model.getModelStatus() === highs.constants.modelStatus[name];
}

export function solvePlan(
  highs: Highs,
  model: PlannerModel,
  options: SolveOptions = defaultSolveOptions,
  onProgress: (p: SolveProgress) => void = () => {},
): SolveOutcome {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const H = model.householdCount;
  const M = model.municipalityCount;

  const greedy = greedyAssignment(model);
  const greedyEval = evaluate(model, greedy);
  const tGreedy = elapsed();
  const progress = (p: Omit<SolveProgress, 'elapsedS'>) => onProgress({ ...p, elapsedS: elapsed() });
  progress({
    phase: 'greedy',
    iteration: 0,
    columns: 0,
    incumbent: greedyEval.objective,
    bound: null,
    gapPct: null,
  });

  // Eligibility depends on the household only through its persons and class.
  const C = model.classes.length;
  const classOk = new Uint8Array(M * C);
  model.classes.forEach((cls, c) => {
    for (let m = 0; m < M; m++)
      classOk[m * C + c] = unitAvailable(model, cls.beds, cls.accessible, m) ? 1 : 0;
  });
  const personCap = new Float64Array(M);
  for (let m = 0; m < M; m++) personCap[m] = Math.min(model.quota[m] ?? 0, model.places[m] ?? 0);
  const eligibleOf = (h: number, m: number) =>
    classOk[m * C + (model.householdClass[h] ?? 0)] === 1 && (model.persons[h] ?? 0) <= (personCap[m] ?? 0);

  let eligiblePairs = 0;
  for (let h = 0; h < H; h++) for (let m = 0; m < M; m++) if (eligibleOf(h, m)) eligiblePairs++;
  const fullColumns = eligiblePairs <= options.fullColumnLimit;

  const rows = buildRows(model);
  const cols = new Columns(model, rows);
  const k = fullColumns ? M : options.initialCandidates;
  const topM = new Int32Array(Math.max(1, k));
  const topC = new Float64Array(Math.max(1, k));
  for (let h = 0; h < H; h++) {
    const g = greedy[h] ?? -1;
    if (g >= 0) cols.add(h, g);
    // The k best municipalities by coefficient, kept sorted by insertion (k is small).
    let n = 0;
    for (let m = 0; m < M && k > 0; m++) {
      if (!eligibleOf(h, m)) continue;
      const c = coefficient(model, h, m);
      if (n === k && c <= (topC[k - 1] ?? 0)) continue;
      let i = n < k ? n++ : k - 1;
      while (i > 0 && (topC[i - 1] ?? 0) < c) {
        topC[i] = topC[i - 1] ?? 0;
        topM[i] = topM[i - 1] ?? 0;
        i--;
      }
      topC[i] = c;
      topM[i] = m;
    }
    for (let i = 0; i < n; i++) cols.add(h, topM[i] ?? 0);
  }

  // Column generation on the LP relaxation: the bound it ends with is valid for every pair.
  let bound = Number.POSITIVE_INFINITY;
  let lpObjective = 0;
  let rounds = 0;
  let lpSolution: Float64Array | null = null;
  const lp = highs.createModel(modelData(highs, rows, cols, false));
  try {
    lp.options.set({ output_flag: false, solver: 'simplex' });
    // The greedy placement is a primal feasible basis (its columns, the slacks of the rows it
    // leaves slack): primal simplex starts there instead of from nothing.
    const B = highs.constants.basisStatus;
    const colStatus = new Int32Array(cols.count).fill(B.lower);
    const rowStatus = new Int32Array(rows.count).fill(B.basic);
    for (let j = 0; j < cols.count; j++) {
      const h = cols.household[j] ?? 0;
      if (greedy[h] === cols.municipality[j]) {
        colStatus[j] = B.basic;
        rowStatus[h] = B.upper;
      }
    }
    lp.setBasis({ colStatus, rowStatus });
    for (; rounds < options.maxRounds; rounds++) {
      lp.options.set({ time_limit: Math.max(1, options.timeLimitS - elapsed()) });
      lp.run();
      if (!statusIs(highs, lp, 'optimal')) break;
      lpObjective = lp.getObjectiveValue();
      const solution = lp.getSolution();
      lpSolution = solution.colValue;
      const y = solution.rowDual;
      const priced = price(model, rows, cols, eligibleOf, y, options.addPerRound);
      bound = Math.min(bound, priced.bound);
      progress({
        phase: 'lp',
        iteration: rounds + 1,
        columns: cols.count,
        incumbent: greedyEval.objective,
        bound,
        gapPct: gapPercent(bound, greedyEval.objective),
      });
      if (priced.additions.length === 0 || fullColumns) {
        rounds++;
        break;
      }
      const from = cols.count;
      for (const [h, m] of priced.additions) cols.add(h, m);
      const added = cols.slice(from);
      const n = cols.count - from;
      lp.addCols({
        cost: added.cost,
        lower: new Float64Array(n),
        upper: new Float64Array(n).fill(1),
        matrix: {
          format: 'csc',
          numRows: rows.count,
          numCols: n,
          starts: added.starts,
          indices: added.indices,
          values: added.values,
        },
      });
      if (elapsed() > options.timeLimitS * 0.5) {
        rounds++;
        break;
      }
    }
  } finally {
    lp.dispose();
  }
  const tLp = elapsed();
  // Nothing fits anywhere (or the LP failed): every placement scores ≤ the sum of each household's best.
  if (!Number.isFinite(bound)) {
    bound = 0;
    for (let h = 0; h < H; h++) {
      let best = 0;
      for (let m = 0; m < M; m++) if (eligibleOf(h, m)) best = Math.max(best, coefficient(model, h, m));
      bound += best;
    }
  }

  let assignment = greedy;
  let objective = greedyEval.objective;
  let status: SolveStatus = 'greedy_fallback';
  // Rounding the LP: usually within the target gap already, so a large batch needs no branching.
  if (lpSolution) {
    const positive: { household: number; municipality: number; value: number }[] = [];
    for (let j = 0; j < lpSolution.length; j++) {
      const value = lpSolution[j] ?? 0;
      if (value > 1e-9)
        positive.push({ household: cols.household[j] ?? 0, municipality: cols.municipality[j] ?? 0, value });
    }
    const rounded = roundLpSolution(model, positive);
    const judged = evaluate(model, rounded);
    if (judged.violations.length === 0 && judged.objective > objective) {
      assignment = rounded;
      objective = judged.objective;
      status = 'gap_limit';
    }
  }
  const tRound = elapsed();
  progress({
    phase: 'lp',
    iteration: rounds,
    columns: cols.count,
    incumbent: objective,
    bound,
    gapPct: gapPercent(bound, objective),
  });
  const roundedGap = gapPercent(bound, objective);
  // Small batches always get the integer program over every pair (cheap, and it proves
  // optimality); large ones only when rounding left more than the target gap.
  const skipMip = roundedGap < 1e-5 || (!fullColumns && roundedGap <= options.targetGapPct);

  // The integer program over the columns the LP uses plus the greedy and rounded ones (one or
  // two per household), started from the better of greedy and rounding. Small batches: over
  // every pair, which proves optimality outright.
  const mipCols: number[] = [];
  if (!skipMip) {
    for (let h = 0; h < H; h++) {
      const m = assignment[h] ?? -1;
      if (m >= 0) cols.add(h, m);
    }
    for (let j = 0; j < cols.count; j++) {
      const h = cols.household[j] ?? 0;
      const m = cols.municipality[j];
      if (fullColumns || (lpSolution?.[j] ?? 0) > 1e-9 || greedy[h] === m || assignment[h] === m)
        mipCols.push(j);
    }
  }
  if (mipCols.length > 0) {
    const sub = cols.subset(mipCols);
    const mip = highs.createModel(modelData(highs, rows, sub, true));
    try {
      mip.options.set({
        output_flag: false,
        mip_rel_gap: options.mipRelGap,
        time_limit: Math.max(1, options.timeLimitS - elapsed()),
      });
      const start = new Float64Array(sub.count);
      for (let j = 0; j < sub.count; j++)
        if (assignment[sub.household[j] ?? 0] === sub.municipality[j]) start[j] = 1;
      mip.setSolution({ colValue: start });
      let lastReport = 0;
      const report = (data: { mip_primal_bound?: number; mip_dual_bound?: number }) => {
        const now = elapsed();
        if (now - lastReport < 0.2) return;
        lastReport = now;
        const incumbent = Math.max(objective, data.mip_primal_bound ?? Number.NEGATIVE_INFINITY);
        const b = fullColumns ? Math.min(bound, data.mip_dual_bound ?? bound) : bound;
        progress({
          phase: 'mip',
          iteration: rounds,
          columns: cols.count,
          incumbent,
          bound: b,
          gapPct: gapPercent(b, incumbent),
        });
      };
      const callbacks: HighsCallbackMap = {
        [highs.constants.callbackType.mipImprovingSolution]: (e) => {
          report(e.data);
          return undefined;
        },
        [highs.constants.callbackType.mipInterrupt]: (e) => {
          report(e.data);
          const incumbent = e.data.mip_primal_bound ?? Number.NEGATIVE_INFINITY;
          if (!fullColumns && gapPercent(bound, incumbent) <= options.targetGapPct) e.interrupt();
          return undefined;
        },
      };
      mip.run(callbacks);
      const x = mip.getSolution().colValue;
      const candidate = new Int32Array(H).fill(-1);
      for (let j = 0; j < sub.count; j++)
        if ((x[j] ?? 0) > 0.5) candidate[sub.household[j] ?? 0] = sub.municipality[j] ?? -1;
      const judged = evaluate(model, candidate);
      // The pure objective function has the last word: a placement that breaks a rule is never used.
      if (judged.violations.length === 0 && judged.objective >= objective) {
        assignment = candidate;
        objective = judged.objective;
        status = statusIs(highs, mip, 'optimal')
          ? 'optimal'
          : statusIs(highs, mip, 'interrupted')
            ? 'gap_limit'
            : 'time_limit';
      }
      if (fullColumns && statusIs(highs, mip, 'optimal')) {
        const mipBound = Number(mip.info.get('mip_dual_bound'));
        if (Number.isFinite(mipBound)) bound = Math.min(bound, Math.max(mipBound, objective));
      }
    } finally {
      mip.dispose();
    }
  }
  const gapPct = gapPercent(bound, objective);
  // Coefficients are whole persons plus fractions of weights: below 1e-7 relative is rounding.
  const proven = gapPct < 1e-5;
  if (skipMip && proven) status = 'optimal';
  if (status === 'optimal' && !proven) status = 'gap_limit';
  const total = elapsed();
  progress({ phase: 'done', iteration: rounds, columns: cols.count, incumbent: objective, bound, gapPct });
  return {
    assignment,
    objective,
    bound,
    gapPct,
    proven,
    status,
    greedyObjective: greedyEval.objective,
    greedyAssignment: greedy,
    fullColumns,
    eligiblePairs,
    columns: cols.count,
    pricingRounds: rounds,
    lpObjective,
    seconds: { greedy: tGreedy, lp: tLp - tGreedy, round: tRound - tLp, mip: total - tRound, total },
  };
}
