import { writeAudit } from '../../platform/audit';
import { actorUserId, type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { actorName, loadFilingRound, presentReport, type ReportSummary } from './filing-context';
import { assertBaseVersion } from './report-lock';
import * as repo from './reports.repository';

/**
 * Throws away a revision in progress of a submitted report: the submitted answers stand
 * unchanged, as the network has seen them all along. The version moves on, so a tab still
 * holding the discarded draft gets a conflict instead of saving it back. The drafts stay in
 * the report's history.
 *
 * Errors: 403, 404, 409 `version_conflict`, 422 `no_pending_revision`.
 */
export async function discardRevision(
  ctx: Ctx,
  input: { roundId: string; orgId: string; baseVersion: number },
): Promise<{ report: ReportSummary }> {
  await loadFilingRound(ctx, input.roundId, input.orgId, 'file');
  return inTransaction(ctx, async (tx) => {
    const report = await repo.lockReport(tx.db, input.roundId, input.orgId);
    if (!report) throw notFound('report');
    await assertBaseVersion(tx, report, input.baseVersion);
    if (report.status !== 'submitted' || report.draftAnswers === null)
      throw new AppError('no_pending_revision');
    const version = report.version + 1;
    const updated = await repo.updateReport(tx.db, report.id, {
      version,
      draftAnswers: null,
      updatedBy: actorUserId(tx.actor),
      updatedAt: nowOf(tx),
    });
    await writeAudit(tx, {
      action: 'report.discard_revision',
      entityType: 'report',
      entityId: report.id,
      before: { version: report.version, draftAnswers: report.draftAnswers },
      after: { version, roundId: input.roundId, orgId: input.orgId },
    });
    return { report: presentReport(updated, actorName(tx)) };
  });
}
