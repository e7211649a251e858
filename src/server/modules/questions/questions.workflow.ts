import { type QuestionAction, statusAfter } from '../../../core/questions/lifecycle';
import { normalizeTags } from '../../../core/questions/tags';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize, requireUser } from '../../platform/policy';
import { loadNetworkAccess } from '../registry/network-access';
import { indexSearchDocument } from '../search/search-index';
import { mailAboutQuestion } from './questions.mail';
import {
  canAnswerQuestion,
  canAskQuestion,
  canAssignQuestion,
  canEditQuestionTags,
} from './questions.policy';
import { presentQuestion } from './questions.present';
import * as repo from './questions.repository';
import { loadQuestion, presentDetail } from './questions.service';

function invalid(path: string, code: string): AppError {
  return new AppError('validation', { fields: [{ path, code }] });
}

export async function askQuestion(
  ctx: Ctx,
  networkId: string,
  input: { addressedOrgId: string; title: string; body: string },
  publicUrl: string,
) {
  const actor = requireUser(ctx.actor);
  const access = await loadNetworkAccess(ctx.db, actor, networkId);
  authorize(actor, canAskQuestion(actor, access));
  const addressee = (await repo.listAddressees(ctx.db, networkId)).find(
    (a) => a.orgId === input.addressedOrgId,
  );
  if (!addressee) throw invalid('addressedOrgId', 'invalid_value');
  const now = nowOf(ctx);
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertQuestion(tx.db, {
      networkId,
      askedBy: actor.userId,
      askerOrgId: actor.orgId,
      addressedOrgId: addressee.orgId,
      title: input.title,
      body: input.body,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, {
      action: 'question.ask',
      entityType: 'question',
      entityId: row.id,
      after: { networkId, addressedOrgId: addressee.orgId, title: row.title, body: row.body },
    });
    const handlers = await repo.listQuestionHandlers(tx.db, addressee.orgId);
    await mailAboutQuestion(tx.db, 'asked', handlers, {
      title: row.title,
      network: access.network.name,
      org: (await repo.findQuestion(tx.db, row.id))?.askerOrgName ?? '',
      questionId: row.id,
      publicUrl,
    });
    return row.id;
  });
  return presentDetail(ctx, await loadQuestion(ctx, id));
}

/**
 * Locks the question, checks the version the client edited and that the action fits the
 * status; a stale version is a 409 carrying the current question so the client can show it.
 */
async function lockForChange(tx: Ctx, id: string, version: number, action: QuestionAction) {
  const locked = await repo.lockQuestion(tx.db, id);
  if (!locked) throw notFound('question');
  if (locked.version !== version) {
    const loaded = await loadQuestion(tx, id);
    throw new AppError('version_conflict', {
      current: presentQuestion(loaded.question, tx.actor, loaded.access),
    });
  }
  const next = statusAfter(locked.status, action);
  if (next === null) {
    if (action === 'tag') throw invalid('tags', 'question_not_answered');
    throw new AppError('question_answered');
  }
  return { locked, next };
}

export async function assignQuestion(
  ctx: Ctx,
  id: string,
  input: { assigneeId: string; version: number },
  publicUrl: string,
) {
  const loaded = await loadQuestion(ctx, id);
  authorize(ctx.actor, canAssignQuestion(ctx.actor, loaded.access, loaded.question));
  const person = await repo.findUserOrg(ctx.db, input.assigneeId);
  if (!person?.isActive || person.orgId !== loaded.question.addressedOrgId) {
    throw invalid('assigneeId', 'assignee_not_in_organisation');
  }
  await inTransaction(ctx, async (tx) => {
    const { locked, next } = await lockForChange(tx, id, input.version, 'assign');
    await repo.updateQuestion(tx.db, id, {
      status: next,
      assigneeId: input.assigneeId,
      version: locked.version + 1,
      updatedAt: nowOf(tx),
    });
    await writeAudit(tx, {
      action: 'question.assign',
      entityType: 'question',
      entityId: id,
      before: { status: locked.status, assigneeId: locked.assigneeId },
      after: { status: next, assigneeId: input.assigneeId },
    });
    const recipients = await repo.findActiveUsers(tx.db, [input.assigneeId]);
    await mailAboutQuestion(tx.db, 'assigned', recipients, {
      title: locked.title,
      network: loaded.access.network.name,
      org: loaded.question.askerOrgName,
      questionId: id,
      publicUrl,
    });
  });
  return presentDetail(ctx, await loadQuestion(ctx, id));
}

function searchBody(q: { body: string; answer: string | null; tags: string[] }): string {
  return [q.body, q.answer ?? '', q.tags.join(' ')].filter(Boolean).join('\n\n');
}

/** Answers and thereby publishes the question to the network as Q&A. */
export async function answerQuestion(
  ctx: Ctx,
  id: string,
  input: { answer: string; tags: string[]; version: number },
  publicUrl: string,
) {
  const actor = requireUser(ctx.actor);
  const loaded = await loadQuestion(ctx, id);
  authorize(actor, canAnswerQuestion(actor, loaded.access, loaded.question));
  const tags = normalizeTags(input.tags);
  await inTransaction(ctx, async (tx) => {
    const { locked, next } = await lockForChange(tx, id, input.version, 'answer');
    const now = nowOf(tx);
    await repo.updateQuestion(tx.db, id, {
      status: next,
      answer: input.answer,
      answeredBy: actor.userId,
      answeredAt: now,
      tags,
      version: locked.version + 1,
      updatedAt: now,
    });
    await writeAudit(tx, {
      action: 'question.answer',
      entityType: 'question',
      entityId: id,
      before: { status: locked.status },
      after: { status: next, answer: input.answer, tags },
    });
    await indexSearchDocument(tx.db, {
      kind: 'question',
      entityId: id,
      networkId: locked.networkId,
      title: locked.title,
      body: searchBody({ body: locked.body, answer: input.answer, tags }),
      occurredAt: now,
      url: `/fragor/${id}`,
    });
    const asker = await repo.findActiveUsers(tx.db, [locked.askedBy]);
    await mailAboutQuestion(tx.db, 'answered', asker, {
      title: locked.title,
      network: loaded.access.network.name,
      org: loaded.question.addressedOrgName,
      questionId: id,
      publicUrl,
    });
  });
  return presentDetail(ctx, await loadQuestion(ctx, id));
}

export async function updateTags(ctx: Ctx, id: string, input: { tags: string[]; version: number }) {
  const loaded = await loadQuestion(ctx, id);
  authorize(ctx.actor, canEditQuestionTags(ctx.actor, loaded.access, loaded.question));
  const tags = normalizeTags(input.tags);
  await inTransaction(ctx, async (tx) => {
    const { locked } = await lockForChange(tx, id, input.version, 'tag');
    await repo.updateQuestion(tx.db, id, { tags, version: locked.version + 1, updatedAt: nowOf(tx) });
    await writeAudit(tx, {
      action: 'question.tags',
      entityType: 'question',
      entityId: id,
      before: { tags: locked.tags },
      after: { tags },
    });
    await indexSearchDocument(tx.db, {
      kind: 'question',
      entityId: id,
      networkId: locked.networkId,
      title: locked.title,
      body: searchBody({ ...locked, tags }),
      occurredAt: locked.answeredAt ?? nowOf(tx),
      url: `/fragor/${id}`,
    });
  });
  return presentDetail(ctx, await loadQuestion(ctx, id));
}
