import { and, desc, eq, sql } from 'drizzle-orm';
import { plannerRuns } from '../../db/schema/planner';
import { networkMembers, organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';

export type PlannerRunRow = typeof plannerRuns.$inferSelect;

export async function insertRun(db: DbOrTx, values: typeof plannerRuns.$inferInsert): Promise<PlannerRunRow> {
  const [row] = await db.insert(plannerRuns).values(values).returning();
  if (!row) throw new Error('insert planner run returned nothing');
  return row;
}

export async function findRun(db: DbOrTx, id: string): Promise<PlannerRunRow | undefined> {
  return (await db.select().from(plannerRuns).where(eq(plannerRuns.id, id)).limit(1))[0];
}

export async function listRuns(db: DbOrTx, networkId: string) {
  return db
    .select({
      id: plannerRuns.id,
      name: plannerRuns.name,
      year: plannerRuns.year,
      status: plannerRuns.status,
      createdAt: plannerRuns.createdAt,
    })
    .from(plannerRuns)
    .where(eq(plannerRuns.networkId, networkId))
    .orderBy(desc(plannerRuns.createdAt))
    .limit(50);
}

export async function updateRun(db: DbOrTx, id: string, values: Partial<typeof plannerRuns.$inferInsert>) {
  await db
    .update(plannerRuns)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(plannerRuns.id, id));
}

/** Bumps the version only if it is still `version`; false when someone else saved first. */
export async function updateRunVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof plannerRuns.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(plannerRuns)
    .set({ ...values, version: sql`${plannerRuns.version} + 1`, updatedAt: new Date() })
    .where(and(eq(plannerRuns.id, id), eq(plannerRuns.version, version)))
    .returning({ id: plannerRuns.id });
  return rows.length === 1;
}

/** The network's member municipalities. */
export async function networkMunicipalities(db: DbOrTx, networkId: string) {
  return db
    .select({ id: organisations.id, code: organisations.code, name: organisations.shortName })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
    .where(and(eq(networkMembers.networkId, networkId), eq(organisations.kind, 'municipality')))
    .orderBy(organisations.code);
}
