import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiTokens, users } from '../../db/schema/accounts';
import type { DbOrTx } from '../../platform/db';

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  createdByName: users.name,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The organisation's tokens, newest first; never the hash. */
export async function listOrgTokens(db: DbOrTx, orgId: string): Promise<ApiTokenRow[]> {
  return db
    .select(columns)
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.orgId, orgId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function findOrgToken(db: DbOrTx, orgId: string, id: string): Promise<ApiTokenRow | null> {
  const rows = await db
    .select(columns)
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertToken(
  db: DbOrTx,
  values: { orgId: string; name: string; tokenHash: string; prefix: string; createdBy: string; now: Date },
): Promise<string> {
  const rows = await db
    .insert(apiTokens)
    .values({
      orgId: values.orgId,
      name: values.name,
      tokenHash: values.tokenHash,
      prefix: values.prefix,
      createdBy: values.createdBy,
      createdAt: values.now,
    })
    .returning({ id: apiTokens.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('api token insert returned no row');
  return id;
}

/** Revokes a still-active token of the organisation; false when there is none to revoke. */
export async function revokeToken(db: DbOrTx, orgId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
