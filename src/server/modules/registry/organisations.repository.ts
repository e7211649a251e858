import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import {
  counties,
  networkMembers,
  networks,
  type OrganisationKind,
  organisations,
} from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export type OrganisationRow = typeof organisations.$inferSelect;

const columns = {
  id: organisations.id,
  kind: organisations.kind,
  code: organisations.code,
  name: organisations.name,
  shortName: organisations.shortName,
  countyCode: organisations.countyCode,
  countyName: counties.name,
};

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: OrganisationKind | undefined;
  county?: string | undefined;
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterOf(filter: OrganisationFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.q) {
    const p = likePattern(filter.q);
    const match = or(
      ilike(organisations.name, p),
      ilike(organisations.shortName, p),
      ilike(organisations.code, p),
    );
    if (match) parts.push(match);
  }
  if (filter.kind) parts.push(eq(organisations.kind, filter.kind));
  if (filter.county) parts.push(eq(organisations.countyCode, filter.county));
  return parts.length ? and(...parts) : undefined;
}

/** The registry of organisations is public within Samla: every signed-in caller may search it. */
export async function searchOrganisations(
  db: DbOrTx,
  filter: OrganisationFilter,
  page: number,
  pageSize: number,
) {
  const where = filterOf(filter);
  const items = await db
    .select(columns)
    .from(organisations)
    .leftJoin(counties, eq(counties.code, organisations.countyCode))
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = (await db.select({ n: count() }).from(organisations).where(where))[0]?.n ?? 0;
  return { items, total };
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const rows = await db
    .select(columns)
    .from(organisations)
    .leftJoin(counties, eq(counties.code, organisations.countyCode))
    .where(eq(organisations.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function findOrganisationRow(db: DbOrTx, id: string): Promise<OrganisationRow | null> {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findOrganisationByCode(db: DbOrTx, code: string): Promise<OrganisationRow | null> {
  const rows = await db.select().from(organisations).where(eq(organisations.code, code)).limit(1);
  return rows[0] ?? null;
}

/** The networks an organisation belongs to, limited to `visibleNetworkIds` unless null (all). */
export async function findMemberships(db: DbOrTx, orgId: string, visibleNetworkIds: string[] | null) {
  if (visibleNetworkIds && visibleNetworkIds.length === 0) return [];
  return db
    .select({ id: networks.id, name: networks.name, reports: networkMembers.reports })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(
      and(
        eq(networkMembers.orgId, orgId),
        visibleNetworkIds ? inArray(networks.id, visibleNetworkIds) : undefined,
      ),
    )
    .orderBy(asc(networks.name));
}

export async function countyExists(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db
    .select({ code: counties.code })
    .from(counties)
    .where(eq(counties.code, code))
    .limit(1);
  return rows.length > 0;
}

export async function listCounties(db: DbOrTx) {
  return db.select().from(counties).orderBy(asc(counties.code));
}

export async function insertOrganisation(db: DbOrTx, values: typeof organisations.$inferInsert) {
  const rows = await db.insert(organisations).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('organisation not inserted');
  return row;
}

export async function updateOrganisation(
  db: DbOrTx,
  id: string,
  values: Partial<typeof organisations.$inferInsert>,
) {
  const rows = await db.update(organisations).set(values).where(eq(organisations.id, id)).returning();
  return rows[0] ?? null;
}
