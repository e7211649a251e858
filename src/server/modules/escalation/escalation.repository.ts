import { and, desc, eq } from 'drizzle-orm';
import { reports, rounds, templates, templateVersions } from '../../db/schema/reports';
import type { DbOrTx } from '../../platform/db';

/** One organisation's submitted reports in a network's latest rounds, newest first. */
export async function listSubmittedReports(db: DbOrTx, networkId: string, orgId: string, limit: number) {
  return db
    .select({
      reportId: reports.id,
      answers: reports.answers,
      submittedAt: reports.submittedAt,
      roundId: rounds.id,
      roundKind: rounds.kind,
      isoYear: rounds.isoYear,
      isoWeek: rounds.isoWeek,
      roundTitle: rounds.title,
      opensAt: rounds.opensAt,
      templateId: templates.id,
      templateName: templates.name,
      definition: templateVersions.definition,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, reports.templateVersionId))
    .where(and(eq(rounds.networkId, networkId), eq(reports.orgId, orgId), eq(reports.status, 'submitted')))
    .orderBy(desc(rounds.opensAt))
    .limit(limit);
}

/** A submitted report filed in one of the network's rounds, or null. */
export async function findReportInNetwork(db: DbOrTx, networkId: string, reportId: string) {
  const rows = await db
    .select({
      reportId: reports.id,
      orgId: reports.orgId,
      templateId: rounds.templateId,
      opensAt: rounds.opensAt,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(eq(reports.id, reportId), eq(rounds.networkId, networkId), eq(reports.status, 'submitted')))
    .limit(1);
  return rows[0] ?? null;
}
