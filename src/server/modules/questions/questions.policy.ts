import type { Actor } from '../../platform/context';
import { hasRole } from '../../platform/policy';
import type { NetworkAccess } from '../registry/network-access';

export interface QuestionFacts {
  status: 'new' | 'assigned' | 'answered';
  askerOrgId: string;
  addressedOrgId: string;
  assigneeId: string | null;
  answeredBy: string | null;
}

function orgOf(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.orgId;
}

function userOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** Members who take part in the work ask; viewers only read. */
export function canAskQuestion(actor: Actor, access: NetworkAccess): boolean {
  return (
    access.isMember &&
    hasRole(actor, 'reporter', 'org_admin', 'coordinator', 'agency_liaison', 'case_worker', 'system_admin')
  );
}

/**
 * Published Q&A is the network's; before that a question is seen by the asking and the
 * addressed organisations and by the network's coordinators.
 */
export function canSeeQuestion(actor: Actor, access: NetworkAccess, q: QuestionFacts): boolean {
  if (!access.isMember) return false;
  if (access.isCoordinator || q.status === 'answered') return true;
  const org = orgOf(actor);
  return org === q.askerOrgId || org === q.addressedOrgId;
}

/** Those who distribute the addressed organisation's questions: its liaisons and coordinators, or the network's coordinators. */
function handlesAddressedOrg(actor: Actor, access: NetworkAccess, q: QuestionFacts): boolean {
  if (access.isCoordinator) return true;
  return orgOf(actor) === q.addressedOrgId && hasRole(actor, 'agency_liaison', 'coordinator');
}

export function canAssignQuestion(actor: Actor, access: NetworkAccess, q: QuestionFacts): boolean {
  return q.status !== 'answered' && handlesAddressedOrg(actor, access, q);
}

/** The assignee answers, or whoever may assign (answering directly). */
export function canAnswerQuestion(actor: Actor, access: NetworkAccess, q: QuestionFacts): boolean {
  if (q.status === 'answered') return false;
  const me = userOf(actor);
  return (me !== null && me === q.assigneeId) || handlesAddressedOrg(actor, access, q);
}

/** Tags of published Q&A: the network's coordinators and the one who answered. */
export function canEditQuestionTags(actor: Actor, access: NetworkAccess, q: QuestionFacts): boolean {
  if (q.status !== 'answered') return false;
  const me = userOf(actor);
  return access.isCoordinator || (me !== null && me === q.answeredBy);
}

/** Whether the actor's organisation receives questions in the network. */
export function hasQuestionInbox(
  actor: Actor,
  access: NetworkAccess,
  addresseeOrgIds: readonly string[],
): boolean {
  const org = orgOf(actor);
  return access.isCoordinator || (org !== null && addresseeOrgIds.includes(org));
}
