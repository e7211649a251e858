import type { NetworkAccess } from '../registry/network-access';

/**
 * The situation picture in any format: every member of the network (the picture is what
 * the network shares; person counts are suppressed in every export).
 */
export function mayExportPicture(access: NetworkAccess): boolean {
  return access.isMember;
}

/**
 * Every submitted report over years, row by row: the network's coordinators and system
 * admins only. Members see the joint picture, not a bulk copy of each other's answers.
 */
export function mayExportAnswers(access: NetworkAccess): boolean {
  return access.isCoordinator;
}
