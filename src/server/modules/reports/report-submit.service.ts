import type { Answers } from '../../../core/reports/answers';
import { confirmUnchanged as unchangedAnswers } from '../../../core/reports/carry-over';
import { normalizeAnswers, validateAnswers } from '../../../core/reports/validate-answers';
import { type Ctx, nowOf } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { loadFilingRound, type ReportSummary } from './filing-context';
import { requestHash } from './idempotency';
import { fileReport as writeFiling } from './report-file';
import type { FilingRound } from './reports.repository';
import * as repo from './reports.repository';
import { fieldErrors } from './validation-error';

export interface SubmitReportInput {
  roundId: string;
  /** The filing organisation; must be the actor's own (a person's or an API token's). */
  orgId: string;
  /** Parsed answers (see `answers` in core/reports/answers.ts), keyed as in the round's template version. */
  answers: Answers;
  /**
   * The report version the client edited (0 when it saw no report). When given and the
   * report has moved on, nothing is stored and 409 `version_conflict` carries the current
   * version. Imports and API clients that file whole reports may leave it out: their
   * submission then becomes the next version, and the one it replaces stays in the history.
   */
  baseVersion?: number;
  /**
   * Makes the submission safe to retry: the same key with the same request returns the
   * first response and stores nothing more; the same key with another request is 422
   * `idempotency_mismatch`. Keys are scoped to the organisation.
   */
  idempotencyKey?: string;
}

export interface SubmitReportResult {
  report: ReportSummary;
  /** Answer keys of the previous report left out because the template version no longer has them. */
  dropped: string[];
}

/**
 * Submits an organisation's report for a round: full validation against the round's
 * template version (required answers, bounds, the impact of every area, comments from the
 * area's threshold), impacts computed from criteria, carried-over comments counted against
 * the organisation's previous report, late marking after the deadline. The report row, a
 * revision, the `report_values` rows and the audit row are written in one transaction.
 *
 * Errors: 400 `validation` (fields with paths such as `areas.sabo.comment`), 403, 404,
 * 409 `version_conflict`, 422 `round_closed` / `idempotency_mismatch`.
 */
export async function submitReport(ctx: Ctx, input: SubmitReportInput): Promise<SubmitReportResult> {
  // Only a submission that can be retried needs its request's fingerprint.
  const hash = input.idempotencyKey
    ? requestHash({
        op: 'submit',
        roundId: input.roundId,
        orgId: input.orgId,
        answers: input.answers,
        baseVersion: input.baseVersion ?? null,
      })
    : '';
  const round = await loadFilingRound(ctx, input.roundId, input.orgId, 'file');
  return fileReport(ctx, round, { ...input, hash, dropped: [] });
}

/**
 * "Inget har ändrats sedan förra veckan": submits the organisation's previous report's
 * answers unchanged (on this round's template version), so carried-over comments count up.
 * Validation still applies; without a previous submitted report, 422 `no_previous_report`.
 */
export async function confirmUnchanged(
  ctx: Ctx,
  input: { roundId: string; orgId: string; idempotencyKey?: string },
): Promise<SubmitReportResult> {
  const round = await loadFilingRound(ctx, input.roundId, input.orgId, 'file');
  const [previous] = await repo.listEarlierSubmitted(ctx.db, {
    orgId: input.orgId,
    templateId: round.templateId,
    before: round.opensAt,
    limit: 1,
  });
  if (!previous) throw new AppError('no_previous_report');
  const { answers, dropped } = unchangedAnswers(previous.answers, round.definition);
  const hash = requestHash({ op: 'unchanged', roundId: input.roundId, orgId: input.orgId });
  return fileReport(ctx, round, {
    roundId: input.roundId,
    orgId: input.orgId,
    answers,
    hash,
    dropped,
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
  });
}

async function fileReport(
  ctx: Ctx,
  round: FilingRound,
  input: SubmitReportInput & { hash: string; dropped: string[] },
): Promise<SubmitReportResult> {
  const def = round.definition;
  const answers = normalizeAnswers(def, input.answers);
  const errors = validateAnswers(def, answers, 'submit');
  if (errors.length > 0) throw fieldErrors(errors);
  return writeFiling(ctx, {
    actor: ctx.actor,
    ip: ctx.ip,
    now: nowOf(ctx),
    round,
    orgId: input.orgId,
    answers,
    baseVersion: input.baseVersion,
    claim: input.idempotencyKey
      ? { scope: `submit:${input.orgId}`, key: input.idempotencyKey, hash: input.hash }
      : null,
    dropped: input.dropped,
  });
}
