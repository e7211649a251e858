import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { receptionAssignments } from '../../db/schema/ledger';
import { networkMembers, organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export type AssignmentRow = typeof receptionAssignments.$inferSelect;
export type NewAssignment = typeof receptionAssignments.$inferInsert;

export async function listAssignments(db: DbOrTx, orgId: string, year: number): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(receptionAssignments)
    .where(and(eq(receptionAssignments.orgId, orgId), eq(receptionAssignments.year, year)))
    .orderBy(desc(receptionAssignments.assignedOn), asc(receptionAssignments.householdRef));
}

export async function findAssignment(db: DbOrTx, id: string): Promise<AssignmentRow | null> {
  const rows = await db.select().from(receptionAssignments).where(eq(receptionAssignments.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertAssignments(db: DbOrTx, values: NewAssignment[]): Promise<AssignmentRow[]> {
  if (values.length === 0) return [];
  return db.insert(receptionAssignments).values(values).returning();
}

/** Updates only when the stored version is `version`; null means someone saved in between. */
export async function updateAssignment(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewAssignment>,
): Promise<AssignmentRow | null> {
  const rows = await db
    .update(receptionAssignments)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(receptionAssignments.id, id), eq(receptionAssignments.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** References already used by the organisation in the year (for duplicate checks before insert). */
export async function existingReferences(
  db: DbOrTx,
  orgId: string,
  year: number,
  refs: string[],
): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const rows = await db
    .select({ ref: receptionAssignments.householdRef })
    .from(receptionAssignments)
    .where(
      and(
        eq(receptionAssignments.orgId, orgId),
        eq(receptionAssignments.year, year),
        inArray(receptionAssignments.householdRef, refs),
      ),
    );
  return new Set(rows.map((r) => r.ref));
}

/**
 * What the aggregate views need of every assignment of some municipalities in a year:
 * no references, only sizes, statuses and dates.
 */
export async function listLedgerEntries(db: DbOrTx, year: number, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({
      orgId: receptionAssignments.orgId,
      householdSize: receptionAssignments.householdSize,
      status: receptionAssignments.status,
      assignedOn: receptionAssignments.assignedOn,
      plannedReceptionOn: receptionAssignments.plannedReceptionOn,
      receivedOn: receptionAssignments.receivedOn,
    })
    .from(receptionAssignments)
    .where(and(eq(receptionAssignments.year, year), inArray(receptionAssignments.orgId, orgIds)));
}

/** Persons per organisation in a year, counting assignments with one of `statuses`. */
export async function sumPersons(
  db: DbOrTx,
  year: number,
  orgIds: string[],
  statuses: AssignmentRow['status'][],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (orgIds.length === 0) return out;
  const rows = await db
    .select({
      orgId: receptionAssignments.orgId,
      persons: sql<number>`coalesce(sum(${receptionAssignments.householdSize}), 0)::int`,
    })
    .from(receptionAssignments)
    .where(
      and(
        eq(receptionAssignments.year, year),
        inArray(receptionAssignments.status, statuses),
        inArray(receptionAssignments.orgId, orgIds),
      ),
    )
    .groupBy(receptionAssignments.orgId);
  for (const r of rows) out.set(r.orgId, Number(r.persons));
  return out;
}

export interface MunicipalityRef {
  id: string;
  code: string | null;
  name: string;
  countyCode: string | null;
}

const municipalityColumns = {
  id: organisations.id,
  code: organisations.code,
  name: organisations.name,
  countyCode: organisations.countyCode,
};

/** The municipalities among a network's members, by name. */
export async function listNetworkMunicipalities(db: DbOrTx, networkId: string): Promise<MunicipalityRef[]> {
  return db
    .select(municipalityColumns)
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
    .where(and(eq(networkMembers.networkId, networkId), eq(organisations.kind, 'municipality')))
    .orderBy(asc(organisations.name));
}

export async function listCountyMunicipalities(db: DbOrTx, countyCode: string): Promise<MunicipalityRef[]> {
  return db
    .select(municipalityColumns)
    .from(organisations)
    .where(and(eq(organisations.kind, 'municipality'), eq(organisations.countyCode, countyCode)))
    .orderBy(asc(organisations.name));
}
