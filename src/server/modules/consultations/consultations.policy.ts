import type { Actor } from '../../platform/context';
import { hasRole } from '../../platform/policy';
import type { NetworkAccess } from '../registry/network-access';

/** Only the network's coordinators send consultations, move deadlines and see every answer. */
export function canManageConsultations(access: NetworkAccess): boolean {
  return access.isCoordinator;
}

/** People who speak for an addressed organisation: its reporters and organisation admins. */
export function canAnswerFor(actor: Actor, addressedOrgIds: readonly string[]): boolean {
  if (actor.kind !== 'user' || !addressedOrgIds.includes(actor.orgId)) return false;
  return hasRole(actor, 'reporter', 'org_admin');
}
