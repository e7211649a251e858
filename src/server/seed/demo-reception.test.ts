import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractForecast } from '../../core/reception/housing';
import { assignmentProblems, behindPlan, ledgerTotals } from '../../core/reception/ledger';
import { housingPlacements, housingUnits } from '../db/schema/housing';
import { receptionAssignments } from '../db/schema/ledger';
import { organisations } from '../db/schema/registry';
import { lookupKommuntal } from '../modules/ledger/kommuntal';
import type { Ctx } from '../platform/context';
import { useTestDatabase } from '../testing/test-db';
import { seedDemoQuotas } from './demo-quotas';
import { seedDemoReception } from './demo-reception';
import { seedRegistry } from './registry';
import { readGrMemberCodes } from './registry-data';

const getDb = useTestDatabase();
const NOW = new Date('2026-09-15T10:00:00Z');
const TODAY = '2026-09-15';
const ctx = (): Ctx => ({ db: getDb().db, actor: { kind: 'system' }, now: () => NOW });
let first: Awaited<ReturnType<typeof seedDemoReception>>;

beforeAll(async () => {
  await seedRegistry(ctx());
  await seedDemoQuotas(ctx());
  first = await seedDemoReception(ctx());
}, 120_000);

async function rowsOf(code: string) {
  const org = (await getDb().db.select().from(organisations).where(eq(organisations.code, code)))[0];
  if (!org) throw new Error(`no ${code}`);
  const db = getDb().db;
  return {
    assignments: await db.select().from(receptionAssignments).where(eq(receptionAssignments.orgId, org.id)),
    units: await db.select().from(housingUnits).where(eq(housingUnits.orgId, org.id)),
    placements: await db.select().from(housingPlacements).where(eq(housingPlacements.orgId, org.id)),
  };
}

describe('demo reception data', () => {
  it('seeds every GR municipality and a few others, once', async () => {
    expect(first.assignments).toBeGreaterThan(100);
    expect(await seedDemoReception(ctx())).toEqual({ assignments: 0, units: 0, placements: 0 });
  });

  it('keeps every anvisning valid by the ledger rules', async () => {
    const all = await getDb().db.select().from(receptionAssignments);
    for (const a of all) expect(assignmentProblems(a, TODAY)).toEqual([]);
    expect(new Set(all.map((a) => a.status))).toEqual(new Set(['assigned', 'received', 'cancelled']));
  });

  it('puts Lerum behind plan and every other GR municipality on track against its kommuntal', async () => {
    const lerum = (await rowsOf('1441')).assignments;
    expect(lerum.filter((a) => a.status === 'received')).toHaveLength(3);
    expect(behindPlan(ledgerTotals(lerum, 60, TODAY), 2026, TODAY).reasons).toContain('overdue_receptions');
    const gr = await getDb()
      .db.select()
      .from(organisations)
      .where(inArray(organisations.code, readGrMemberCodes()));
    const kommuntal = await lookupKommuntal(
      getDb().db,
      2026,
      gr.map((o) => o.id),
    );
    expect(kommuntal.size).toBe(13);
    const behind = [];
    for (const org of gr) {
      const totals = ledgerTotals(
        (await rowsOf(org.code ?? '')).assignments,
        kommuntal.get(org.id) ?? null,
        TODAY,
      );
      if (behindPlan(totals, 2026, TODAY).behind) behind.push(org.code);
    }
    expect(behind).toEqual(['1441']);
  });

  it('has units of every type and Partille with about 30 contracts ending in the coming months', async () => {
    const partille = await rowsOf('1402');
    expect(new Set(partille.units.map((u) => u.type)).size).toBe(5);
    const forecast = contractForecast(partille.placements, TODAY);
    expect(
      forecast.warnings.within_1.households + forecast.warnings.within_3.households,
    ).toBeGreaterThanOrEqual(31);
  });
});
