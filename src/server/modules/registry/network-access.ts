import type { networks } from '../../db/schema/registry';
import type { Actor } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { hasRole, isSystemAdmin } from '../../platform/policy';
import { findNetworkAccessRow } from './networks.repository';

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
  const found = await findNetworkAccessRow(db, networkId, actor.kind === 'system' ? null : actor.orgId);
  if (!found) throw notFound('network');
  const { network, memberReports } = found;
  if (actor.kind === 'system') {
    return { network, isMember: true, isReportingMember: false, isCoordinator: true };
  }
  const isOwner = network.ownerOrgId === actor.orgId;
  const admin = isSystemAdmin(actor);
  const access: NetworkAccess = {
    network,
    isMember: memberReports !== null || isOwner || admin,
    isReportingMember: memberReports === 1,
    isCoordinator: admin || (isOwner && hasRole(actor, 'coordinator')),
  };
  if (!access.isMember) throw notFound('network');
  return access;
}
