import type { NetworkAccess } from '../registry/network-access';

/** Every member organisation's users read a network's calendar (non-members get 404 earlier). */
export function canReadCalendar(access: NetworkAccess): boolean {
  return access.isMember;
}

/** Coordinators of the network create, change and cancel its events. */
export function canManageEvents(access: NetworkAccess): boolean {
  return access.isCoordinator;
}
