import { deadlineInstant, isOpen } from '../../../core/consultations/deadline';
import { writeAudit } from '../../platform/audit';
import { actorOrgId, actorUserId, type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize, isSystemAdmin } from '../../platform/policy';
import { getAttachmentMeta, requireAttachmentInNetwork, summarize } from '../attachments/attachments.service';
import { loadNetworkAccess } from '../registry/network-access';
import { indexSearchDocument } from '../search/search-index';
import { mailAnswerers } from './consultation-mail';
import { answerView, countAnswers } from './consultation-view';
import { canAnswerFor, canManageConsultations } from './consultations.policy';
import * as repo from './consultations.repository';

function fieldError(path: string, code: string): AppError {
  return new AppError('validation', { fields: [{ path, code }] });
}

/** A deadline date that exists and has not passed (today is allowed: it runs to midnight). */
function checkDeadline(deadline: string, now: Date): Date {
  let at: Date;
  try {
    at = deadlineInstant(deadline);
  } catch {
    throw fieldError('deadline', 'invalid_date');
  }
  if (!isOpen(at, now)) throw fieldError('deadline', 'deadline_in_past');
  return at;
}

export interface NewConsultation {
  networkId: string;
  title: string;
  description: string;
  attachmentId: string;
  deadline: string;
  orgIds: string[];
  /** For the links in the e-mails. */
  publicUrl: string;
}

/**
 * A coordinator sends a document out for comment: the consultation, its addressed
 * organisations, a search entry and an e-mail to everyone who answers for them, in one
 * transaction.
 */
export async function createConsultation(ctx: Ctx, input: NewConsultation) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, input.networkId);
  authorize(ctx.actor, canManageConsultations(access));
  const now = nowOf(ctx);
  const deadlineAt = checkDeadline(input.deadline, now);
  const document = await requireAttachmentInNetwork(ctx, input.attachmentId, input.networkId);
  // Every addressed organisation must be able to open the document.
  if (document.visibility !== 'network') throw fieldError('attachmentId', 'invalid_value');
  const orgIds = [...new Set(input.orgIds)];
  const members = await repo.filterNetworkOrgs(ctx.db, input.networkId, orgIds);
  if (members.length !== orgIds.length) throw fieldError('orgIds', 'not_network_member');

  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertConsultation(
      tx.db,
      {
        networkId: input.networkId,
        title: input.title,
        description: input.description,
        attachmentId: input.attachmentId,
        deadlineDate: input.deadline,
        deadlineAt,
        createdBy: actorUserId(ctx.actor),
        sentAt: now,
        updatedAt: now,
      },
      orgIds,
    );
    await writeAudit(tx, {
      action: 'consultation.send',
      entityType: 'consultation',
      entityId: row.id,
      after: { ...row, orgIds },
    });
    await indexSearchDocument(tx.db, {
      kind: 'consultation',
      entityId: row.id,
      networkId: row.networkId,
      title: row.title,
      body: row.description,
      occurredAt: now,
      url: `/remisser/${row.id}`,
    });
    await mailAnswerers(
      tx.db,
      orgIds,
      { id: row.id, title: row.title, deadlineDate: row.deadlineDate, networkName: access.network.name },
      { publicUrl: input.publicUrl, kind: 'sent' },
    );
    return { id: row.id };
  });
}

/** The consultation and the actor's access to its network; hidden from non-members. */
async function loadForActor(ctx: Ctx, id: string) {
  const found = await repo.findConsultation(ctx.db, id);
  if (!found) throw notFound('consultation');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, found.consultation.networkId).catch(() => {
    throw notFound('consultation');
  });
  return { ...found, access };
}

