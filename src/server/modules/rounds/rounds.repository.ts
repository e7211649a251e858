import { and, desc, eq, gt, gte, inArray, isNotNull, lt, notExists, sql } from 'drizzle-orm';
import { networkMembers, networks } from '../../db/schema/registry';
import { reports, rounds, templates, templateVersions } from '../../db/schema/reports';
import type { DbOrTx } from '../../platform/db';

export type RoundRow = typeof rounds.$inferSelect;
export type NewRound = typeof rounds.$inferInsert;

export interface RoundCounts {
  filed: number;
  late: number;
}

/** Callers check network access first; the query is scoped to that network. */
export async function listNetworkRounds(
  db: DbOrTx,
  networkId: string,
  options: { limit: number; templateId?: string | undefined },
) {
  return db
    .select({ round: rounds, templateName: templates.name, templateVersion: templateVersions.version })
    .from(rounds)
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, rounds.templateVersionId))
    .where(
      and(
        eq(rounds.networkId, networkId),
        options.templateId ? eq(rounds.templateId, options.templateId) : undefined,
      ),
    )
    .orderBy(desc(rounds.opensAt), desc(rounds.createdAt))
    .limit(options.limit);
}

export async function findRoundWithVersion(db: DbOrTx, roundId: string) {
  const rows = await db
    .select({ round: rounds, templateName: templates.name, version: templateVersions })
    .from(rounds)
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, rounds.templateVersionId))
    .where(eq(rounds.id, roundId))
    .limit(1);
  return rows[0] ?? null;
}

export async function findRound(db: DbOrTx, roundId: string): Promise<RoundRow | null> {
  const rows = await db.select().from(rounds).where(eq(rounds.id, roundId)).limit(1);
  return rows[0] ?? null;
}

/** Organisations expected to file in the network's rounds. */
export async function countReportingMembers(db: DbOrTx, networkId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.reports, 1)));
  return Number(rows[0]?.n ?? 0);
}

/**
 * Filed (submitted at least once) and late reports per round, in one grouped query. Only
 * reporting members count, so "filed" never exceeds "expected".
 */
export async function countFiledByRound(
  db: DbOrTx,
  networkId: string,
  roundIds: string[],
): Promise<Map<string, RoundCounts>> {
  const out = new Map<string, RoundCounts>();
  if (roundIds.length === 0) return out;
  const rows = await db
    .select({
      roundId: reports.roundId,
      filed: sql<number>`count(*)::int`,
      late: sql<number>`count(*) filter (where ${reports.isLate})::int`,
    })
    .from(reports)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.orgId, reports.orgId),
        eq(networkMembers.networkId, networkId),
        eq(networkMembers.reports, 1),
      ),
    )
    .where(and(inArray(reports.roundId, roundIds), isNotNull(reports.firstSubmittedAt)))
    .groupBy(reports.roundId);
  for (const row of rows) out.set(row.roundId, { filed: Number(row.filed), late: Number(row.late) });
  return out;
}

export async function insertRound(db: DbOrTx, values: NewRound): Promise<RoundRow> {
  const rows = await db.insert(rounds).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('round insert returned no row');
  return row;
}

/** Inserts weekly rounds; a week another instance created meanwhile is skipped silently. */
export async function insertWeeklyRounds(db: DbOrTx, values: NewRound[]): Promise<RoundRow[]> {
  if (values.length === 0) return [];
  return db.insert(rounds).values(values).onConflictDoNothing().returning();
}

export async function findWeeklyRounds(
  db: DbOrTx,
  templateIds: string[],
  isoYears: number[],
): Promise<RoundRow[]> {
  if (templateIds.length === 0 || isoYears.length === 0) return [];
  return db
    .select()
    .from(rounds)
    .where(
      and(
        eq(rounds.kind, 'weekly'),
        inArray(rounds.templateId, templateIds),
        inArray(rounds.isoYear, isoYears),
      ),
    );
}

