import type { NetworkAccess } from '../registry/network-access';

/** Every member of a network may read its templates (reporters need them to file). */
export function canReadTemplates(access: NetworkAccess): boolean {
  return access.isMember;
}

/** Only the network's coordinators define and change its templates. */
export function canManageTemplates(access: NetworkAccess): boolean {
  return access.isCoordinator;
}
