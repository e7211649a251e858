import { isOpen } from '../../../core/consultations/deadline';
import { writeAudit } from '../../platform/audit';
import { actorUserId, type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { requireUser } from '../../platform/policy';
import { getAttachmentMeta, requireAttachmentInNetwork } from '../attachments/attachments.service';
import { loadNetworkAccess } from '../registry/network-access';
import { answerView } from './consultation-view';
import { canAnswerFor } from './consultations.policy';
import * as repo from './consultations.repository';

export interface AnswerInput {
  kind: 'comments' | 'no_comments';
  text: string;
  attachmentId: string | null;
  /** The answer's version as the caller read it (0: not answered yet). */
  version: number;
}

/**
 * An addressed organisation answers, or revises its answer, until the deadline. With
 * comments it gives text and/or a file (kept private to the organisation and the
 * coordinators); "inga synpunkter" is the whole answer. Two colleagues saving at once
 * never overwrite each other: the second gets a conflict with the answer now stored.
 */
export async function answerConsultation(ctx: Ctx, id: string, input: AnswerInput) {
  const actor = requireUser(ctx.actor);
  const found = await repo.findConsultation(ctx.db, id);
  if (!found) throw notFound('consultation');
  const c = found.consultation;
  await loadNetworkAccess(ctx.db, actor, c.networkId).catch(() => {
    throw notFound('consultation');
  });
  const own = await repo.findRecipient(ctx.db, id, actor.orgId);
  if (!canAnswerFor(actor, own ? [own.recipient.orgId] : [])) {
    throw new AppError('forbidden', { reason: 'not_addressed' });
  }
  if (!own) throw notFound('consultation');
  const now = nowOf(ctx);
  if (!isOpen(c.deadlineAt, now)) throw new AppError('consultation_closed', { deadline: c.deadlineDate });

  const text = input.kind === 'no_comments' ? '' : input.text.trim();
  const attachmentId = input.kind === 'no_comments' ? null : input.attachmentId;
  if (input.kind === 'comments' && !text && !attachmentId) throw fieldRequired('text');
  if (attachmentId) {
    const file = await requireAttachmentInNetwork(ctx, attachmentId, c.networkId);
    if (file.orgId !== actor.orgId) {
      throw new AppError('validation', { fields: [{ path: 'attachmentId', code: 'invalid_value' }] });
    }
  }

  return inTransaction(ctx, async (tx) => {
    const saved = await repo.saveAnswer(
      tx.db,
      { consultationId: id, orgId: actor.orgId, expectedVersion: input.version },
      {
        answerKind: input.kind,
        answerText: text,
        answerAttachmentId: attachmentId,
        answeredBy: actorUserId(actor),
        answeredAt: now,
      },
    );
    if (!saved) {
      const current = await repo.findRecipient(tx.db, id, actor.orgId);
      const files = await filesOf(tx, current?.recipient.answerAttachmentId ?? null);
      throw new AppError('version_conflict', { current: current ? answerView(current, files) : null });
    }
    const r = own.recipient;
    await writeAudit(tx, {
      action: r.answerKind ? 'consultation.answer.revise' : 'consultation.answer',
      entityType: 'consultation',
      entityId: id,
      before: r.answerKind
        ? {
            orgId: r.orgId,
            kind: r.answerKind,
            text: r.answerText,
            attachmentId: r.answerAttachmentId,
            version: r.version,
          }
        : null,
      after: {
        orgId: saved.orgId,
        kind: saved.answerKind,
        text: saved.answerText,
        attachmentId,
        version: saved.version,
      },
    });
    const row = await repo.findRecipient(tx.db, id, actor.orgId);
    if (!row) throw notFound('consultation');
    return answerView(row, await filesOf(tx, attachmentId));
  });
}

function fieldRequired(path: string): AppError {
  return new AppError('validation', { fields: [{ path, code: 'answer_required' }] });
}

async function filesOf(ctx: Ctx, id: string | null) {
  const metas = id ? await getAttachmentMeta(ctx.db, [id]) : [];
  return new Map(metas.map((m) => [m.id, m]));
}
