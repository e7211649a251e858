import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { housingPlacements, housingPolicies, housingUnitStatus, housingUnits } from '../../db/schema/housing';
import type { DbOrTx } from '../../platform/db';

export type UnitRow = typeof housingUnits.$inferSelect;
export type NewUnit = typeof housingUnits.$inferInsert;
export type PlacementRow = typeof housingPlacements.$inferSelect;
export type NewPlacement = typeof housingPlacements.$inferInsert;
export type PolicyRow = typeof housingPolicies.$inferSelect;

export async function findPolicy(db: DbOrTx, orgId: string): Promise<PolicyRow | null> {
  const rows = await db.select().from(housingPolicies).where(eq(housingPolicies.orgId, orgId)).limit(1);
  return rows[0] ?? null;
}

export async function listPolicies(db: DbOrTx, orgIds: string[]): Promise<PolicyRow[]> {
  if (orgIds.length === 0) return [];
  return db.select().from(housingPolicies).where(inArray(housingPolicies.orgId, orgIds));
}

export async function insertPolicy(db: DbOrTx, values: typeof housingPolicies.$inferInsert) {
  const rows = await db.insert(housingPolicies).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updatePolicy(
  db: DbOrTx,
  orgId: string,
  version: number,
  values: Pick<PolicyRow, 'singleMonths' | 'familyMonths' | 'largeHouseholdSize'>,
) {
  const rows = await db
    .update(housingPolicies)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(housingPolicies.orgId, orgId), eq(housingPolicies.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function listUnits(db: DbOrTx, orgIds: string[]): Promise<UnitRow[]> {
  if (orgIds.length === 0) return [];
  return db
    .select()
    .from(housingUnits)
    .where(inArray(housingUnits.orgId, orgIds))
    .orderBy(asc(housingUnits.type), asc(housingUnits.label));
}

export async function findUnit(db: DbOrTx, id: string): Promise<UnitRow | null> {
  const rows = await db.select().from(housingUnits).where(eq(housingUnits.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertUnits(db: DbOrTx, values: NewUnit[]): Promise<UnitRow[]> {
  if (values.length === 0) return [];
  return db.insert(housingUnits).values(values).returning();
}

export async function updateUnit(db: DbOrTx, id: string, version: number, values: Partial<NewUnit>) {
  const rows = await db
    .update(housingUnits)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(housingUnits.id, id), eq(housingUnits.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function insertUnitStatus(db: DbOrTx, values: (typeof housingUnitStatus.$inferInsert)[]) {
  if (values.length === 0) return;
  await db.insert(housingUnitStatus).values(values);
}

export async function listUnitStatus(db: DbOrTx, unitId: string) {
  return db
    .select()
    .from(housingUnitStatus)
    .where(eq(housingUnitStatus.unitId, unitId))
    .orderBy(desc(housingUnitStatus.changedOn), desc(housingUnitStatus.createdAt));
}

/** Placements of the organisations; `activeOnly` leaves out households that have moved out. */
export async function listPlacements(
  db: DbOrTx,
  orgIds: string[],
  activeOnly = false,
): Promise<PlacementRow[]> {
  if (orgIds.length === 0) return [];
  return db
    .select()
    .from(housingPlacements)
    .where(
      and(
        inArray(housingPlacements.orgId, orgIds),
        activeOnly ? isNull(housingPlacements.endedOn) : undefined,
      ),
    )
    .orderBy(asc(housingPlacements.endOn), asc(housingPlacements.householdRef));
}

export async function findPlacement(db: DbOrTx, id: string): Promise<PlacementRow | null> {
  const rows = await db.select().from(housingPlacements).where(eq(housingPlacements.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertPlacements(db: DbOrTx, values: NewPlacement[]): Promise<PlacementRow[]> {
  if (values.length === 0) return [];
  return db.insert(housingPlacements).values(values).returning();
}

export async function updatePlacement(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewPlacement>,
) {
  const rows = await db
    .update(housingPlacements)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(housingPlacements.id, id), eq(housingPlacements.version, version)))
    .returning();
  return rows[0] ?? null;
}
