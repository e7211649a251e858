import { and, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type ContactFunction, userFunctions, users } from '../../db/schema/accounts';
import { bulletinRecipients, bulletins } from '../../db/schema/bulletins';
import { networkMembers, networks, organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export type BulletinRow = typeof bulletins.$inferSelect;
export type RecipientRow = typeof bulletinRecipients.$inferSelect;

export interface BulletinView extends BulletinRow {
  networkName: string;
  senderName: string;
  senderOrgName: string;
}

export interface Addressee {
  id: string;
  orgId: string;
  email: string;
  name: string;
  locale: 'sv' | 'en';
}

const addressee = {
  id: users.id,
  orgId: users.orgId,
  email: users.email,
  name: users.name,
  locale: users.locale,
};

/**
 * The people a bulletin reaches, resolved now: active users of the network's member and
 * owner organisations, narrowed to holders of the contact functions when given.
 */
export async function resolveAddressees(
  db: DbOrTx,
  networkId: string,
  functions: readonly ContactFunction[] | null,
  excludeUserId: string,
): Promise<Addressee[]> {
  const orgIds = sql`(select ${networkMembers.orgId} from ${networkMembers} where ${networkMembers.networkId} = ${networkId}
    union select ${networks.ownerOrgId} from ${networks} where ${networks.id} = ${networkId})`;
  const where: SQL[] = [
    eq(users.isActive, true),
    sql`${users.orgId} in ${orgIds}`,
    sql`${users.id} <> ${excludeUserId}`,
  ];
  if (functions) {
    where.push(
      sql`exists (select 1 from ${userFunctions} where ${userFunctions.userId} = ${users.id}
        and ${inArray(userFunctions.function, [...functions])})`,
    );
  }
  return db
    .select(addressee)
    .from(users)
    .where(and(...where))
    .orderBy(users.name);
}

export async function insertBulletin(
  db: DbOrTx,
  values: typeof bulletins.$inferInsert,
): Promise<BulletinRow> {
  const row = (await db.insert(bulletins).values(values).returning())[0];
  if (!row) throw new Error('bulletin not inserted');
  return row;
}

export async function insertRecipients(db: DbOrTx, rows: (typeof bulletinRecipients.$inferInsert)[]) {
  // Batches keep a national network's thousands of rows within parameter limits.
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(bulletinRecipients).values(rows.slice(i, i + 1000));
  }
}

const sender = alias(users, 'sender');
const senderOrg = alias(organisations, 'sender_org');

