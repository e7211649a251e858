import type { Answers } from '../../../core/reports/answers';
import { normalizeAnswers, validateAnswers } from '../../../core/reports/validate-answers';
import { writeAudit } from '../../platform/audit';
import { actorUserId, type Ctx, inTransaction, nowOf } from '../../platform/context';
import {
  actorName,
  assertFilingAllowed,
  loadFilingRound,
  presentReport,
  type ReportSummary,
} from './filing-context';
import { assertBaseVersion, lockOrCreateReport } from './report-lock';
import * as repo from './reports.repository';
import { fieldErrors } from './validation-error';

export interface SaveDraftInput {
  roundId: string;
  orgId: string;
  answers: Answers;
  /** The version the client edited; 0 when it saw no report. Required: drafts never overwrite blindly. */
  baseVersion: number;
}

/**
 * Saves the working copy of a report. Only what could never be right is refused (types,
 * bounds, unknown keys), so a half-filled form saves. On a report that has been submitted
 * the draft is a revision in progress: it is kept in `draftAnswers` and the network goes on
 * seeing the submitted answers until the revision is submitted.
 *
 * Autosaves by the same person fold into one history entry; each save still bumps the
 * version, which is what the next save must name as its base.
 */
export async function saveDraft(ctx: Ctx, input: SaveDraftInput): Promise<{ report: ReportSummary }> {
  const round = await loadFilingRound(ctx, input.roundId, input.orgId, 'file');
  const answers = normalizeAnswers(round.definition, input.answers);
  const errors = validateAnswers(round.definition, answers, 'draft');
  if (errors.length > 0) throw fieldErrors(errors);

  return inTransaction(ctx, async (tx) => {
    const now = nowOf(tx);
    const userId = actorUserId(tx.actor);
    const report = await lockOrCreateReport(tx, {
      roundId: round.id,
      orgId: input.orgId,
      templateVersionId: round.templateVersionId,
      answers,
    });
    assertFilingAllowed(round, report, now);
    await assertBaseVersion(tx, report, input.baseVersion);

    const version = report.version + 1;
    const isRevision = report.status === 'submitted';
    const updated = await repo.updateReport(tx.db, report.id, {
      version,
      ...(isRevision ? { draftAnswers: answers } : { answers }),
      updatedBy: userId,
      updatedAt: now,
    });
    const latest = await repo.findLatestRevision(tx.db, report.id);
    if (latest && latest.status === 'draft' && latest.actorUserId === userId) {
      await repo.updateRevision(tx.db, latest.id, { version, answers, at: now });
    } else {
      await repo.insertRevision(tx.db, {
        reportId: report.id,
        version,
        status: 'draft',
        answers,
        actorUserId: userId,
        at: now,
      });
    }
    await writeAudit(tx, {
      action: 'report.save_draft',
      entityType: 'report',
      entityId: report.id,
      before: { version: report.version },
      after: { version, roundId: round.id, orgId: input.orgId, revision: isRevision },
    });
    return { report: presentReport(updated, actorName(tx)) };
  });
}
