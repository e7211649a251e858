import type { Actor } from '../../platform/context';
import { hasRole } from '../../platform/policy';
import type { NetworkAccess } from '../registry/network-access';

export interface BulletinFacts {
  senderId: string;
  audience: 'all' | 'functions';
}

function isSender(actor: Actor, b: BulletinFacts): boolean {
  return actor.kind === 'user' && actor.userId === b.senderId;
}

/** Coordinators of the network and agency liaisons of its member organisations send bulletins. */
export function canSendBulletin(actor: Actor, access: NetworkAccess): boolean {
  return access.isCoordinator || (access.isMember && hasRole(actor, 'agency_liaison'));
}

/** A bulletin to everyone is the network's; one to contact functions only its addressees', the sender's and coordinators'. */
export function canSeeBulletin(
  actor: Actor,
  access: NetworkAccess,
  b: BulletinFacts,
  isAddressee: boolean,
): boolean {
  if (!access.isMember) return false;
  return access.isCoordinator || isAddressee || isSender(actor, b) || b.audience === 'all';
}

/** Who has read and acknowledged, and re-sending to the rest: the sender and the network's coordinators. */
export function canFollowUpBulletin(actor: Actor, access: NetworkAccess, b: BulletinFacts): boolean {
  return access.isCoordinator || isSender(actor, b);
}
