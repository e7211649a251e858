import { and, asc, desc, eq, exists, getTableColumns, or, sql } from 'drizzle-orm';
import { networkMembers, networks, organisations } from '../../db/schema/registry';
import { type DbOrTx, queryPrepared } from '../../platform/db';

export type NetworkRow = typeof networks.$inferSelect;

const memberCount = sql<number>`(select count(*)::int from network_members m where m.network_id = ${networks.id})`;
const reportingCount = sql<number>`(select count(*)::int from network_members m where m.network_id = ${networks.id} and m.reports = 1)`;

const listColumns = {
  id: networks.id,
  slug: networks.slug,
  name: networks.name,
  description: networks.description,
  ownerOrgId: networks.ownerOrgId,
  ownerName: organisations.name,
  opensWeekday: networks.opensWeekday,
  opensTime: networks.opensTime,
  deadlineWeekday: networks.deadlineWeekday,
  deadlineTime: networks.deadlineTime,
  reminderHours: networks.reminderHours,
  memberCount,
  reportingCount,
};

/** Networks the organisation owns or belongs to; all networks when `orgId` is null (system admin). */
export async function listNetworks(db: DbOrTx, orgId: string | null) {
  const scope =
    orgId === null
      ? undefined
      : or(
          eq(networks.ownerOrgId, orgId),
          exists(
            db
              .select({ one: sql`1` })
              .from(networkMembers)
              .where(and(eq(networkMembers.networkId, networks.id), eq(networkMembers.orgId, orgId))),
          ),
        );
  const rows = await db
    .select(listColumns)
    .from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.ownerOrgId))
    .where(scope)
    .orderBy(asc(networks.name));
  return rows.map((r) => ({
    ...r,
    memberCount: Number(r.memberCount),
    reportingCount: Number(r.reportingCount),
  }));
}

/** Callers check access with loadNetworkAccess first. */
export async function findNetworkSummary(db: DbOrTx, networkId: string) {
  const rows = await db
    .select(listColumns)
    .from(networks)
    .innerJoin(organisations, eq(organisations.id, networks.ownerOrgId))
    .where(eq(networks.id, networkId))
    .limit(1);
  const row = rows[0];
  return row
    ? { ...row, memberCount: Number(row.memberCount), reportingCount: Number(row.reportingCount) }
    : null;
}

export async function listMembers(db: DbOrTx, networkId: string) {
  const rows = await db
    .select({
      orgId: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      kind: organisations.kind,
      code: organisations.code,
      countyCode: organisations.countyCode,
      reports: networkMembers.reports,
    })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
    .where(eq(networkMembers.networkId, networkId))
    .orderBy(desc(networkMembers.reports), asc(organisations.name));
  return rows.map((r) => ({ ...r, reports: r.reports === 1 }));
}

export async function findMember(db: DbOrTx, networkId: string, orgId: string) {
  const rows = await db
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, orgId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function slugTaken(db: DbOrTx, slug: string): Promise<boolean> {
  const rows = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug)).limit(1);
  return rows.length > 0;
}

export async function insertNetwork(db: DbOrTx, values: typeof networks.$inferInsert): Promise<NetworkRow> {
  const rows = await db.insert(networks).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('network not inserted');
  return row;
}

export async function updateNetwork(
  db: DbOrTx,
  networkId: string,
  values: Partial<typeof networks.$inferInsert>,
) {
  const rows = await db.update(networks).set(values).where(eq(networks.id, networkId)).returning();
  return rows[0] ?? null;
}

export async function insertMember(db: DbOrTx, networkId: string, orgId: string, reports: boolean, at: Date) {
  await db.insert(networkMembers).values({ networkId, orgId, reports: reports ? 1 : 0, joinedAt: at });
}

export async function setMemberReports(db: DbOrTx, networkId: string, orgId: string, reports: boolean) {
  await db
    .update(networkMembers)
    .set({ reports: reports ? 1 : 0 })
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, orgId)));
}

export async function deleteMember(db: DbOrTx, networkId: string, orgId: string): Promise<boolean> {
  const rows = await db
    .delete(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, orgId)))
    .returning({ orgId: networkMembers.orgId });
  return rows.length > 0;
}

/**
 * The network's columns, named and mapped as the query builder would, derived from the
 * schema so that a column added there is read here too.
 */
const networkColumns = Object.entries(getTableColumns(networks));
const networkSelect = sql.join(
  networkColumns.map(([key, column]) => sql`n.${sql.identifier(column.name)} AS ${sql.identifier(key)}`),
  sql`, `,
);

/**
 * The network and, for an organisation, its membership (`reports` 0 or 1; null when not a
 * member): one prepared statement, since every network-scoped request starts with it.
 */
export async function findNetworkAccessRow(
  db: DbOrTx,
  networkId: string,
  orgId: string | null,
): Promise<{ network: NetworkRow; memberReports: number | null } | null> {
  const rows = await queryPrepared<Record<string, unknown> & { memberReports: number | null }>(
    db,
    sql`SELECT ${networkSelect}, m.reports AS "memberReports"
    FROM networks n
    LEFT JOIN network_members m ON m.network_id = n.id AND m.org_id = ${orgId}::uuid
    WHERE n.id = ${networkId}::uuid`,
  );
  const row = rows[0];
  if (!row) return null;
  const network = Object.fromEntries(
    networkColumns.map(([key, column]) => {
      const value = row[key];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as NetworkRow;
  return { network, memberReports: row.memberReports };
}
