import type { Ctx } from '../../platform/context';
import { nowOf } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { requireUser } from '../../platform/policy';
import * as repo from './notifications.repository';

/** A notice to put in users' in-app lists; `payload.link` (an app path) makes it clickable. */
export interface NewNotification {
  kind: string;
  payload: Record<string, unknown>;
}

/**
 * Creates the same notice for each user, in the caller's transaction, so a rolled-back
 * change leaves no notice behind. Other features call this (reminders, invitations …).
 */
export async function notifyUsers(
  db: DbOrTx,
  userIds: readonly string[],
  notice: NewNotification,
  at: Date,
): Promise<void> {
  await repo.insertMany(
    db,
    userIds.map((userId) => ({ userId, kind: notice.kind, payload: notice.payload, createdAt: at })),
  );
}

function presentNotification(row: repo.NotificationRow) {
  const link =
    typeof row.payload.link === 'string' && row.payload.link.startsWith('/') ? row.payload.link : null;
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The signed-in user's own notices, newest first, and how many are unread. */
export async function listMyNotifications(ctx: Ctx, limit: number) {
  const actor = requireUser(ctx.actor);
  const [rows, unread] = await Promise.all([
    repo.listForUser(ctx.db, actor.userId, limit),
    repo.countUnread(ctx.db, actor.userId),
  ]);
  return { items: rows.map(presentNotification), unread };
}

// Reading a notice is the user's own view state, like a session's last-seen time, not a
// change to shared data; it is therefore not written to the audit log.
export async function markNotificationRead(ctx: Ctx, id: string) {
  const actor = requireUser(ctx.actor);
  if (!(await repo.markRead(ctx.db, actor.userId, id, nowOf(ctx)))) throw notFound('notification');
  return { unread: await repo.countUnread(ctx.db, actor.userId) };
}

export async function markAllNotificationsRead(ctx: Ctx) {
  const actor = requireUser(ctx.actor);
  await repo.markAllRead(ctx.db, actor.userId, nowOf(ctx));
  return { unread: 0 };
}
