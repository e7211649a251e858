import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import {
  type QuotaParams,
  quotaAllocations,
  quotaChanges,
  quotaInputs,
  quotaPlans,
  quotaScenarioResults,
  quotaScenarios,
  quotaTransfers,
} from '../../db/schema/quotas';
import { counties, networkMembers, networks, organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export type PlanRow = typeof quotaPlans.$inferSelect;
export type InputRow = typeof quotaInputs.$inferSelect;
export type ScenarioRow = typeof quotaScenarios.$inferSelect;
export type ScenarioResultRow = typeof quotaScenarioResults.$inferSelect;
export type ChangeInsert = typeof quotaChanges.$inferInsert;

export interface MunicipalityRef {
  orgId: string;
  code: string;
  name: string;
  countyCode: string;
}

export async function listMunicipalities(db: DbOrTx): Promise<MunicipalityRef[]> {
  const rows = await db
    .select({
      orgId: organisations.id,
      code: organisations.code,
      name: organisations.shortName,
      countyCode: organisations.countyCode,
    })
    .from(organisations)
    .where(eq(organisations.kind, 'municipality'))
    .orderBy(asc(organisations.code));
  return rows.flatMap((r) =>
    r.code && r.countyCode ? [{ ...r, code: r.code, countyCode: r.countyCode }] : [],
  );
}

export async function listCounties(db: DbOrTx) {
  return db.select().from(counties).orderBy(asc(counties.code));
}

export async function findPlan(db: DbOrTx, year: number): Promise<PlanRow | null> {
  return (await db.select().from(quotaPlans).where(eq(quotaPlans.year, year)).limit(1))[0] ?? null;
}

export async function listPlans(db: DbOrTx): Promise<PlanRow[]> {
  return db.select().from(quotaPlans).orderBy(desc(quotaPlans.year));
}

/** The latest plan before `year`, to start a new year from its inputs. */
export async function findPreviousPlan(db: DbOrTx, year: number): Promise<PlanRow | null> {
  return (
    (
      await db
        .select()
        .from(quotaPlans)
        .where(sql`${quotaPlans.year} < ${year}`)
        .orderBy(desc(quotaPlans.year))
        .limit(1)
    )[0] ?? null
  );
}

export async function insertPlan(
  db: DbOrTx,
  values: { year: number; nationalTotal: number; params: QuotaParams },
) {
  const row = (await db.insert(quotaPlans).values(values).returning())[0];
  if (!row) throw new Error('plan not created');
  return row;
}

/**
 * Raises the plan's version if it still is `expected` (optimistic locking) and applies
 * `values`; null when someone else changed the plan first.
 */
export async function bumpPlan(
  db: DbOrTx,
  planId: string,
  expected: number,
  values: Partial<
    Pick<PlanRow, 'nationalTotal' | 'params' | 'status' | 'adoptedScenarioId' | 'adoptedAt'>
  > = {},
  now = new Date(),
): Promise<PlanRow | null> {
  const rows = await db
    .update(quotaPlans)
    .set({ ...values, version: sql`${quotaPlans.version} + 1`, updatedAt: now })
    .where(and(eq(quotaPlans.id, planId), eq(quotaPlans.version, expected)))
    .returning();
  return rows[0] ?? null;
}

export async function listInputs(db: DbOrTx, planId: string) {
  return db
    .select({
      input: quotaInputs,
      code: organisations.code,
      name: organisations.shortName,
      countyCode: organisations.countyCode,
    })
    .from(quotaInputs)
    .innerJoin(organisations, eq(organisations.id, quotaInputs.orgId))
    .where(eq(quotaInputs.planId, planId))
    .orderBy(asc(organisations.code));
}

export async function replaceInputs(db: DbOrTx, planId: string, rows: Omit<InputRow, 'planId'>[]) {
  await db.delete(quotaInputs).where(eq(quotaInputs.planId, planId));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(quotaInputs).values(rows.slice(i, i + 500).map((r) => ({ ...r, planId })));
  }
}

export async function insertScenario(
  db: DbOrTx,
  scenario: typeof quotaScenarios.$inferInsert,
  results: Omit<ScenarioResultRow, 'scenarioId'>[],
): Promise<ScenarioRow> {
  const row = (await db.insert(quotaScenarios).values(scenario).returning())[0];
  if (!row) throw new Error('scenario not created');
  for (let i = 0; i < results.length; i += 500) {
    await db
      .insert(quotaScenarioResults)
      .values(results.slice(i, i + 500).map((r) => ({ ...r, scenarioId: row.id })));
  }
  return row;
}

