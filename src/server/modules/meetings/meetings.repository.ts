import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import {
  actionItems,
  agendaAttachments,
  agendaItems,
  attendance,
  decisions,
  meetingInvitations,
  meetings,
  minutesVersions,
} from '../../db/schema/meetings';
import { networkMembers, networks, organisations } from '../../db/schema/registry';
import type { Actor } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { isSystemAdmin } from '../../platform/policy';

export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type ActionRow = typeof actionItems.$inferSelect;

export async function findMeeting(db: DbOrTx, id: string): Promise<MeetingRow | null> {
  return (await db.select().from(meetings).where(eq(meetings.id, id)).limit(1))[0] ?? null;
}

/** Locks the meeting row, so concurrent writers of the same meeting queue behind each other. */
export async function lockMeeting(db: DbOrTx, id: string): Promise<MeetingRow | null> {
  return (await db.select().from(meetings).where(eq(meetings.id, id)).for('update').limit(1))[0] ?? null;
}

export async function insertMeeting(db: DbOrTx, values: NewMeeting): Promise<MeetingRow> {
  const row = (await db.insert(meetings).values(values).returning())[0];
  if (!row) throw new Error('meeting not inserted');
  return row;
}

export async function updateMeeting(
  db: DbOrTx,
  id: string,
  values: Partial<NewMeeting>,
  now: Date,
): Promise<MeetingRow> {
  const row = (
    await db
      .update(meetings)
      .set({ ...values, version: sql`${meetings.version} + 1`, updatedAt: now })
      .where(eq(meetings.id, id))
      .returning()
  )[0];
  if (!row) throw new Error('meeting not updated');
  return row;
}

/** The networks the actor takes part in (all of them for a system administrator). */
export async function listActorNetworks(db: DbOrTx, actor: Actor) {
  const base = db
    .select({ id: networks.id, name: networks.name, ownerOrgId: networks.ownerOrgId })
    .from(networks);
  if (actor.kind === 'system' || isSystemAdmin(actor)) return base.orderBy(asc(networks.name));
  const orgId = actor.orgId;
  return base
    .where(
      or(
        eq(networks.ownerOrgId, orgId),
        sql`exists (select 1 from ${networkMembers} where ${networkMembers.networkId} = ${networks.id} and ${networkMembers.orgId} = ${orgId})`,
      ),
    )
    .orderBy(asc(networks.name));
}

export async function listMeetings(
  db: DbOrTx,
  networkIds: string[],
  options: { when: 'upcoming' | 'past' | 'all'; limit: number; now: Date },
) {
  if (networkIds.length === 0) return [];
  const when =
    options.when === 'upcoming'
      ? gte(meetings.endsAt, options.now)
      : options.when === 'past'
        ? lt(meetings.endsAt, options.now)
        : undefined;
  return db
    .select({ meeting: meetings, networkName: networks.name })
    .from(meetings)
    .innerJoin(networks, eq(networks.id, meetings.networkId))
    .where(and(inArray(meetings.networkId, networkIds), when))
    .orderBy(options.when === 'upcoming' ? asc(meetings.startsAt) : desc(meetings.startsAt))
    .limit(options.limit);
}

export async function networkName(db: DbOrTx, networkId: string): Promise<string> {
  return (
    (await db.select({ name: networks.name }).from(networks).where(eq(networks.id, networkId)))[0]?.name ?? ''
  );
}

export async function listAgenda(db: DbOrTx, meetingId: string) {
  const presenterOrg = sql<
    string | null
  >`(select ${organisations.name} from ${organisations} where ${organisations.id} = ${agendaItems.presenterOrgId})`;
  const sourceOrg = sql<
    string | null
  >`(select ${organisations.name} from ${organisations} where ${organisations.id} = ${agendaItems.sourceOrgId})`;
  return db
    .select({ item: agendaItems, presenterOrgName: presenterOrg, sourceOrgName: sourceOrg })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
}

export async function findAgendaItem(db: DbOrTx, meetingId: string, itemId: string) {
  return (
    (
      await db
        .select()
        .from(agendaItems)
        .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)))
        .limit(1)
    )[0] ?? null
  );
}

