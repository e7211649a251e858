import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { authTokens, users } from '../../db/schema/accounts';
import { networkMembers, networks, organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export async function findUserByEmail(db: DbOrTx, email: string) {
  const rows = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return rows[0] ?? null;
}

export async function findUserProfile(db: DbOrTx, userId: string) {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      orgId: users.orgId,
      orgName: organisations.name,
      orgKind: organisations.kind,
      roles: users.roles,
      locale: users.locale,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.id, userId))
    .limit(1);
  return rows[0] ?? null;
}

/** Networks the organisation belongs to or owns. */
export async function findOrgNetworks(db: DbOrTx, orgId: string) {
  return db
    .selectDistinct({
      id: networks.id,
      slug: networks.slug,
      name: networks.name,
      ownerOrgId: networks.ownerOrgId,
    })
    .from(networks)
    .leftJoin(networkMembers, and(eq(networkMembers.networkId, networks.id), eq(networkMembers.orgId, orgId)))
    .where(or(eq(networks.ownerOrgId, orgId), eq(networkMembers.orgId, orgId)))
    .orderBy(networks.name);
}

export async function touchLogin(db: DbOrTx, userId: string, at: Date) {
  await db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
}

export async function insertAuthToken(
  db: DbOrTx,
  values: { tokenHash: string; userId: string; purpose: 'invite' | 'reset'; expiresAt: Date },
) {
  await db.insert(authTokens).values(values);
}

/** Marks a valid token used and returns its user, atomically, so a token works once. */
export async function consumeAuthToken(db: DbOrTx, tokenHash: string, now: Date) {
  const rows = await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, tokenHash), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId, purpose: authTokens.purpose });
  return rows[0] ?? null;
}

export async function setPasswordHash(db: DbOrTx, userId: string, passwordHash: string, now: Date) {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
}
