import { eq, sql } from 'drizzle-orm';
import { roles as knownRoles, type Role, sessions } from '../../db/schema/accounts';
import type { UserActor } from '../context';
import { type DbOrTx, queryPrepared } from '../db';
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
  // Prepared once per connection (its text never varies): every signed-in request starts here.
  const rows = await queryPrepared<{
    csrfToken: string;
    lastSeenAt: Date | string;
    userId: string;
    orgId: string;
    roles: string[];
    email: string;
    name: string;
    locale: 'sv' | 'en';
  }>(
    db,
    sql`SELECT s.csrf_token AS "csrfToken", s.last_seen_at AS "lastSeenAt", u.id AS "userId",
      u.org_id AS "orgId", u.roles, u.email, u.name, u.locale
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${now.toISOString()}::timestamptz
      AND s.last_seen_at > ${idleLimit.toISOString()}::timestamptz AND u.is_active
    LIMIT 1`,
  );
  const row = rows[0];
  if (!row) return null;
  // Touch at most once a minute: a write per request would serialize the embedded database.
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
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
