import type { Answers } from '../../../core/reports/answers';
import { normalizeAnswers, validateAnswers } from '../../../core/reports/validate-answers';
import { type Ctx, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { type FiledReport, type Filing, fileReports } from './report-file';
import * as repo from './reports.repository';
import { fieldErrors } from './validation-error';

/**
 * Files an import's reports for one round as one batch in the caller's transaction: all or
 * nothing, one statement per table however many rows. The import has already authorized
 * the actor for these organisations (its own, or every member's for the network's
 * coordinator) and reported every problem by row and column; each report is still
 * validated here like any submission. The person who imported is recorded as the one who
 * filed each report, on behalf of its organisation.
 */
export async function submitImportedReports(
  tx: Ctx,
  input: { roundId: string; rows: readonly { orgId: string; answers: Answers }[] },
): Promise<FiledReport[]> {
  const filings: Filing[] = [];
  for (const row of input.rows) {
    const round = await repo.findRoundForOrg(tx.db, input.roundId, row.orgId);
    if (!round) throw notFound('round');
    if (round.memberReports !== 1) throw new AppError('forbidden', { reason: 'not_reporting_member' });
    const answers = normalizeAnswers(round.definition, row.answers);
    const errors = validateAnswers(round.definition, answers, 'submit');
    if (errors.length > 0) throw fieldErrors(errors);
    filings.push({
      actor: tx.actor,
      ip: tx.ip,
      now: nowOf(tx),
      round,
      orgId: row.orgId,
      answers,
      baseVersion: undefined,
      claim: null,
      dropped: [],
    });
  }
  if (filings.length === 0) return [];
  return (await fileReports(tx, filings)).map((outcome) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  });
}
