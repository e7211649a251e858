import { and, eq } from 'drizzle-orm';
import { networkMembers, networks } from '../../db/schema/registry';
import type { Actor } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { hasRole, isSystemAdmin } from '../../platform/policy';

export interface NetworkAccess {
  network: typeof networks.$inferSelect;
  /** The actor's organisation is a member of, or owns, the network. */
  isMember: boolean;
  /** The actor's organisation files reports in this network. */
  isReportingMember: boolean;
  /** The actor coordinates the network: coordinator role in the owning organisation, or system admin. */
  isCoordinator: boolean;
}

/**
 * What the actor may do in a network. A network the actor has no part in is reported as
 * not found, so its existence does not leak.
 */
export async function loadNetworkAccess(db: DbOrTx, actor: Actor, networkId: string): Promise<NetworkAccess> {
  // Both at once: every network-scoped request starts here, so it costs one round trip.
  const [networkRows, memberRows] = await Promise.all([
    db.select().from(networks).where(eq(networks.id, networkId)).limit(1),
    actor.kind === 'system'
      ? Promise.resolve([])
      : db
          .select({ reports: networkMembers.reports })
          .from(networkMembers)
          .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, actor.orgId)))
          .limit(1),
  ]);
  const network = networkRows[0];
  if (!network) throw notFound('network');
  if (actor.kind === 'system') {
    return { network, isMember: true, isReportingMember: false, isCoordinator: true };
  }
  const member = memberRows[0];
  const isOwner = network.ownerOrgId === actor.orgId;
  const admin = isSystemAdmin(actor);
  const access: NetworkAccess = {
    network,
    isMember: Boolean(member) || isOwner || admin,
    isReportingMember: Boolean(member && member.reports === 1),
    isCoordinator: admin || (isOwner && hasRole(actor, 'coordinator')),
  };
  if (!access.isMember) throw notFound('network');
  return access;
}
