import { contactFunctions } from '../../db/schema/accounts';
import type { Ctx } from '../../platform/context';
import { authorize } from '../../platform/policy';
import { type DirectoryFilter, findDirectory } from './directory.repository';
import { loadNetworkAccess } from './network-access';
import { mayReadDirectory } from './registry.policy';

/** Enough for every contact of a national network; beyond it the client narrows the filter. */
const MAX_ENTRIES = 5000;

/**
 * The contact directory of a network: who holds which function in its member organisations,
 * so a message can go "to every beredskapssamordnare in the network".
 */
export async function getDirectory(ctx: Ctx, networkId: string, filter: DirectoryFilter) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, mayReadDirectory(access));
  const rows = await findDirectory(ctx.db, networkId, filter, MAX_ENTRIES + 1);
  const items = rows.slice(0, MAX_ENTRIES).map((r) => ({
    ...r,
    functions: contactFunctions.filter((f) => r.functions.includes(f)),
  }));
  return { items, truncated: rows.length > MAX_ENTRIES };
}
