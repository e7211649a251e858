import { fits, fullResidual, take } from './capacity';
import { type PlannerModel, softScore } from './model';
import type { Assignment } from './types';

/**
 * The baseline a coordinator would do by hand: largest households first (they are the
 * hardest to house), each to the municipality it prefers most (stay, family, fit) that still
 * has room, ties to the one with most kommuntal left. Deterministic: ties end on input order.
 */
export function greedyAssignment(model: PlannerModel): Assignment {
  const H = model.householdCount;
  const M = model.municipalityCount;
  const order = Array.from({ length: H }, (_, h) => h).sort(
    (a, b) => (model.persons[b] ?? 0) - (model.persons[a] ?? 0) || a - b,
  );
  const residual = fullResidual(model);
  const assignment = new Int32Array(H).fill(-1);
  for (const h of order) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestRoom = Number.NEGATIVE_INFINITY;
    for (let m = 0; m < M; m++) {
      if (!fits(model, residual, h, m)) continue;
      const score = softScore(model, h, m);
      const room = residual.quota[m] ?? 0;
      if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && room > bestRoom)) {
        best = m;
        bestScore = score;
        bestRoom = room;
      }
    }
    if (best >= 0) {
      assignment[h] = best;
      take(model, residual, h, best);
    }
  }
  return assignment;
}
