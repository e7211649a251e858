import type { Actor } from '../../platform/context';
import { hasRole } from '../../platform/policy';
import type { NetworkAccess } from '../registry/network-access';

/** Members who take part in the network's work upload files; viewers only read. */
export function canUploadAttachment(actor: Actor, access: NetworkAccess): boolean {
  if (access.isCoordinator) return true;
  return hasRole(actor, 'reporter', 'org_admin', 'coordinator', 'agency_liaison', 'case_worker');
}

/**
 * A member reads the network's files; a private file only its uploading organisation and
 * the network's coordinators. `access` proves membership (non-members never get this far).
 */
export function canReadAttachment(
  actor: Actor,
  access: NetworkAccess,
  attachment: { orgId: string; visibility: 'network' | 'private' },
): boolean {
  if (attachment.visibility === 'network' || access.isCoordinator) return true;
  return actor.kind !== 'system' && actor.orgId === attachment.orgId;
}