/** Templates (all active ones, or the one given) with their network's schedule and current version. */
export async function listTemplateSchedules(db: DbOrTx, templateId?: string) {
  return db
    .select({
      templateId: templates.id,
      networkId: templates.networkId,
      isActive: templates.isActive,
      versionId: templateVersions.id,
      opensWeekday: networks.opensWeekday,
      opensTime: networks.opensTime,
      deadlineWeekday: networks.deadlineWeekday,
      deadlineTime: networks.deadlineTime,
    })
    .from(templates)
    .innerJoin(networks, eq(networks.id, templates.networkId))
    .innerJoin(
      templateVersions,
      and(
        eq(templateVersions.templateId, templates.id),
        eq(templateVersions.version, templates.currentVersion),
      ),
    )
    .where(templateId ? eq(templates.id, templateId) : eq(templates.isActive, true));
}

export async function updateRoundDeadline(
  db: DbOrTx,
  roundId: string,
  deadlineAt: Date,
): Promise<RoundRow | null> {
  const rows = await db.update(rounds).set({ deadlineAt }).where(eq(rounds.id, roundId)).returning();
  return rows[0] ?? null;
}

/**
 * Rounds created ahead of time take the template's new version, as long as they have not
 * opened and nobody has started a report in them: a round uses the version current when it opens.
 */
export async function repointUpcomingRounds(
  db: DbOrTx,
  templateId: string,
  versionId: string,
  now: Date,
): Promise<number> {
  const rows = await db
    .update(rounds)
    .set({ templateVersionId: versionId })
    .where(
      and(
        eq(rounds.templateId, templateId),
        gt(rounds.opensAt, now),
        notExists(db.select({ one: sql`1` }).from(reports).where(eq(reports.roundId, rounds.id))),
      ),
    )
    .returning({ id: rounds.id });
  return rows.length;
}

export interface RoundDeadline {
  id: string;
  networkId: string;
  networkName: string;
  kind: 'weekly' | 'extra';
  isoYear: number;
  isoWeek: number;
  title: string;
  templateName: string;
  deadlineAt: Date;
  createdAt: Date;
  /** How often the deadline was moved (from the audit log): the calendar's SEQUENCE. */
  deadlineChanges: number;
  lastChangedAt: Date | null;
}

/** Deadlines in [from, to) of the given networks, for the calendar; callers check access. */
export async function listRoundDeadlines(
  db: DbOrTx,
  q: { networkIds: string[]; from: Date; to: Date },
): Promise<RoundDeadline[]> {
  if (q.networkIds.length === 0) return [];
  const changes = sql<number>`(select count(*)::int from audit_log a where a.entity_type = 'round' and a.entity_id = ${rounds.id}::text and a.action = 'round.deadline')`;
  const lastChangedAt = sql<
    Date | string | null
  >`(select max(a.at) from audit_log a where a.entity_type = 'round' and a.entity_id = ${rounds.id}::text and a.action = 'round.deadline')`;
  const rows = await db
    .select({
      id: rounds.id,
      networkId: rounds.networkId,
      networkName: networks.name,
      kind: rounds.kind,
      isoYear: rounds.isoYear,
      isoWeek: rounds.isoWeek,
      title: rounds.title,
      templateName: templates.name,
      deadlineAt: rounds.deadlineAt,
      createdAt: rounds.createdAt,
      deadlineChanges: changes,
      lastChangedAt,
    })
    .from(rounds)
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .innerJoin(networks, eq(networks.id, rounds.networkId))
    .where(
      and(
        inArray(rounds.networkId, q.networkIds),
        gte(rounds.deadlineAt, q.from),
        lt(rounds.deadlineAt, q.to),
      ),
    )
    .orderBy(rounds.deadlineAt);
  return rows.map((row) => ({
    ...row,
    deadlineChanges: Number(row.deadlineChanges),
    lastChangedAt: row.lastChangedAt === null ? null : new Date(row.lastChangedAt),
  }));
}
