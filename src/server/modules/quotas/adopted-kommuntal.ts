import type { DbOrTx } from '../../platform/db';
import { findPlan, listAllocations } from './quotas.repository';

export interface AdoptedKommuntal {
  /** Persons the municipality is to receive in the year, as adopted and revised. */
  kommuntal: number;
  countyCode: string;
}

/**
 * The adopted kommuntal (persons) of a year per municipality organisation, for other
 * modules (the anvisningar ledger, the planner). Empty when the year has no adopted plan;
 * `orgIds` narrows it to those organisations. No access check: callers apply their own.
 */
export async function getAdoptedKommuntal(
  db: DbOrTx,
  year: number,
  orgIds?: readonly string[],
): Promise<Map<string, AdoptedKommuntal>> {
  const plan = await findPlan(db, year);
  if (plan?.status !== 'adopted') return new Map();
  const rows = await listAllocations(db, plan.id, orgIds);
  return new Map(rows.map((r) => [r.orgId, { kommuntal: r.kommuntal, countyCode: r.countyCode }]));
}
