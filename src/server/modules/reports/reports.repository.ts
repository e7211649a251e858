import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Answers } from '../../../core/reports/answers';
import { users } from '../../db/schema/accounts';
import { networkMembers, networks } from '../../db/schema/registry';
import { reportRevisions, reports, rounds, templates, templateVersions } from '../../db/schema/reports';
import type { DbOrTx } from '../../platform/db';

export type ReportRow = typeof reports.$inferSelect;
export type RevisionRow = typeof reportRevisions.$inferSelect;

export { type FilingRound, findRoundForOrg } from './filing-round.repository';

const updater = alias(users, 'updater');

/** The organisation's report in a round, with the name of whoever changed it last. */
export async function findReport(db: DbOrTx, roundId: string, orgId: string) {
  const rows = await db
    .select({ report: reports, updatedByName: updater.name })
    .from(reports)
    .leftJoin(updater, eq(updater.id, reports.updatedBy))
    .where(and(eq(reports.roundId, roundId), eq(reports.orgId, orgId)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.report, updatedByName: row.updatedByName } : null;
}

/** Locks the report row for the rest of the transaction; concurrent writers wait here. */
export async function lockReport(db: DbOrTx, roundId: string, orgId: string): Promise<ReportRow | null> {
  const rows = await db
    .select()
    .from(reports)
    .where(and(eq(reports.roundId, roundId), eq(reports.orgId, orgId)))
    .for('update')
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Creates the report row unless a concurrent request just did; null in that case, so the
 * caller re-reads and compares versions instead of overwriting.
 */
export async function insertReport(
  db: DbOrTx,
  values: {
    roundId: string;
    orgId: string;
    templateVersionId: string;
    answers: Answers;
    version: number;
    updatedBy: string | null;
    now: Date;
  },
): Promise<ReportRow | null> {
  const rows = await db
    .insert(reports)
    .values({
      roundId: values.roundId,
      orgId: values.orgId,
      templateVersionId: values.templateVersionId,
      answers: values.answers,
      version: values.version,
      updatedBy: values.updatedBy,
      status: 'draft',
      createdAt: values.now,
      updatedAt: values.now,
    })
    .onConflictDoNothing({ target: [reports.roundId, reports.orgId] })
    .returning();
  return rows[0] ?? null;
}

export async function updateReport(
  db: DbOrTx,
  reportId: string,
  values: Partial<Omit<typeof reports.$inferInsert, 'id' | 'roundId' | 'orgId' | 'createdAt'>>,
): Promise<ReportRow> {
  const rows = await db.update(reports).set(values).where(eq(reports.id, reportId)).returning();
  const row = rows[0];
  if (!row) throw new Error('report update returned no row');
  return row;
}

/**
 * The organisation's submitted reports in earlier rounds of the same template, newest
 * first. The first one is "last week's report" the form is pre-filled from.
 */
export async function listEarlierSubmitted(
  db: DbOrTx,
  input: { orgId: string; templateId: string; before: Date; limit: number },
) {
  return db
    .select({
      reportId: reports.id,
      roundId: rounds.id,
      isoYear: rounds.isoYear,
      isoWeek: rounds.isoWeek,
      kind: rounds.kind,
      title: rounds.title,
      answers: reports.answers,
      carriedOver: reports.carriedOver,
      submittedAt: reports.submittedAt,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(
      and(
        eq(reports.orgId, input.orgId),
        eq(reports.status, 'submitted'),
        eq(rounds.templateId, input.templateId),
        lt(rounds.opensAt, input.before),
      ),
    )
    .orderBy(desc(rounds.opensAt))
    .limit(input.limit);
}
export type EarlierReport = Awaited<ReturnType<typeof listEarlierSubmitted>>[number];

export async function findLatestRevision(db: DbOrTx, reportId: string): Promise<RevisionRow | null> {
  const rows = await db
    .select()
    .from(reportRevisions)
    .where(eq(reportRevisions.reportId, reportId))
    .orderBy(desc(reportRevisions.version))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertRevision(db: DbOrTx, values: typeof reportRevisions.$inferInsert): Promise<void> {
  await db.insert(reportRevisions).values(values);
}

/** Moves a draft revision forward to the report's new version (autosaves fold into one entry). */
export async function updateRevision(
  db: DbOrTx,
  revisionId: number,
  values: { version: number; answers: Answers; at: Date },
): Promise<void> {
  await db.update(reportRevisions).set(values).where(eq(reportRevisions.id, revisionId));
}

/** Oldest first, with the name of the person who saved each (null for an API token). */
export async function listRevisions(db: DbOrTx, reportId: string) {
  return db
    .select({
      version: reportRevisions.version,
      status: reportRevisions.status,
      answers: reportRevisions.answers,
      at: reportRevisions.at,
      actorUserId: reportRevisions.actorUserId,
      actorName: users.name,
    })
    .from(reportRevisions)
    .leftJoin(users, eq(users.id, reportRevisions.actorUserId))
    .where(eq(reportRevisions.reportId, reportId))
    .orderBy(asc(reportRevisions.version));
}

/** Scoped to the organisation: another organisation's report is simply not found. */
export async function findReportOfOrg(db: DbOrTx, reportId: string, orgId: string) {
  const rows = await db
    .select({
      id: reports.id,
      roundId: reports.roundId,
      orgId: reports.orgId,
      status: reports.status,
      version: reports.version,
      isoYear: rounds.isoYear,
      isoWeek: rounds.isoWeek,
      templateName: templates.name,
      definition: templateVersions.definition,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, reports.templateVersionId))
    .where(and(eq(reports.id, reportId), eq(reports.orgId, orgId)))
    .limit(1);
  return rows[0] ?? null;
}

/** Replaces the report's value rows with those of its newly submitted answers. */
/**
 * Rounds of the networks the organisation files in, from `from` to `to` (by deadline and
 * opening), with the organisation's own report if any. Only its own reports are joined.
 */
export async function listTodoRounds(
  db: DbOrTx,
  input: { orgId: string; deadlineFrom: Date; opensBefore: Date },
) {
  return db
    .select({
      roundId: rounds.id,
      networkId: networks.id,
      networkName: networks.name,
      templateId: templates.id,
      templateName: templates.name,
      kind: rounds.kind,
      isoYear: rounds.isoYear,
      isoWeek: rounds.isoWeek,
      title: rounds.title,
      opensAt: rounds.opensAt,
      deadlineAt: rounds.deadlineAt,
      reportId: reports.id,
      status: reports.status,
      isLate: reports.isLate,
      submittedAt: reports.submittedAt,
      hasPendingRevision: sql<boolean>`(${reports.draftAnswers} is not null)`,
      updatedAt: reports.updatedAt,
    })
    .from(rounds)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.networkId, rounds.networkId),
        eq(networkMembers.orgId, input.orgId),
        eq(networkMembers.reports, 1),
      ),
    )
    .innerJoin(networks, eq(networks.id, rounds.networkId))
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .leftJoin(reports, and(eq(reports.roundId, rounds.id), eq(reports.orgId, input.orgId)))
    .where(and(gte(rounds.deadlineAt, input.deadlineFrom), lte(rounds.opensAt, input.opensBefore)))
    .orderBy(asc(rounds.deadlineAt), asc(networks.name), asc(templates.name));
}

/** Names of users, for the history and conflict details. */
export async function findUserNames(db: DbOrTx, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}
