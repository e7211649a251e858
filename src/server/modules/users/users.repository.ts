import { and, asc, count, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { authTokens, type ContactFunction, userFunctions, users } from '../../db/schema/accounts';
import { organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';
import { likePattern } from '../registry/organisations.repository';

export type UserRow = typeof users.$inferSelect;

const functionsOf = sql<string[]>`coalesce((select array_agg(f.function order by f.function)
  from user_functions f where f.user_id = ${users.id}), '{}')`;

const columns = {
  id: users.id,
  email: users.email,
  name: users.name,
  title: users.title,
  phone: users.phone,
  orgId: users.orgId,
  orgName: organisations.name,
  roles: users.roles,
  functions: functionsOf,
  locale: users.locale,
  isActive: users.isActive,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  isDemo: users.isDemo,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export interface UserFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  role?: string | undefined;
  status: 'active' | 'inactive' | 'invited' | 'all';
}

/** `scopeOrgId` null means every organisation (system admin); otherwise only that one. */
function whereOf(scopeOrgId: string | null, filter: UserFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (scopeOrgId) parts.push(eq(users.orgId, scopeOrgId));
  if (filter.orgId) parts.push(eq(users.orgId, filter.orgId));
  if (filter.role) parts.push(sql`${filter.role} = any(${users.roles})`);
  if (filter.status === 'active')
    parts.push(and(eq(users.isActive, true), isNotNull(users.passwordHash)) ?? sql`true`);
  if (filter.status === 'inactive') parts.push(eq(users.isActive, false));
  if (filter.status === 'invited')
    parts.push(and(eq(users.isActive, true), isNull(users.passwordHash)) ?? sql`true`);
  if (filter.q) {
    const p = likePattern(filter.q);
    parts.push(or(ilike(users.name, p), ilike(users.email, p), ilike(users.title, p)) ?? sql`true`);
  }
  return parts.length ? and(...parts) : undefined;
}

export async function listUsers(
  db: DbOrTx,
  scopeOrgId: string | null,
  filter: UserFilter,
  page: number,
  pageSize: number,
) {
  const where = whereOf(scopeOrgId, filter);
  const items = await db
    .select(columns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(where)
    .orderBy(asc(organisations.name), asc(users.name), asc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = (await db.select({ n: count() }).from(users).where(where))[0]?.n ?? 0;
  return { items, total };
}

/** One user, only when inside the caller's scope (null: any organisation). */
export async function findUser(db: DbOrTx, id: string, scopeOrgId: string | null) {
  const rows = await db
    .select(columns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(and(eq(users.id, id), scopeOrgId ? eq(users.orgId, scopeOrgId) : undefined))
    .limit(1);
  return rows[0] ?? null;
}

export async function emailTaken(db: DbOrTx, email: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return rows.length > 0;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await db.insert(users).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('user not inserted');
  return row;
}

export async function updateUser(db: DbOrTx, id: string, values: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function replaceFunctions(db: DbOrTx, userId: string, functions: readonly ContactFunction[]) {
  await db.delete(userFunctions).where(eq(userFunctions.userId, userId));
  if (functions.length > 0) {
    await db.insert(userFunctions).values(functions.map((fn) => ({ userId, function: fn })));
  }
}

/** An earlier invitation link stops working when a new one is sent. */
export async function retireInviteTokens(db: DbOrTx, userId: string, now: Date) {
  await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, 'invite'), isNull(authTokens.usedAt)));
}

export async function findOrganisationName(db: DbOrTx, orgId: string): Promise<string | null> {
  const rows = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId))
    .limit(1);
  return rows[0]?.name ?? null;
}
