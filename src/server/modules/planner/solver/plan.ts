import type { Highs } from 'highs';
import { proposalTerms, unplacedReason } from '../../../../core/planner/explain';
import { buildModel } from '../../../../core/planner/model';
import { evaluate } from '../../../../core/planner/objective';
import type {
  PlannerInput,
  PlannerIssue,
  ProposalTerm,
  UnplacedReason,
} from '../../../../core/planner/types';
import { unknownReferences, validateInput } from '../../../../core/planner/validate';
import { type SolveOptions, type SolveProgress, type SolveStatus, solvePlan } from './solve';

export interface Proposal {
  householdId: string;
  /** kommunkod, or null when unplaced. */
  municipality: string | null;
  terms: ProposalTerm[];
  unplacedReason: UnplacedReason | null;
  /** The unknown kommunkod when the reason is unknown_municipality. */
  unknownCode?: string;
}

export interface PlanResult {
  status: SolveStatus;
  objective: number;
  bound: number;
  gapPct: number;
  proven: boolean;
  greedyObjective: number;
  gainVsGreedyPct: number;
  greedyPlacedPersons: number;
  placedPersons: number;
  placedHouseholds: number;
  totalPersons: number;
  totalHouseholds: number;
  fullColumns: boolean;
  eligiblePairs: number;
  columns: number;
  pricingRounds: number;
  seconds: { greedy: number; lp: number; round: number; mip: number; total: number };
  proposals: Proposal[];
}

export type PlanOutcome = { ok: true; result: PlanResult } | { ok: false; issues: PlannerIssue[] };

/**
 * Validates, solves and explains one batch. Households that refer to a municipality
 * outside the plan are left out of the model and reported, never silently dropped.
 */
export function plan(
  highs: Highs,
  input: PlannerInput,
  options: SolveOptions,
  onProgress: (p: SolveProgress) => void = () => {},
): PlanOutcome {
  const issues = validateInput(input);
  if (issues.length > 0) return { ok: false, issues };
  const unknown = unknownReferences(input);
  const planned = input.households.filter((_, i) => !unknown.has(i));
  const model = buildModel({ ...input, households: planned });
  const out = solvePlan(highs, model, options, onProgress);
  const judged = evaluate(model, out.assignment);
  const greedyJudged = evaluate(model, out.greedyAssignment);
  const proposals: Proposal[] = [];
  let k = 0;
  input.households.forEach((h, i) => {
    const code = unknown.get(i);
    if (code !== undefined) {
      proposals.push({
        householdId: h.id,
        municipality: null,
        terms: [],
        unplacedReason: 'unknown_municipality',
        unknownCode: code,
      });
      return;
    }
    const index = k++;
    const m = out.assignment[index] ?? -1;
    proposals.push(
      m >= 0
        ? {
            householdId: h.id,
            municipality: input.municipalities[m]?.code ?? null,
            terms: proposalTerms(model, index, m),
            unplacedReason: null,
          }
        : { householdId: h.id, municipality: null, terms: [], unplacedReason: unplacedReason(model, index) },
    );
  });
  return {
    ok: true,
    result: {
      status: out.status,
      objective: out.objective,
      bound: out.bound,
      gapPct: out.gapPct,
      proven: out.proven,
      greedyObjective: out.greedyObjective,
      gainVsGreedyPct:
        out.greedyObjective > 0 ? ((out.objective - out.greedyObjective) / out.greedyObjective) * 100 : 0,
      greedyPlacedPersons: greedyJudged.placedPersons,
      placedPersons: judged.placedPersons,
      placedHouseholds: judged.placedHouseholds,
      totalPersons: input.households.reduce((a, h) => a + h.persons, 0),
      totalHouseholds: input.households.length,
      fullColumns: out.fullColumns,
      eligiblePairs: out.eligiblePairs,
      columns: out.columns,
      pricingRounds: out.pricingRounds,
      seconds: out.seconds,
      proposals,
    },
  };
}
