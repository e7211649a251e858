import { and, eq, gt, sql } from 'drizzle-orm';
import { roles as knownRoles, type Role, sessions, users } from '../../db/schema/accounts';
import type { UserActor } from '../context';
import type { DbOrTx } from '../db';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'samla_session';
const SESSION_DAYS = 14;
/** Idle sessions end after this many hours. */
const IDLE_HOURS = 12;

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
  actor: UserActor;
}

export async function createSession(
  db: DbOrTx,
  userId: string,
  meta: { ip: string; userAgent: string },
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt,
    createdAt: now,
    lastSeenAt: now,
    ip: meta.ip,
    userAgent: meta.userAgent.slice(0, 300),
  });
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: DbOrTx, token: string, now: Date): Promise<SessionInfo | null> {
  const tokenHash = hashToken(token);
  const idleLimit = new Date(now.getTime() - IDLE_HOURS * 3_600_000);
  const rows = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      orgId: users.orgId,
      roles: users.roles,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleLimit),
        eq(users.isActive, true),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  // Touch at most once a minute: a write per request would serialize the embedded database.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    tokenHash,
    csrfToken: row.csrfToken,
    actor: {
      kind: 'user',
      userId: row.userId,
      orgId: row.orgId,
      roles: toRoles(row.roles),
      email: row.email,
      name: row.name,
      locale: row.locale,
    },
  };
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db.execute(sql`delete from sessions where expires_at < ${now.toISOString()}`);
}

/** Roles read from the database, keeping only ones this version of Samla knows. */
export function toRoles(values: readonly string[]): Role[] {
  return knownRoles.filter((r) => values.includes(r));
}
