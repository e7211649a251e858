import { prefixQuery } from '../../../core/questions/search-terms';
import { actorOrgId, type Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { loadNetworkAccess, type NetworkAccess } from '../registry/network-access';
import {
  canAnswerQuestion,
  canAskQuestion,
  canAssignQuestion,
  canEditQuestionTags,
  canSeeQuestion,
  hasQuestionInbox,
} from './questions.policy';
import { presentQuestion, presentSummary } from './questions.present';
import * as repo from './questions.repository';

export interface LoadedQuestion {
  question: repo.QuestionView;
  access: NetworkAccess;
}

/** A question the actor may see; anything else is "not found", so its existence does not leak. */
export async function loadQuestion(ctx: Ctx, id: string): Promise<LoadedQuestion> {
  const question = await repo.findQuestion(ctx.db, id);
  if (!question) throw notFound('question');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, question.networkId);
  if (!canSeeQuestion(ctx.actor, access, question)) throw notFound('question');
  return { question, access };
}

export async function listQuestions(
  ctx: Ctx,
  networkId: string,
  query: { scope: 'published' | 'mine' | 'inbox'; tag?: string | undefined; limit: number },
) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  const addressees = await repo.listAddressees(ctx.db, networkId);
  const hasInbox = hasQuestionInbox(
    ctx.actor,
    access,
    addressees.map((a) => a.orgId),
  );
  const orgId = actorOrgId(ctx.actor);
  // An inbox the actor does not have is empty rather than an error: the page asks for it freely.
  const rows =
    query.scope === 'inbox' && !hasInbox
      ? []
      : await repo.listQuestions(ctx.db, {
          networkId,
          scope: query.scope,
          orgId,
          wholeNetwork: access.isCoordinator,
          tag: query.tag?.toLocaleLowerCase('sv-SE'),
          limit: query.limit,
        });
  return {
    questions: rows.map(presentSummary),
    canAsk: canAskQuestion(ctx.actor, access),
    hasInbox,
  };
}

export async function listAddressees(ctx: Ctx, networkId: string) {
  await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  return { addressees: await repo.listAddressees(ctx.db, networkId) };
}

const EXCERPT = 240;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1).trimEnd()}…`;
}

/** Earlier published Q&A like the question being typed (members only). */
export async function findSimilar(ctx: Ctx, networkId: string, text: string) {
  await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  const trimmed = text.trim();
  const tsquery = prefixQuery(trimmed);
  if (!tsquery || trimmed.length < 3) return { suggestions: [] };
  const rows = await repo.findSimilar(ctx.db, networkId, trimmed, tsquery, 5);
  return {
    suggestions: rows.map((r) => ({
      id: r.id,
      title: r.title,
      answerExcerpt: excerpt(r.answer ?? ''),
      tags: r.tags,
      answeredAt: new Date(r.answered_at).toISOString(),
    })),
  };
}

/** The detail view with what the actor may do next. */
export async function presentDetail(ctx: Ctx, loaded: LoadedQuestion) {
  const { question, access } = loaded;
  const canAssign = canAssignQuestion(ctx.actor, access, question);
  const people = canAssign ? await repo.listOrgPeople(ctx.db, question.addressedOrgId) : [];
  return {
    question: presentQuestion(question, ctx.actor, access),
    canAssign,
    canAnswer: canAnswerQuestion(ctx.actor, access, question),
    canEditTags: canEditQuestionTags(ctx.actor, access, question),
    assignees: people.map((p) => ({ id: p.id, name: p.name })),
  };
}

export async function getQuestion(ctx: Ctx, id: string) {
  return presentDetail(ctx, await loadQuestion(ctx, id));
}
