import type { Actor } from '../../platform/context';
import { hasRole } from '../../platform/policy';
import type { NetworkAccess } from '../registry/network-access';

/**
 * The planner proposes where households go across a network's municipalities: its
 * coordinators (GR, Länsstyrelsen), the agency liaisons that take part in the network
 * (Migrationsverket, Länsstyrelsen) and system admins run, review and accept.
 */
export function canPlan(actor: Actor, access: NetworkAccess): boolean {
  return access.isCoordinator || (access.isMember && hasRole(actor, 'agency_liaison'));
}
