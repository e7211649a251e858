import type { z } from '@hono/zod-openapi';
import type { Answers } from '../../../core/reports/answers';
import {
  type AnswerKey,
  compareAnswers,
  flattenAnswers,
  isStale,
  prefillFrom,
} from '../../../core/reports/carry-over';
import type { Ctx } from '../../platform/context';
import { nowOf } from '../../platform/context';
import { filingRefusal, loadFilingRound, presentReport, presentRound, roundLabel } from './filing-context';
import { mayFileFor } from './reports.policy';
import * as repo from './reports.repository';
import type { commentCarry, reportForm } from './reports.schemas';

export type ReportForm = z.infer<typeof reportForm>;
type CommentCarry = z.infer<typeof commentCarry>;

/** How far back "unchanged since week NN" looks; a comment older than this shows the oldest week found. */
const HISTORY_DEPTH = 26;

const emptyAnswers = (): Answers => ({ areas: {}, figures: {}, texts: {} });

/**
 * Everything the filing page needs for one organisation and round: the round and its
 * template version, the report if there is one (its working copy: a first draft, a
 * revision in progress, or the submitted answers), otherwise answers pre-filled from the
 * organisation's latest submitted report in an earlier round of the same template. With
 * it the previous answers, a change mark per answer, and for every comment and text of the
 * previous report how long it has stood unchanged if it is kept again.
 */
export async function getReportForm(ctx: Ctx, roundId: string, orgId: string): Promise<ReportForm> {
  const round = await loadFilingRound(ctx, roundId, orgId, 'read');
  const now = nowOf(ctx);
  const def = round.definition;
  const report = await repo.findReport(ctx.db, roundId, orgId);
  const earlier = await repo.listEarlierSubmitted(ctx.db, {
    orgId,
    templateId: round.templateId,
    before: round.opensAt,
    limit: HISTORY_DEPTH,
  });
  const previous = earlier[0] ?? null;
  const previousAnswers = previous ? prefillFrom(previous.answers, def) : null;
  // A version-0 row is only ever seen inside the transaction that creates it.
  const existing = report && report.version > 0 ? report : null;
  const answers = existing
    ? (existing.draftAnswers ?? existing.answers)
    : (previousAnswers ?? emptyAnswers());
  const refusal = filingRefusal(round, existing, now);

  return {
    round: presentRound(round, now, ctx.locale),
    template: { versionId: round.templateVersionId, version: round.templateVersion, definition: def },
    report: existing ? presentReport(existing, existing.updatedByName) : null,
    answers,
    submittedAnswers: existing?.draftAnswers ? existing.answers : null,
    previous:
      previous && previousAnswers
        ? {
            roundId: previous.roundId,
            label: roundLabel(previous, ctx.locale),
            isoYear: previous.isoYear,
            isoWeek: previous.isoWeek,
            answers: previousAnswers,
          }
        : null,
    prefilled: !existing && previous !== null,
    changes: compareAnswers(previousAnswers, answers),
    carriedOver: previous ? commentCarries(earlier) : {},
    canFile: mayFileFor(ctx.actor, orgId) && refusal === null,
    closedReason: !mayFileFor(ctx.actor, orgId) ? 'not_allowed' : refusal,
    now: now.toISOString(),
  };
}

/**
 * For each comment and text of the previous report: the count it would reach if kept
 * unchanged now (what submitting stores), and the week it was written, found by walking
 * back while the text stays the same.
 */
function commentCarries(earlier: repo.EarlierReport[]): Record<string, CommentCarry> {
  const [previous] = earlier;
  if (!previous) return {};
  const flats = earlier.map((r) => flattenAnswers(r.answers));
  const out: Record<string, CommentCarry> = {};
  for (const [key, value] of flats[0] ?? []) {
    if (value === null || !isCarriable(key)) continue;
    let first = 0;
    while (first + 1 < flats.length && flats[first + 1]?.get(key) === value) first++;
    const written = earlier[first];
    const roundsUnchanged = (previous.carriedOver[key] ?? 0) + 1;
    out[key] = {
      roundsUnchanged,
      since: written ? { isoYear: written.isoYear, isoWeek: written.isoWeek } : null,
      stale: isStale(roundsUnchanged),
    };
  }
  return out;
}

function isCarriable(key: AnswerKey): boolean {
  return key.startsWith('comment:') || key.startsWith('text:');
}
