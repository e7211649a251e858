import { fits, fullResidual, take } from './capacity';
import { coefficient, type PlannerModel } from './model';
import type { Assignment } from './types';

/**
 * The exact optimum by enumerating every placement ((M+1)^H of them). Only for checking
 * the solver on small instances: 7 households × 4 municipalities is 78 125 placements.
 */
export function bruteForceOptimum(model: PlannerModel): { objective: number; assignment: Assignment } {
  const H = model.householdCount;
  const residual = fullResidual(model);
  const current = new Int32Array(H).fill(-1);
  let best = 0;
  let bestAssignment = new Int32Array(H).fill(-1);
  const visit = (h: number, value: number) => {
    if (h === H) {
      if (value > best + 1e-9) {
        best = value;
        bestAssignment = Int32Array.from(current);
      }
      return;
    }
    current[h] = -1;
    visit(h + 1, value);
    for (let m = 0; m < model.municipalityCount; m++) {
      if (!fits(model, residual, h, m)) continue;
      take(model, residual, h, m);
      current[h] = m;
      visit(h + 1, value + coefficient(model, h, m));
      take(model, residual, h, m, -1);
    }
    current[h] = -1;
  };
  visit(0, 0);
  return { objective: best, assignment: bestAssignment };
}
