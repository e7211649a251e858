import { and, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { calendarFeedTokens, networkEvents } from '../../db/schema/calendar';
import { networks } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export type NetworkEventRow = typeof networkEvents.$inferSelect;
export type NewNetworkEvent = typeof networkEvents.$inferInsert;
export type FeedTokenRow = typeof calendarFeedTokens.$inferSelect;

export async function findEvent(db: DbOrTx, id: string): Promise<NetworkEventRow | null> {
  const rows = await db.select().from(networkEvents).where(eq(networkEvents.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Locks the row for the rest of the transaction (optimistic check, then update). */
export async function lockEvent(db: DbOrTx, id: string): Promise<NetworkEventRow | null> {
  const rows = await db.select().from(networkEvents).where(eq(networkEvents.id, id)).for('update').limit(1);
  return rows[0] ?? null;
}

export async function insertEvent(db: DbOrTx, values: NewNetworkEvent): Promise<NetworkEventRow> {
  const rows = await db.insert(networkEvents).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateEvent(
  db: DbOrTx,
  id: string,
  values: Partial<NewNetworkEvent>,
  now: Date,
): Promise<NetworkEventRow> {
  const rows = await db
    .update(networkEvents)
    .set({
      ...values,
      version: sql`${networkEvents.version} + 1`,
      sequence: sql`${networkEvents.sequence} + 1`,
      updatedAt: now,
    })
    .where(eq(networkEvents.id, id))
    .returning();
  const row = rows[0];
  if (!row) throw new Error('update returned nothing');
  return row;
}

/** Events of the networks that start in [from, to) or, started earlier, end in it. */
export async function listEvents(db: DbOrTx, q: { networkIds: string[]; from: Date; to: Date }) {
  if (q.networkIds.length === 0) return [];
  return db
    .select({ event: networkEvents, networkName: networks.name })
    .from(networkEvents)
    .innerJoin(networks, eq(networks.id, networkEvents.networkId))
    .where(
      and(
        inArray(networkEvents.networkId, q.networkIds),
        lt(networkEvents.startsAt, q.to),
        or(gte(networkEvents.startsAt, q.from), gte(networkEvents.endsAt, q.from)),
      ),
    )
    .orderBy(networkEvents.startsAt);
}

export async function listFeedTokens(db: DbOrTx, userId: string): Promise<FeedTokenRow[]> {
  return db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId));
}

/** Creates the user's feed for the scope, or gives it a new token (the old URL stops working). */
export async function upsertFeedToken(
  db: DbOrTx,
  values: { userId: string; networkId: string | null; tokenHash: string; now: Date },
): Promise<FeedTokenRow> {
  const scope =
    values.networkId === null
      ? isNull(calendarFeedTokens.networkId)
      : eq(calendarFeedTokens.networkId, values.networkId);
  const updated = await db
    .update(calendarFeedTokens)
    .set({ tokenHash: values.tokenHash, createdAt: values.now, lastUsedAt: null })
    .where(and(eq(calendarFeedTokens.userId, values.userId), scope))
    .returning();
  if (updated[0]) return updated[0];
  const rows = await db
    .insert(calendarFeedTokens)
    .values({
      userId: values.userId,
      networkId: values.networkId,
      tokenHash: values.tokenHash,
      createdAt: values.now,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function deleteFeedToken(
  db: DbOrTx,
  userId: string,
  networkId: string | null,
): Promise<boolean> {
  const scope =
    networkId === null ? isNull(calendarFeedTokens.networkId) : eq(calendarFeedTokens.networkId, networkId);
  const rows = await db
    .delete(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.userId, userId), scope))
    .returning({ id: calendarFeedTokens.id });
  return rows.length > 0;
}

/** The feed and its owner, if the owner is still active. */
export async function findFeedByHash(db: DbOrTx, tokenHash: string) {
  const rows = await db
    .select({
      feed: calendarFeedTokens,
      user: {
        id: users.id,
        orgId: users.orgId,
        roles: users.roles,
        email: users.email,
        name: users.name,
        locale: users.locale,
      },
    })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(and(eq(calendarFeedTokens.tokenHash, tokenHash), eq(users.isActive, true)))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchFeedToken(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(calendarFeedTokens).set({ lastUsedAt: now }).where(eq(calendarFeedTokens.id, id));
}
