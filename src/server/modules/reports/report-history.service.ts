import type { z } from '@hono/zod-openapi';
import { compareAnswers } from '../../../core/reports/carry-over';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { roundLabel } from './filing-context';
import { ownOrgId } from './reports.policy';
import * as repo from './reports.repository';
import type { historyResponse } from './reports.schemas';

export type ReportHistory = z.infer<typeof historyResponse>;

/**
 * Every saved and submitted version of one of the actor's organisation's reports, newest
 * first, with who saved it, when, and which answers differ from the version before.
 * Another organisation's report is not found, whatever its status.
 */
export async function getReportHistory(ctx: Ctx, reportId: string): Promise<ReportHistory> {
  const orgId = ownOrgId(ctx.actor);
  const report = orgId ? await repo.findReportOfOrg(ctx.db, reportId, orgId) : null;
  if (!report) throw notFound('report');
  const revisions = await repo.listRevisions(ctx.db, reportId);
  const entries = revisions.map((revision, i) => {
    const before = revisions[i - 1]?.answers ?? null;
    const changes = compareAnswers(before, revision.answers);
    return {
      version: revision.version,
      status: revision.status,
      at: revision.at.toISOString(),
      actorName: revision.actorName,
      answers: revision.answers,
      diff: Object.entries(changes)
        .filter(([, status]) => status !== 'unchanged')
        .map(([key, status]) => ({ key, status })),
    };
  });
  return {
    report: {
      id: report.id,
      roundId: report.roundId,
      orgId: report.orgId,
      label: roundLabel(
        { kind: 'weekly', title: '', isoYear: report.isoYear, isoWeek: report.isoWeek },
        ctx.locale,
      ),
      isoYear: report.isoYear,
      isoWeek: report.isoWeek,
      templateName: report.templateName,
      definition: report.definition,
    },
    revisions: entries.reverse(),
  };
}
