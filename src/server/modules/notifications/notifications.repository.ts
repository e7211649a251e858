import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { notifications } from '../../db/schema/messaging';
import type { DbOrTx } from '../../platform/db';

export type NotificationRow = typeof notifications.$inferSelect;

export async function listForUser(db: DbOrTx, userId: string, limit: number): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(rows[0]?.n ?? 0);
}

/** Marks one of the user's own notices read; false when the user has no such notice. */
export async function markRead(db: DbOrTx, userId: string, id: string, at: Date): Promise<boolean> {
  const own = await db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.id, id)))
    .limit(1);
  if (!own[0]) return false;
  if (!own[0].readAt) await db.update(notifications).set({ readAt: at }).where(eq(notifications.id, id));
  return true;
}

export async function markAllRead(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

export async function insertMany(
  db: DbOrTx,
  rows: { userId: string; kind: string; payload: Record<string, unknown>; createdAt: Date }[],
): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}
