/**
 * Demo planner batch: synthetic households waiting to be assigned across the GR network's
 * member municipalities, stored as a draft run so the planner page has something to run on
 * a fresh start. The municipality data (kommuntal left, free housing) is read when the
 * coordinator starts it. Households are references only (GR-DEMO-001 …), never names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import { syntheticPlannerData } from '../../core/planner/synthetic';
import { defaultWeights, type PlannerHousehold } from '../../core/planner/types';
import { ZONE } from '../../core/time/iso-week';
import { plannerRuns } from '../db/schema/planner';
import { networks } from '../db/schema/registry';
import { municipalityData } from '../modules/planner/planner.service';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../platform/context';
import { dataDir, readGrMemberCodes } from './registry-data';

/** Households generated; the batch is the prefix that fills about 85 % of what GR has left. */
const CANDIDATES = 500;
const FILL = 0.85;
const MIN_HOUSEHOLDS = 10;
export const DEMO_PLANNER_RUN_NAME = 'Demobatch GR – hösten';

function grMunicipalities() {
  const text = readFileSync(path.join(dataDir, 'kommun_population_UNVERIFIED.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const population = new Map(rows.map((r) => [r.municipality_code ?? '', Number(r.population_unverified)]));
  return readGrMemberCodes().map((code) => ({
    code,
    name: code,
    population: population.get(code) ?? 10_000,
  }));
}

/** The demo households in order; the stored batch is a prefix of them. */
export function demoPlannerCandidates(): PlannerHousehold[] {
  // Households only: where they live now, family ties and labour-market fit point at GR members.
  const { households } = syntheticPlannerData({
    municipalities: grMunicipalities(),
    households: CANDIDATES,
    seed: 20261001,
    quotaRatio: 1,
    fitPerHousehold: 4,
  });
  return households.map((h, i) => ({ ...h, id: `GR-DEMO-${String(i + 1).padStart(3, '0')}` }));
}

export async function seedDemoPlanner(ctx: Ctx): Promise<{ runs: number; households: number }> {
  const gr = (await ctx.db.select().from(networks).where(eq(networks.slug, 'gr-mottagande')).limit(1))[0];
  if (!gr) return { runs: 0, households: 0 };
  const existing = await ctx.db
    .select({ id: plannerRuns.id })
    .from(plannerRuns)
    .where(eq(plannerRuns.networkId, gr.id))
    .limit(1);
  if (existing.length > 0) return { runs: 0, households: 0 };
  const year = DateTime.fromJSDate(nowOf(ctx), { zone: ZONE }).year;
  const households = demoPlannerCandidates();
  // Sized to the kommuntal and housing GR has left today, so the demo places most of its
  // households and leaves room to move one by hand.
  const room = (await municipalityData(ctx, gr.id, year)).reduce(
    (a, m) => a + Math.min(m.remainingQuota, m.freePlaces),
    0,
  );
  const batch: PlannerHousehold[] = [];
  let persons = 0;
  for (const h of households) {
    if (batch.length >= MIN_HOUSEHOLDS && persons + h.persons > room * FILL) break;
    persons += h.persons;
    batch.push(h);
  }
  return inTransaction(ctx, async (tx) => {
    const [run] = await tx.db
      .insert(plannerRuns)
      .values({
        networkId: gr.id,
        name: DEMO_PLANNER_RUN_NAME,
        year,
        status: 'draft',
        input: { households: batch, municipalities: [], weights: defaultWeights },
      })
      .returning({ id: plannerRuns.id });
    if (!run) throw new Error('demo planner run not stored');
    await writeAudit(tx, {
      action: 'planner_run.create',
      entityType: 'planner_run',
      entityId: run.id,
      after: { name: DEMO_PLANNER_RUN_NAME, year, households: batch.length, demo: true },
    });
    return { runs: 1, households: batch.length };
  });
}
