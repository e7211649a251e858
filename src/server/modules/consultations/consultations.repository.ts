import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { consultationRecipients, consultations } from '../../db/schema/consultations';
import { networkMembers, networks, organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export type ConsultationRow = typeof consultations.$inferSelect;
export type RecipientRow = typeof consultationRecipients.$inferSelect;

export async function insertConsultation(
  db: DbOrTx,
  values: typeof consultations.$inferInsert,
  orgIds: readonly string[],
): Promise<ConsultationRow> {
  const row = (await db.insert(consultations).values(values).returning())[0];
  if (!row) throw new Error('consultation not inserted');
  await db.insert(consultationRecipients).values(orgIds.map((orgId) => ({ consultationId: row.id, orgId })));
  return row;
}

export async function findConsultation(db: DbOrTx, id: string) {
  const rows = await db
    .select({ consultation: consultations, networkName: networks.name })
    .from(consultations)
    .innerJoin(networks, eq(networks.id, consultations.networkId))
    .where(eq(consultations.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** Which of the given organisations are members of the network (the owner included). */
export async function filterNetworkOrgs(
  db: DbOrTx,
  networkId: string,
  orgIds: readonly string[],
): Promise<string[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({ orgId: networkMembers.orgId })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), inArray(networkMembers.orgId, [...orgIds])));
  return rows.map((r) => r.orgId);
}

/** Addressed organisations with their answers, by organisation name. */
export async function listRecipients(db: DbOrTx, consultationId: string) {
  return db
    .select({
      recipient: consultationRecipients,
      orgName: organisations.name,
      orgCode: organisations.code,
      answeredByName: users.name,
    })
    .from(consultationRecipients)
    .innerJoin(organisations, eq(organisations.id, consultationRecipients.orgId))
    .leftJoin(users, eq(users.id, consultationRecipients.answeredBy))
    .where(eq(consultationRecipients.consultationId, consultationId))
    .orderBy(asc(organisations.name));
}
export type RecipientWithOrg = Awaited<ReturnType<typeof listRecipients>>[number];

export async function findRecipient(db: DbOrTx, consultationId: string, orgId: string) {
  const rows = await db
    .select({
      recipient: consultationRecipients,
      orgName: organisations.name,
      orgCode: organisations.code,
      answeredByName: users.name,
    })
    .from(consultationRecipients)
    .innerJoin(organisations, eq(organisations.id, consultationRecipients.orgId))
    .leftJoin(users, eq(users.id, consultationRecipients.answeredBy))
    .where(
      and(eq(consultationRecipients.consultationId, consultationId), eq(consultationRecipients.orgId, orgId)),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** Saves an answer if nobody saved one since `expectedVersion` was read; null when someone did. */
export async function saveAnswer(
  db: DbOrTx,
  key: { consultationId: string; orgId: string; expectedVersion: number },
  values: Pick<
    RecipientRow,
    'answerKind' | 'answerText' | 'answerAttachmentId' | 'answeredBy' | 'answeredAt'
  >,
): Promise<RecipientRow | null> {
  const rows = await db
    .update(consultationRecipients)
    .set({
      ...values,
      firstAnsweredAt: sql`coalesce(${consultationRecipients.firstAnsweredAt}, ${values.answeredAt})`,
      version: sql`${consultationRecipients.version} + 1`,
    })
    .where(
      and(
        eq(consultationRecipients.consultationId, key.consultationId),
        eq(consultationRecipients.orgId, key.orgId),
        eq(consultationRecipients.version, key.expectedVersion),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export async function updateDeadline(
  db: DbOrTx,
  id: string,
  values: { deadlineDate: string; deadlineAt: Date; updatedAt: Date },
): Promise<ConsultationRow | null> {
  const rows = await db
    .update(consultations)
    .set({ ...values, deadlineChanges: sql`${consultations.deadlineChanges} + 1` })
    .where(eq(consultations.id, id))
    .returning();
  return rows[0] ?? null;
}

export interface ListScope {
  /** null: every network (system admin). */
  orgId: string | null;
  networkId?: string;
  state: 'open' | 'closed' | 'all';
  now: Date;
}

/**
 * Consultations in the networks the organisation belongs to or owns, with how many
 * addressed organisations have answered and the organisation's own status. Newest
 * deadline first among closed ones, nearest first among open ones (the caller sorts).
 */
export async function listConsultations(db: DbOrTx, scope: ListScope) {
  const org = scope.orgId;
  const inScope =
    org === null
      ? undefined
      : or(
          eq(networks.ownerOrgId, org),
          sql`exists (select 1 from network_members m where m.network_id = ${consultations.networkId} and m.org_id = ${org})`,
        );
  const state =
    scope.state === 'open'
      ? gt(consultations.deadlineAt, scope.now)
      : scope.state === 'closed'
        ? lte(consultations.deadlineAt, scope.now)
        : undefined;
  return db
    .select({
      consultation: consultations,
      networkName: networks.name,
      ownerOrgId: networks.ownerOrgId,
      recipientCount: sql<number>`(select count(*)::int from consultation_recipients r where r.consultation_id = ${consultations.id})`,
      answeredCount: sql<number>`(select count(*)::int from consultation_recipients r where r.consultation_id = ${consultations.id} and r.answer_kind is not null)`,
      myKind: sql<
        string | null
      >`(select coalesce(r.answer_kind, 'not_answered') from consultation_recipients r where r.consultation_id = ${consultations.id} and r.org_id = ${org})`,
    })
    .from(consultations)
    .innerJoin(networks, eq(networks.id, consultations.networkId))
    .where(and(inScope, state, scope.networkId ? eq(consultations.networkId, scope.networkId) : undefined))
    .orderBy(asc(consultations.deadlineAt), asc(consultations.title))
    .limit(500);
}

/** Open consultations due within `horizon` and their unanswered recipients (for reminders). */
export async function findUnansweredDueBefore(db: DbOrTx, now: Date, horizon: Date) {
  return db
    .select({
      consultationId: consultations.id,
      deadlineDate: consultations.deadlineDate,
      deadlineAt: consultations.deadlineAt,
      orgId: consultationRecipients.orgId,
    })
    .from(consultations)
    .innerJoin(consultationRecipients, eq(consultationRecipients.consultationId, consultations.id))
    .where(
      and(
        gt(consultations.deadlineAt, now),
        lte(consultations.deadlineAt, horizon),
        isNull(consultationRecipients.answerKind),
      ),
    );
}

/** Deadlines of the networks' consultations within [from, to) for the calendar. */
export async function listDeadlines(db: DbOrTx, q: { networkIds: string[]; from: Date; to: Date }) {
  if (q.networkIds.length === 0) return [];
  return db
    .select({ consultation: consultations, networkName: networks.name })
    .from(consultations)
    .innerJoin(networks, eq(networks.id, consultations.networkId))
    .where(
      and(
        inArray(consultations.networkId, q.networkIds),
        gt(consultations.deadlineAt, q.from),
        // deadlineAt is the midnight after the deadline day, so a day inside the window ends by `to` + 1 day.
        sql`${consultations.deadlineAt} <= ${new Date(q.to.getTime() + 86_400_000).toISOString()}::timestamptz`,
      ),
    );
}

/** Active people who answer for the organisations: their reporters and organisation admins. */
export async function findAnswerers(db: DbOrTx, orgIds: readonly string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({
      id: users.id,
      orgName: organisations.name,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(
      and(
        inArray(users.orgId, [...orgIds]),
        eq(users.isActive, true),
        sql`${users.roles} && array['reporter', 'org_admin']::text[]`,
      ),
    )
    .orderBy(asc(users.email));
}