function selectViews(db: DbOrTx) {
  return db
    .select({
      b: bulletins,
      networkName: networks.name,
      senderName: sender.name,
      senderOrgName: senderOrg.name,
    })
    .from(bulletins)
    .innerJoin(networks, eq(networks.id, bulletins.networkId))
    .innerJoin(sender, eq(sender.id, bulletins.senderId))
    .innerJoin(senderOrg, eq(senderOrg.id, bulletins.senderOrgId));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof selectViews>['where']>>[number];

function toView(r: ViewRow): BulletinView {
  return { ...r.b, networkName: r.networkName, senderName: r.senderName, senderOrgName: r.senderOrgName };
}

export async function findBulletin(db: DbOrTx, id: string): Promise<BulletinView | null> {
  const rows = await selectViews(db).where(eq(bulletins.id, id)).limit(1);
  return rows[0] ? toView(rows[0]) : null;
}

export async function findRecipient(db: DbOrTx, bulletinId: string, userId: string) {
  const rows = await db
    .select()
    .from(bulletinRecipients)
    .where(and(eq(bulletinRecipients.bulletinId, bulletinId), eq(bulletinRecipients.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Bulletins of the given networks the user may see: to everyone, to the user, by the
 * user, or in a network the user coordinates. Newest first.
 */
export async function listVisible(
  db: DbOrTx,
  v: { userId: string; memberNetworkIds: string[]; coordinatedNetworkIds: string[]; limit: number },
): Promise<BulletinView[]> {
  if (v.memberNetworkIds.length === 0) return [];
  const mine = sql`exists (select 1 from ${bulletinRecipients} where ${bulletinRecipients.bulletinId} = ${bulletins.id}
    and ${bulletinRecipients.userId} = ${v.userId})`;
  const visible = or(
    eq(bulletins.audience, 'all'),
    eq(bulletins.senderId, v.userId),
    mine,
    ...(v.coordinatedNetworkIds.length > 0 ? [inArray(bulletins.networkId, v.coordinatedNetworkIds)] : []),
  );
  const rows = await selectViews(db)
    .where(and(inArray(bulletins.networkId, v.memberNetworkIds), visible))
    .orderBy(desc(bulletins.sentAt))
    .limit(v.limit);
  return rows.map(toView);
}

export async function findReceipts(db: DbOrTx, bulletinIds: string[], userId: string) {
  if (bulletinIds.length === 0) return new Map<string, RecipientRow>();
  const rows = await db
    .select()
    .from(bulletinRecipients)
    .where(and(inArray(bulletinRecipients.bulletinId, bulletinIds), eq(bulletinRecipients.userId, userId)));
  return new Map(rows.map((r) => [r.bulletinId, r]));
}

export async function countReceipts(db: DbOrTx, bulletinIds: string[]) {
  const out = new Map<string, { total: number; read: number; acknowledged: number; pending: number }>();
  if (bulletinIds.length === 0) return out;
  const rows = await db
    .select({
      id: bulletinRecipients.bulletinId,
      total: sql<number>`count(*)::int`,
      read: sql<number>`count(*) filter (where ${bulletinRecipients.readAt} is not null or ${bulletinRecipients.acknowledgedAt} is not null)::int`,
      acknowledged: sql<number>`count(${bulletinRecipients.acknowledgedAt})::int`,
    })
    .from(bulletinRecipients)
    .where(inArray(bulletinRecipients.bulletinId, bulletinIds))
    .groupBy(bulletinRecipients.bulletinId);
  for (const r of rows) {
    const total = Number(r.total);
    const acknowledged = Number(r.acknowledged);
    out.set(r.id, { total, read: Number(r.read), acknowledged, pending: total - acknowledged });
  }
  return out;
}

export async function listRecipients(db: DbOrTx, bulletinId: string) {
  return db
    .select({
      r: bulletinRecipients,
      name: users.name,
      orgName: organisations.name,
    })
    .from(bulletinRecipients)
    .innerJoin(users, eq(users.id, bulletinRecipients.userId))
    .innerJoin(organisations, eq(organisations.id, bulletinRecipients.orgId))
    .where(eq(bulletinRecipients.bulletinId, bulletinId))
    .orderBy(organisations.name, users.name);
}

/** Sets a receipt timestamp once; returns whether it was newly set. */
export async function stampReceipt(
  db: DbOrTx,
  bulletinId: string,
  userId: string,
  field: 'readAt' | 'acknowledgedAt',
  at: Date,
): Promise<boolean> {
  const column = bulletinRecipients[field];
  const rows = await db
    .update(bulletinRecipients)
    .set({ [field]: at })
    .where(
      and(
        eq(bulletinRecipients.bulletinId, bulletinId),
        eq(bulletinRecipients.userId, userId),
        isNull(column),
      ),
    )
    .returning({ userId: bulletinRecipients.userId });
  return rows.length > 0;
}

/** Addressees who have not acknowledged yet and can still be reached. */
export async function listUnacknowledged(db: DbOrTx, bulletinId: string): Promise<Addressee[]> {
  return db
    .select(addressee)
    .from(bulletinRecipients)
    .innerJoin(users, eq(users.id, bulletinRecipients.userId))
    .where(
      and(
        eq(bulletinRecipients.bulletinId, bulletinId),
        isNull(bulletinRecipients.acknowledgedAt),
        eq(users.isActive, true),
      ),
    );
}

export async function countMailed(db: DbOrTx, bulletinId: string, userIds: string[]) {
  if (userIds.length === 0) return;
  await db
    .update(bulletinRecipients)
    .set({ mailCount: sql`${bulletinRecipients.mailCount} + 1` })
    .where(and(eq(bulletinRecipients.bulletinId, bulletinId), inArray(bulletinRecipients.userId, userIds)));
}

export async function markResent(db: DbOrTx, bulletinId: string, at: Date) {
  await db
    .update(bulletins)
    .set({ resendCount: sql`${bulletins.resendCount} + 1`, lastResentAt: at })
    .where(eq(bulletins.id, bulletinId));
}

/** The user's larms not yet acknowledged, newest first (the banner on every page). */
export async function listOpenAlarms(db: DbOrTx, userId: string) {
  const rows = await selectViews(db)
    .innerJoin(
      bulletinRecipients,
      and(eq(bulletinRecipients.bulletinId, bulletins.id), eq(bulletinRecipients.userId, userId)),
    )
    .where(and(eq(bulletins.urgency, 'larm'), isNull(bulletinRecipients.acknowledgedAt)))
    .orderBy(desc(bulletins.sentAt))
    .limit(20);
  return rows.map(toView);
}
