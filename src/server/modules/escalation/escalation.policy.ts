import type { NetworkAccess } from '../registry/network-access';

/** Only the network's coordinators put a report on the next meeting's agenda. */
export function canEscalate(access: NetworkAccess): boolean {
  return access.isCoordinator;
}

/** Members see what became of a report (non-members get 404 before this). */
export function canSeeEscalations(access: NetworkAccess): boolean {
  return access.isMember;
}

/** Decisions are read from minutes: members see them once the minutes are published. */
export function canSeeDecisions(access: NetworkAccess, minutesStatus: string): boolean {
  return access.isCoordinator || minutesStatus === 'published';
}
