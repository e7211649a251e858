import { and, asc, eq, exists, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type ContactFunction, userFunctions, users } from '../../db/schema/accounts';
import { networkMembers, networks, organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';
import { likePattern } from './organisations.repository';

export interface DirectoryFilter {
  function?: ContactFunction | undefined;
  q?: string | undefined;
  orgId?: string | undefined;
}

const functionsOf = sql<string[]>`coalesce((select array_agg(f.function order by f.function)
  from user_functions f where f.user_id = ${users.id}), '{}')`;

/**
 * Active people in the network's member organisations and its owner. Callers check that
 * the actor is a member of the network first.
 */
export async function findDirectory(db: DbOrTx, networkId: string, filter: DirectoryFilter, limit: number) {
  const memberOrgIds = db
    .select({ orgId: networkMembers.orgId })
    .from(networkMembers)
    .where(eq(networkMembers.networkId, networkId));
  const ownerOrgId = db
    .select({ orgId: networks.ownerOrgId })
    .from(networks)
    .where(eq(networks.id, networkId));
  const parts: SQL[] = [eq(users.isActive, true)];
  const inNetwork = or(inArray(users.orgId, memberOrgIds), inArray(users.orgId, ownerOrgId));
  if (inNetwork) parts.push(inNetwork);
  if (filter.orgId) parts.push(eq(users.orgId, filter.orgId));
  if (filter.function) {
    const fn = filter.function;
    parts.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(userFunctions)
          .where(and(eq(userFunctions.userId, users.id), eq(userFunctions.function, fn))),
      ),
    );
  }
  if (filter.q) {
    const p = likePattern(filter.q);
    const match = or(
      ilike(users.name, p),
      ilike(users.email, p),
      ilike(users.title, p),
      ilike(organisations.name, p),
    );
    if (match) parts.push(match);
  }
  return db
    .select({
      userId: users.id,
      name: users.name,
      title: users.title,
      email: users.email,
      phone: users.phone,
      orgId: organisations.id,
      orgName: organisations.name,
      functions: functionsOf,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(and(...parts))
    .orderBy(asc(organisations.name), asc(users.name))
    .limit(limit);
}
