import type { DbOrTx } from '../../platform/db';
import * as repo from './housing.repository';

export interface FreeHousing {
  freePlaces: number;
  /** Units with at least one free place. */
  units: { beds: number; rooms: number; accessible: boolean; free: number }[];
}

/**
 * For the planner: free places per municipality and the units that have them. Every asked
 * organisation is in the map, with zero places when it has none. No access check.
 */
export async function getFreeHousing(db: DbOrTx, orgIds: string[]): Promise<Map<string, FreeHousing>> {
  const out = new Map<string, FreeHousing>(orgIds.map((id) => [id, { freePlaces: 0, units: [] }]));
  for (const u of await repo.listUnits(db, orgIds)) {
    const free = u.placesTotal - u.placesOccupied;
    const entry = out.get(u.orgId);
    if (!entry || free <= 0) continue;
    entry.freePlaces += free;
    entry.units.push({ beds: u.beds, rooms: u.rooms, accessible: u.accessible, free });
  }
  return out;
}