/** The page of one consultation: the document, the caller's answer and, for coordinators, all answers. */
export async function getConsultation(ctx: Ctx, id: string) {
  const { consultation: c, networkName, access } = await loadForActor(ctx, id);
  const now = nowOf(ctx);
  const recipients = await repo.listRecipients(ctx.db, id);
  const fileIds = [c.attachmentId, ...recipients.flatMap((r) => r.recipient.answerAttachmentId ?? [])];
  const files = new Map((await getAttachmentMeta(ctx.db, fileIds)).map((m) => [m.id, m]));
  const document = files.get(c.attachmentId);
  if (!document) throw notFound('attachment');
  const answers = recipients.map((r) => answerView(r, files));
  const own = actorOrgId(ctx.actor);
  const mine = answers.find((a) => a.orgId === own) ?? null;
  const addressed = recipients.map((r) => r.recipient.orgId);
  const coordinator = canManageConsultations(access);
  return {
    id: c.id,
    networkId: c.networkId,
    networkName,
    title: c.title,
    description: c.description,
    attachment: summarize(document),
    deadline: c.deadlineDate,
    deadlineAt: c.deadlineAt.toISOString(),
    deadlineChanges: c.deadlineChanges,
    sentAt: c.sentAt.toISOString(),
    isOpen: isOpen(c.deadlineAt, now),
    recipientCount: answers.length,
    answeredCount: answers.length - countAnswers(answers).notAnswered,
    myStatus: mine?.status ?? null,
    isCoordinator: coordinator,
    canAnswer: isOpen(c.deadlineAt, now) && canAnswerFor(ctx.actor, addressed),
    myAnswer: mine,
    answers: coordinator ? answers : null,
    counts: coordinator ? countAnswers(answers) : null,
  };
}

/** Consultations of the actor's networks: open ones by nearest deadline, then closed ones, latest first. */
export async function listConsultations(
  ctx: Ctx,
  query: { networkId?: string; state: 'open' | 'closed' | 'all' },
) {
  const now = nowOf(ctx);
  if (query.networkId) await loadNetworkAccess(ctx.db, ctx.actor, query.networkId);
  const orgId = isSystemAdmin(ctx.actor) ? null : actorOrgId(ctx.actor);
  const rows = await repo.listConsultations(ctx.db, { ...query, orgId, now });
  const items = rows.map((r) => ({
    id: r.consultation.id,
    networkId: r.consultation.networkId,
    networkName: r.networkName,
    title: r.consultation.title,
    deadline: r.consultation.deadlineDate,
    deadlineAt: r.consultation.deadlineAt.toISOString(),
    sentAt: r.consultation.sentAt.toISOString(),
    isOpen: isOpen(r.consultation.deadlineAt, now),
    recipientCount: Number(r.recipientCount),
    answeredCount: Number(r.answeredCount),
    myStatus: (r.myKind ?? null) as 'comments' | 'no_comments' | 'not_answered' | null,
  }));
  const open = items.filter((i) => i.isOpen);
  const closed = items.filter((i) => !i.isOpen).reverse();
  return { consultations: [...open, ...closed] };
}

/**
 * A coordinator moves the deadline: later to reopen or extend (late answers are then
 * taken), or earlier. Audited with the old and new deadline; the calendar entry's
 * sequence goes up so subscribers see the change.
 */
export async function changeDeadline(ctx: Ctx, id: string, input: { deadline: string; version?: number }) {
  const { consultation: c, access } = await loadForActor(ctx, id);
  authorize(ctx.actor, canManageConsultations(access));
  const now = nowOf(ctx);
  if (input.version !== undefined && input.version !== c.deadlineChanges) {
    throw new AppError('version_conflict', {
      current: { deadline: c.deadlineDate, version: c.deadlineChanges },
    });
  }
  const deadlineAt = checkDeadline(input.deadline, now);
  await inTransaction(ctx, async (tx) => {
    const after = await repo.updateDeadline(tx.db, id, {
      deadlineDate: input.deadline,
      deadlineAt,
      updatedAt: now,
    });
    await writeAudit(tx, {
      action: isOpen(c.deadlineAt, now) ? 'consultation.extend' : 'consultation.reopen',
      entityType: 'consultation',
      entityId: id,
      before: { deadline: c.deadlineDate, deadlineAt: c.deadlineAt },
      after: { deadline: after?.deadlineDate, deadlineAt: after?.deadlineAt },
    });
  });
  return getConsultation(ctx, id);
}
