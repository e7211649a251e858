import {
  type ContractPolicy,
  contractForecast,
  DEFAULT_POLICY,
  type HousingType,
  housingTypes,
  largeHouseholdBalance,
  warningLevel,
} from '../../../core/reception/housing';
import type { PlacementRow, PolicyRow, UnitRow } from './housing.repository';

/** Presenters and sums shared by the municipality's own view and the aggregates. */

export function policyOf(row: PolicyRow | null): ContractPolicy & { version: number } {
  return row
    ? {
        singleMonths: row.singleMonths,
        familyMonths: row.familyMonths,
        largeHouseholdSize: row.largeHouseholdSize,
        version: row.version,
      }
    : { ...DEFAULT_POLICY, version: 0 };
}

export function presentUnit(u: UnitRow) {
  return {
    id: u.id,
    label: u.label,
    type: u.type,
    rooms: u.rooms,
    beds: u.beds,
    accessible: u.accessible,
    placesTotal: u.placesTotal,
    placesOccupied: u.placesOccupied,
    placesFree: u.placesTotal - u.placesOccupied,
    version: u.version,
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function presentPlacement(p: PlacementRow, unitLabels: Map<string, string>, today: string) {
  return {
    id: p.id,
    householdRef: p.householdRef,
    householdSize: p.householdSize,
    unitId: p.unitId,
    unitLabel: p.unitId ? (unitLabels.get(p.unitId) ?? null) : null,
    startOn: p.startOn,
    contractMonths: p.contractMonths,
    endOn: p.endOn,
    endOverridden: p.endOverridden,
    endedOn: p.endedOn,
    warning: p.endedOn ? null : warningLevel(p.endOn, today),
    version: p.version,
  };
}

interface Places {
  units: number;
  placesTotal: number;
  placesOccupied: number;
  placesFree: number;
}

export function capacityOf(units: readonly UnitRow[]) {
  const zero = (): Places => ({ units: 0, placesTotal: 0, placesOccupied: 0, placesFree: 0 });
  const total = zero();
  const byType = new Map<HousingType, Places>(housingTypes.map((t) => [t, zero()]));
  for (const u of units) {
    for (const p of [total, byType.get(u.type)]) {
      if (!p) continue;
      p.units += 1;
      p.placesTotal += u.placesTotal;
      p.placesOccupied += u.placesOccupied;
      p.placesFree += u.placesTotal - u.placesOccupied;
    }
  }
  return { total, byType: housingTypes.map((type) => ({ type, ...(byType.get(type) ?? zero()) })) };
}

export function sumCapacities(list: readonly ReturnType<typeof capacityOf>[]) {
  const add = (a: Places, b: Places) => {
    a.units += b.units;
    a.placesTotal += b.placesTotal;
    a.placesOccupied += b.placesOccupied;
    a.placesFree += b.placesFree;
  };
  const out = capacityOf([]);
  for (const c of list) {
    add(out.total, c.total);
    c.byType.forEach((t, i) => {
      const o = out.byType[i];
      if (o) add(o, t);
    });
  }
  return out;
}

/** Forecast and large-household balance for one municipality's placements and units. */
export function outlookOf(
  placements: readonly PlacementRow[],
  units: readonly UnitRow[],
  policy: ContractPolicy,
  today: string,
) {
  return {
    forecast: contractForecast(placements, today, 12),
    large: largeHouseholdBalance(
      placements,
      units.map((u) => ({ beds: u.beds, rooms: u.rooms, free: u.placesTotal - u.placesOccupied })),
      policy.largeHouseholdSize,
      today,
    ),
  };
}
