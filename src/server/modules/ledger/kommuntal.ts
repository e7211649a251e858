import type { DbOrTx } from '../../platform/db';
import { getAdoptedKommuntal } from '../quotas/adopted-kommuntal';

/**
 * The adopted kommuntal (persons) per municipality for a year, from the kommuntal module.
 * A municipality without an adopted number is missing from the map.
 */
export async function lookupKommuntal(
  db: DbOrTx,
  year: number,
  orgIds: string[],
): Promise<Map<string, number>> {
  const adopted = await getAdoptedKommuntal(db, year, orgIds);
  return new Map([...adopted].map(([orgId, a]) => [orgId, a.kommuntal]));
}
