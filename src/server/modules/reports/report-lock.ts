import type { Answers } from '../../../core/reports/answers';
import type { Ctx } from '../../platform/context';
import { actorUserId, nowOf } from '../../platform/context';
import { AppError } from '../../platform/errors';
import * as repo from './reports.repository';

/**
 * The organisation's report row in the round, locked for the rest of the transaction.
 * When there is none yet, a row at version 0 is created (and locked) so that concurrent
 * first saves serialize on it too; the caller then writes version 1. If the transaction
 * fails, the row goes with it.
 */
export async function lockOrCreateReport(
  tx: Ctx,
  input: { roundId: string; orgId: string; templateVersionId: string; answers: Answers },
): Promise<repo.ReportRow> {
  const existing = await repo.lockReport(tx.db, input.roundId, input.orgId);
  if (existing) return existing;
  await repo.insertReport(tx.db, {
    ...input,
    version: 0,
    updatedBy: actorUserId(tx.actor),
    now: nowOf(tx),
  });
  // Either our row or the one a concurrent request committed first; lock whichever it is.
  const row = await repo.lockReport(tx.db, input.roundId, input.orgId);
  if (!row) throw new Error('report row vanished after insert');
  return row;
}

/**
 * Optimistic concurrency: the client says which version it edited. A different current
 * version means someone saved in between; the 409 carries that version so the client can
 * show both and let the person choose, instead of overwriting silently.
 */
export async function assertBaseVersion(
  tx: Ctx,
  report: repo.ReportRow,
  baseVersion: number | undefined,
): Promise<void> {
  if (baseVersion === undefined || baseVersion === report.version) return;
  const names = report.updatedBy
    ? await repo.findUserNames(tx.db, [report.updatedBy])
    : new Map<string, string>();
  throw new AppError('version_conflict', {
    current: {
      version: report.version,
      status: report.status,
      answers: report.draftAnswers ?? report.answers,
      updatedByName: report.updatedBy ? (names.get(report.updatedBy) ?? null) : null,
      updatedAt: report.updatedAt.toISOString(),
    },
  });
}
