import type { Actor } from '../../platform/context';
import type { NetworkAccess } from '../registry/network-access';
import type { QuestionView } from './questions.repository';

export function presentSummary(q: QuestionView) {
  return {
    id: q.id,
    networkId: q.networkId,
    title: q.title,
    status: q.status,
    askerOrgName: q.askerOrgName,
    addressedOrgId: q.addressedOrgId,
    addressedOrgName: q.addressedOrgName,
    toCoordinator: q.addressedOrgId === q.ownerOrgId,
    assigneeName: q.assigneeName,
    tags: q.tags,
    createdAt: q.createdAt.toISOString(),
    answeredAt: q.answeredAt?.toISOString() ?? null,
  };
}

/** The full question; the asker's name only for those who handle it, not for every reader of the Q&A. */
export function presentQuestion(q: QuestionView, actor: Actor, access: NetworkAccess) {
  const org = actor.kind === 'system' ? null : actor.orgId;
  const involved = access.isCoordinator || org === q.askerOrgId || org === q.addressedOrgId;
  return {
    ...presentSummary(q),
    body: q.body,
    answer: q.answer,
    askerName: involved ? q.askerName : null,
    answeredByName: q.answeredByName,
    version: q.version,
  };
}
