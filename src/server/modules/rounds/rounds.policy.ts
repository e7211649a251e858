import type { NetworkAccess } from '../registry/network-access';

/** Members see the network's rounds and how many have filed (not who: that is the picture's rule). */
export function canReadRounds(access: NetworkAccess): boolean {
  return access.isMember;
}

/** Coordinators open extra rounds and move deadlines. */
export function canManageRounds(access: NetworkAccess): boolean {
  return access.isCoordinator;
}
