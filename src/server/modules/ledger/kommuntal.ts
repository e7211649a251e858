import type { DbOrTx } from '../../platform/db';

/**
 * The adopted kommuntal (persons) per municipality for a year, from the kommuntal module.
 * A municipality without an adopted number is missing from the map.
 */
export type KommuntalLookup = (db: DbOrTx, year: number, orgIds: string[]) => Promise<Map<string, number>>;

/**
 * Until modules/quotas exports `getAdoptedKommuntal`, no kommuntal is known: the views show
 * assigned, received and pending, and "remaining" stays empty.
 */
export const lookupKommuntal: KommuntalLookup = async () => new Map();
