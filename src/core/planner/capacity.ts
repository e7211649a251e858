import type { PlannerModel } from './model';

/** What is left of every resource row while households are placed one by one. */
export interface Residual {
  quota: Float64Array;
  places: Float64Array;
  units: Float64Array;
  accessible: Float64Array;
}

export function fullResidual(model: PlannerModel): Residual {
  return {
    quota: Float64Array.from(model.quota),
    places: Float64Array.from(model.places),
    units: Float64Array.from(model.unitsAtLeast),
    accessible: Float64Array.from(model.accessibleAtLeast),
  };
}

/** Household h draws on every size row with threshold ≤ its beds (and the accessible rows likewise). */
function forEachRow(
  model: PlannerModel,
  h: number,
  m: number,
  visit: (array: 'units' | 'accessible', i: number) => void,
) {
  const T = model.thresholds.length;
  const b = model.beds[h] ?? 0;
  if (b > 0) {
    for (let i = 0; i < T && (model.thresholds[i] ?? 0) <= b; i++) visit('units', m * T + i);
  }
  if (model.accessible[h] === 1) {
    visit('accessible', m * (T + 1));
    for (let i = 0; i < T && (model.thresholds[i] ?? 0) <= b; i++) visit('accessible', m * (T + 1) + i + 1);
  }
}

export function fits(model: PlannerModel, residual: Residual, h: number, m: number): boolean {
  const p = model.persons[h] ?? 0;
  if ((residual.quota[m] ?? 0) < p || (residual.places[m] ?? 0) < p) return false;
  let ok = true;
  forEachRow(model, h, m, (array, i) => {
    if ((residual[array][i] ?? 0) < 1) ok = false;
  });
  return ok;
}

/** Draws household h's needs from m (sign −1 gives them back). */
export function take(model: PlannerModel, residual: Residual, h: number, m: number, sign = 1): void {
  const p = model.persons[h] ?? 0;
  residual.quota[m] = (residual.quota[m] ?? 0) - sign * p;
  residual.places[m] = (residual.places[m] ?? 0) - sign * p;
  forEachRow(model, h, m, (array, i) => {
    residual[array][i] = (residual[array][i] ?? 0) - sign;
  });
}