export async function listScenarios(db: DbOrTx, planId: string): Promise<ScenarioRow[]> {
  return db
    .select()
    .from(quotaScenarios)
    .where(eq(quotaScenarios.planId, planId))
    .orderBy(asc(quotaScenarios.createdAt));
}

export async function findScenario(db: DbOrTx, scenarioId: string): Promise<ScenarioRow | null> {
  return (
    (await db.select().from(quotaScenarios).where(eq(quotaScenarios.id, scenarioId)).limit(1))[0] ?? null
  );
}

export async function scenarioResults(db: DbOrTx, scenarioIds: string[]): Promise<ScenarioResultRow[]> {
  if (scenarioIds.length === 0) return [];
  return db.select().from(quotaScenarioResults).where(inArray(quotaScenarioResults.scenarioId, scenarioIds));
}

export async function deleteScenario(db: DbOrTx, scenarioId: string) {
  await db.delete(quotaScenarios).where(eq(quotaScenarios.id, scenarioId));
}

export async function listAllocations(db: DbOrTx, planId: string, orgIds?: readonly string[]) {
  return db
    .select()
    .from(quotaAllocations)
    .where(
      and(
        eq(quotaAllocations.planId, planId),
        orgIds
          ? inArray(
              quotaAllocations.orgId,
              orgIds.length > 0 ? [...orgIds] : ['00000000-0000-0000-0000-000000000000'],
            )
          : undefined,
      ),
    );
}

export async function replaceAllocations(
  db: DbOrTx,
  planId: string,
  rows: { orgId: string; countyCode: string; kommuntal: number }[],
  now: Date,
) {
  await db.delete(quotaAllocations).where(eq(quotaAllocations.planId, planId));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(quotaAllocations)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, planId, updatedAt: now })));
  }
}

export async function setAllocation(db: DbOrTx, planId: string, orgId: string, kommuntal: number, now: Date) {
  await db
    .update(quotaAllocations)
    .set({ kommuntal, updatedAt: now })
    .where(and(eq(quotaAllocations.planId, planId), eq(quotaAllocations.orgId, orgId)));
}

export async function insertChanges(db: DbOrTx, rows: ChangeInsert[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(quotaChanges).values(rows.slice(i, i + 500));
}

export async function insertTransfer(db: DbOrTx, values: typeof quotaTransfers.$inferInsert) {
  const row = (await db.insert(quotaTransfers).values(values).returning())[0];
  if (!row) throw new Error('transfer not created');
  return row;
}

/** Changes other than the initial adoption, newest first (an adoption lists 290 rows; it is shown once). */
export async function listChanges(db: DbOrTx, planId: string, options: { orgId?: string; limit: number }) {
  return db
    .select({
      change: quotaChanges,
      code: organisations.code,
      name: organisations.shortName,
      actorName: users.name,
    })
    .from(quotaChanges)
    .innerJoin(organisations, eq(organisations.id, quotaChanges.orgId))
    .leftJoin(users, eq(users.id, quotaChanges.actorUserId))
    .where(
      and(eq(quotaChanges.planId, planId), options.orgId ? eq(quotaChanges.orgId, options.orgId) : undefined),
    )
    .orderBy(desc(quotaChanges.createdAt), asc(organisations.code))
    .limit(options.limit);
}

/** Networks the organisation belongs to or owns, with their member municipalities. */
export async function networksOf(db: DbOrTx, orgId: string) {
  const own = await db
    .select({ id: networks.id, name: networks.name, slug: networks.slug })
    .from(networks)
    .leftJoin(networkMembers, and(eq(networkMembers.networkId, networks.id), eq(networkMembers.orgId, orgId)))
    .where(or(eq(networks.ownerOrgId, orgId), eq(networkMembers.orgId, orgId)))
    .orderBy(asc(networks.name));
  const unique = [...new Map(own.map((n) => [n.id, n])).values()];
  if (unique.length === 0) return [];
  const members = await db
    .select({ networkId: networkMembers.networkId, orgId: networkMembers.orgId })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
    .where(
      and(
        inArray(
          networkMembers.networkId,
          unique.map((n) => n.id),
        ),
        eq(organisations.kind, 'municipality'),
      ),
    );
  return unique.map((n) => ({
    ...n,
    memberOrgIds: members.filter((m) => m.networkId === n.id).map((m) => m.orgId),
  }));
}
