import type { MinutesStatus } from '../../db/schema/meetings';
import type { Actor } from '../../platform/context';
import type { NetworkAccess } from '../registry/network-access';

/**
 * Meetings of a network, by who asks (loadNetworkAccess already turned non-members into 404):
 * - members read meetings, agenda and attendance;
 * - minutes in draft are the coordinators' working copy; in review they are shown to the
 *   members of the network so they can comment before publication; published minutes are
 *   the network's record;
 * - only coordinators of the network create and change meetings, write minutes and publish.
 */
export function canReadMeetings(access: NetworkAccess): boolean {
  return access.isMember;
}

export function canManageMeetings(access: NetworkAccess): boolean {
  return access.isCoordinator;
}

export function canReadMinutes(access: NetworkAccess, status: MinutesStatus): boolean {
  if (access.isCoordinator) return true;
  return access.isMember && status !== 'draft';
}

/** Coordinators, the person who owns an action and the users of the owning organisation mark it done. */
export function canUpdateAction(
  access: NetworkAccess,
  actor: Actor,
  action: { ownerUserId: string | null; ownerOrgId: string | null },
): boolean {
  if (access.isCoordinator) return true;
  if (actor.kind !== 'user') return false;
  return (
    action.ownerUserId === actor.userId || (action.ownerOrgId !== null && action.ownerOrgId === actor.orgId)
  );
}