export async function nextAgendaPosition(db: DbOrTx, meetingId: string): Promise<number> {
  const rows = await db
    .select({ max: sql<number | null>`max(${agendaItems.position})` })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  return Number(rows[0]?.max ?? 0) + 1;
}

export async function insertAgendaItem(db: DbOrTx, values: typeof agendaItems.$inferInsert) {
  const row = (await db.insert(agendaItems).values(values).returning())[0];
  if (!row) throw new Error('agenda item not inserted');
  return row;
}

export async function updateAgendaItem(
  db: DbOrTx,
  itemId: string,
  values: Partial<typeof agendaItems.$inferInsert>,
) {
  await db.update(agendaItems).set(values).where(eq(agendaItems.id, itemId));
}

export async function deleteAgendaItem(db: DbOrTx, itemId: string) {
  await db.delete(agendaItems).where(eq(agendaItems.id, itemId));
}

export async function setAgendaPositions(db: DbOrTx, itemIds: string[]) {
  for (const [index, id] of itemIds.entries()) {
    await db
      .update(agendaItems)
      .set({ position: index + 1 })
      .where(eq(agendaItems.id, id));
  }
}

export async function listAttendance(db: DbOrTx, meetingId: string) {
  return db
    .select({
      orgId: attendance.orgId,
      orgName: organisations.name,
      personName: attendance.personName,
      status: attendance.status,
    })
    .from(attendance)
    .innerJoin(organisations, eq(organisations.id, attendance.orgId))
    .where(eq(attendance.meetingId, meetingId))
    .orderBy(asc(organisations.name), asc(attendance.personName));
}

export async function replaceAttendance(
  db: DbOrTx,
  meetingId: string,
  entries: { orgId: string; personName: string; status: 'present' | 'absent' | 'excused' }[],
) {
  await db.delete(attendance).where(eq(attendance.meetingId, meetingId));
  if (entries.length > 0) await db.insert(attendance).values(entries.map((e) => ({ ...e, meetingId })));
}

/** Organisations taking part in the network: its members and its owner. */
export async function networkOrgIds(db: DbOrTx, networkId: string): Promise<Set<string>> {
  const members = await db
    .select({ orgId: networkMembers.orgId })
    .from(networkMembers)
    .where(eq(networkMembers.networkId, networkId));
  const owner = await db
    .select({ orgId: networks.ownerOrgId })
    .from(networks)
    .where(eq(networks.id, networkId));
  return new Set([...members.map((m) => m.orgId), ...owner.map((o) => o.orgId)]);
}

export async function activeUsersIn(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, orgId: users.orgId })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.isActive, true)));
}

export async function listDecisions(db: DbOrTx, meetingId: string) {
  return db
    .select({ id: decisions.id, agendaItemId: decisions.agendaItemId, text: decisions.text })
    .from(decisions)
    .where(eq(decisions.meetingId, meetingId))
    .orderBy(asc(decisions.position));
}

const ownerUserName = sql<
  string | null
>`(select ${users.name} from ${users} where ${users.id} = ${actionItems.ownerUserId})`;
const ownerOrgName = sql<
  string | null
>`(select ${organisations.name} from ${organisations} where ${organisations.id} = ${actionItems.ownerOrgId})`;

export async function listActions(db: DbOrTx, meetingId: string) {
  return db
    .select({ action: actionItems, ownerUserName, ownerOrgName })
    .from(actionItems)
    .where(eq(actionItems.meetingId, meetingId))
    .orderBy(asc(actionItems.position));
}

/**
 * Open actions of the network's earlier meetings, oldest meeting first. Members see those of
 * published minutes; coordinators also those still in draft or review.
 */
