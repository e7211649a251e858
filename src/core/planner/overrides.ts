import { buildModel } from './model';
import { evaluate, type Violation } from './objective';
import type { PlannerInput } from './types';

export interface MunicipalityEffect {
  code: string;
  name: string;
  remainingQuota: number;
  freePlaces: number;
  proposedPersons: number;
  proposedHouseholds: number;
  /** Kommuntal left after the proposals (negative when an override overshoots). */
  quotaAfter: number;
}

export interface EffectiveView {
  /** householdId → kommunkod or null, after overrides. */
  placement: Map<string, string | null>;
  objective: number;
  placedPersons: number;
  municipalities: MunicipalityEffect[];
  /** Hard constraints the overridden placement breaks, by kommunkod. */
  violations: (Omit<Violation, 'm'> & { code: string })[];
}

/**
 * The plan as the coordinator has edited it: the solver's proposals with overrides applied,
 * its quota effect per municipality and any hard constraint it now breaks. Pure, so the
 * server and the browser show the same numbers.
 */
export function effectiveView(
  input: PlannerInput,
  proposals: { householdId: string; municipality: string | null }[],
  overrides: Record<string, string | null>,
): EffectiveView {
  const placement = new Map(proposals.map((p) => [p.householdId, p.municipality]));
  for (const [id, code] of Object.entries(overrides)) if (placement.has(id)) placement.set(id, code);
  const model = buildModel(input);
  const index = new Map(input.municipalities.map((m, i) => [m.code, i]));
  const assignment = Int32Array.from(input.households.map((h) => index.get(placement.get(h.id) ?? '') ?? -1));
  const e = evaluate(model, assignment);
  const counts = new Array(input.municipalities.length).fill(0);
  for (const m of assignment) if (m >= 0) counts[m]++;
  return {
    placement,
    objective: e.objective,
    placedPersons: e.placedPersons,
    municipalities: input.municipalities.map((m, i) => ({
      code: m.code,
      name: m.name,
      remainingQuota: m.remainingQuota,
      freePlaces: m.freePlaces,
      proposedPersons: e.personsByMunicipality[i] ?? 0,
      proposedHouseholds: counts[i],
      quotaAfter: m.remainingQuota - (e.personsByMunicipality[i] ?? 0),
    })),
    violations: e.violations.map(({ m, ...v }) => ({ ...v, code: input.municipalities[m]?.code ?? '' })),
  };
}
