import type { Actor } from '../../platform/context';
import { hasRole, isSystemAdmin } from '../../platform/policy';
import type { NetworkAccess } from './network-access';

/** Adding and changing organisations (regional associations, civil society …) is operational work. */
export function mayManageOrganisations(actor: Actor): boolean {
  return isSystemAdmin(actor);
}

/**
 * A system admin may create a network for any owner; a coordinator only one that their own
 * organisation owns (and therefore coordinates).
 */
export function mayCreateNetwork(actor: Actor, ownerOrgId: string): boolean {
  if (isSystemAdmin(actor)) return true;
  return actor.kind === 'user' && hasRole(actor, 'coordinator') && actor.orgId === ownerOrgId;
}

/** Name, description, schedule and membership: the network's coordinators. */
export function mayManageNetwork(access: NetworkAccess): boolean {
  return access.isCoordinator;
}

/** Every member organisation sees the network's contact directory. */
export function mayReadDirectory(access: NetworkAccess): boolean {
  return access.isMember;
}

/** System admins see every network; everyone else the networks of their organisation. */
export function networkScopeOrgId(actor: Actor): string | null {
  if (actor.kind === 'system' || isSystemAdmin(actor)) return null;
  return actor.orgId;
}