export async function listFollowUp(
  db: DbOrTx,
  meeting: { id: string; networkId: string; startsAt: Date },
  options: { includeUnpublished: boolean },
) {
  return db
    .select({
      action: actionItems,
      ownerUserName,
      ownerOrgName,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
    })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(
      and(
        eq(meetings.networkId, meeting.networkId),
        ne(meetings.id, meeting.id),
        lt(meetings.startsAt, meeting.startsAt),
        eq(actionItems.status, 'open'),
        options.includeUnpublished ? undefined : eq(meetings.minutesStatus, 'published'),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(actionItems.position));
}

/** Actions of published minutes owned by the user or by the user's organisation. */
export async function listMyActions(
  db: DbOrTx,
  owner: { userId: string; orgId: string },
  options: { onlyOpen: boolean },
) {
  return db
    .select({
      action: actionItems,
      ownerUserName,
      ownerOrgName,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      networkId: networks.id,
      networkName: networks.name,
    })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .innerJoin(networks, eq(networks.id, meetings.networkId))
    .where(
      and(
        or(eq(actionItems.ownerUserId, owner.userId), eq(actionItems.ownerOrgId, owner.orgId)),
        eq(meetings.minutesStatus, 'published'),
        options.onlyOpen ? eq(actionItems.status, 'open') : undefined,
      ),
    )
    .orderBy(sql`${actionItems.dueDate} asc nulls last`, asc(meetings.startsAt))
    .limit(500);
}

export async function findActionWithMeeting(db: DbOrTx, actionId: string) {
  return (
    (
      await db
        .select({ action: actionItems, meeting: meetings })
        .from(actionItems)
        .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
        .where(eq(actionItems.id, actionId))
        .limit(1)
    )[0] ?? null
  );
}

export async function findActionNamed(db: DbOrTx, actionId: string) {
  return (
    (
      await db
        .select({ action: actionItems, ownerUserName, ownerOrgName })
        .from(actionItems)
        .where(eq(actionItems.id, actionId))
        .limit(1)
    )[0] ?? null
  );
}

/** Compare-and-set on the action's version; null when someone else changed it first. */
export async function setActionStatus(
  db: DbOrTx,
  actionId: string,
  expectedVersion: number,
  status: 'open' | 'done' | 'cancelled',
  now: Date,
) {
  return (
    (
      await db
        .update(actionItems)
        .set({ status, version: sql`${actionItems.version} + 1`, closedAt: status === 'open' ? null : now })
        .where(and(eq(actionItems.id, actionId), eq(actionItems.version, expectedVersion)))
        .returning()
    )[0] ?? null
  );
}

export async function insertAction(db: DbOrTx, values: typeof actionItems.$inferInsert) {
  const row = (await db.insert(actionItems).values(values).returning())[0];
  if (!row) throw new Error('action not inserted');
  return row;
}

export async function updateAction(db: DbOrTx, id: string, values: Partial<typeof actionItems.$inferInsert>) {
  await db
    .update(actionItems)
    .set({ ...values, version: sql`${actionItems.version} + 1` })
    .where(eq(actionItems.id, id));
}

export async function deleteActions(db: DbOrTx, ids: string[]) {
  if (ids.length > 0) await db.delete(actionItems).where(inArray(actionItems.id, ids));
}

export async function insertDecision(db: DbOrTx, values: typeof decisions.$inferInsert) {
  await db.insert(decisions).values(values);
}

export async function updateDecision(db: DbOrTx, id: string, values: Partial<typeof decisions.$inferInsert>) {
  await db.update(decisions).set(values).where(eq(decisions.id, id));
}

export async function deleteDecisions(db: DbOrTx, ids: string[]) {
  if (ids.length > 0) await db.delete(decisions).where(inArray(decisions.id, ids));
}

export async function insertMinutesVersion(db: DbOrTx, values: typeof minutesVersions.$inferInsert) {
  await db.insert(minutesVersions).values(values);
}

export async function listMinutesVersions(db: DbOrTx, meetingId: string) {
  return db
    .select({ row: minutesVersions, createdByName: users.name })
    .from(minutesVersions)
    .leftJoin(users, eq(users.id, minutesVersions.createdBy))
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(desc(minutesVersions.version));
}

export async function countInvitations(db: DbOrTx, meetingId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetingInvitations)
    .where(eq(meetingInvitations.meetingId, meetingId));
  return Number(rows[0]?.n ?? 0);
}

/** Active users of the organisations taking part in the network, with an address. */
export async function usersOfNetwork(db: DbOrTx, networkId: string) {
  const orgIds = [...(await networkOrgIds(db, networkId))];
  if (orgIds.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(inArray(users.orgId, orgIds), eq(users.isActive, true)))
    .orderBy(asc(users.email));
}

export async function invitedUsers(db: DbOrTx, meetingId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(meetingInvitations)
    .innerJoin(users, eq(users.id, meetingInvitations.userId))
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(users.isActive, true)));
}

export async function recordInvitations(
  db: DbOrTx,
  meetingId: string,
  userIds: string[],
  sequence: number,
  now: Date,
) {
  if (userIds.length === 0) return;
  await db
    .insert(meetingInvitations)
    .values(userIds.map((userId) => ({ meetingId, userId, sequence, sentAt: now })))
    .onConflictDoUpdate({
      target: [meetingInvitations.meetingId, meetingInvitations.userId],
      set: { sequence, sentAt: now },
    });
}

export async function publishedMeetingsInPeriod(db: DbOrTx, networkId: string, from: Date, to: Date) {
  return db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.networkId, networkId),
        eq(meetings.minutesStatus, 'published'),
        gte(meetings.startsAt, from),
        lt(meetings.startsAt, to),
      ),
    )
    .orderBy(asc(meetings.startsAt));
}

export async function nextPlannedMeeting(db: DbOrTx, networkId: string, now: Date) {
  return (
    (
      await db
        .select()
        .from(meetings)
        .where(
          and(
            eq(meetings.networkId, networkId),
            eq(meetings.status, 'planned'),
            gt(meetings.startsAt, now),
            ne(meetings.minutesStatus, 'published'),
          ),
        )
        .orderBy(asc(meetings.startsAt))
        .limit(1)
    )[0] ?? null
  );
}

/** Agenda items that came from a report, with their meeting, decisions and actions. */
export async function escalationsOfReport(db: DbOrTx, reportId: string) {
  const items = await db
    .select({ item: agendaItems, meeting: meetings })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.sourceReportId, reportId))
    .orderBy(asc(meetings.startsAt));
  const ids = items.map((i) => i.item.id);
  if (ids.length === 0) return { items, decisions: [], actions: [] };
  const foundDecisions = await db
    .select()
    .from(decisions)
    .where(and(isNotNull(decisions.agendaItemId), inArray(decisions.agendaItemId, ids)));
  const foundActions = await db
    .select()
    .from(actionItems)
    .where(and(isNotNull(actionItems.agendaItemId), inArray(actionItems.agendaItemId, ids)));
  return { items, decisions: foundDecisions, actions: foundActions };
}

/** Meetings of networks for a calendar, by start time. */
export async function meetingsForCalendar(db: DbOrTx, networkIds: string[], from: Date, to: Date) {
  if (networkIds.length === 0) return [];
  return db
    .select({ meeting: meetings, networkName: networks.name })
    .from(meetings)
    .innerJoin(networks, eq(networks.id, meetings.networkId))
    .where(
      and(inArray(meetings.networkId, networkIds), lte(meetings.startsAt, to), gte(meetings.endsAt, from)),
    )
    .orderBy(asc(meetings.startsAt));
}

export async function listAgendaAttachmentIds(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({ agendaItemId: agendaAttachments.agendaItemId, attachmentId: agendaAttachments.attachmentId })
    .from(agendaAttachments)
    .where(inArray(agendaAttachments.agendaItemId, itemIds))
    .orderBy(asc(agendaAttachments.position));
}

export async function replaceAgendaAttachments(db: DbOrTx, agendaItemId: string, attachmentIds: string[]) {
  await db.delete(agendaAttachments).where(eq(agendaAttachments.agendaItemId, agendaItemId));
  if (attachmentIds.length > 0)
    await db
      .insert(agendaAttachments)
      .values(attachmentIds.map((attachmentId, i) => ({ agendaItemId, attachmentId, position: i + 1 })));
}
