/**
 * Demo kommuntal: this year's plan with inputs for every municipality (population from
 * data/kommun_population_UNVERIFIED.csv, the rest synthetic and deterministic), two
 * scenarios for two registration dates, and the first one adopted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import { ZONE } from '../../core/time/iso-week';
import * as repo from '../modules/quotas/quotas.repository';
import { adoptScenario, createScenario, DEFAULT_PARAMS, putPlan } from '../modules/quotas/quotas.service';
import { type Ctx, nowOf } from '../platform/context';
import { dataDir } from './registry-data';

/** A number in [0, 1) from a code and a salt: the same every run. */
function unit(code: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

function readPopulation(): Map<string, number> {
  const text = readFileSync(path.join(dataDir, 'kommun_population_UNVERIFIED.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [r.municipality_code ?? '', Number(r.population_unverified)]));
}

export async function seedDemoQuotas(ctx: Ctx): Promise<void> {
  const year = DateTime.fromJSDate(nowOf(ctx), { zone: ZONE }).year;
  if (await repo.findPlan(ctx.db, year)) return;
  const population = readPopulation();
  const municipalities = await repo.listMunicipalities(ctx.db);
  const { plan } = await putPlan(ctx, year, { nationalTotal: 6000, params: DEFAULT_PARAMS });
  await repo.replaceInputs(
    ctx.db,
    plan.id,
    municipalities.map((m) => {
      const pop = population.get(m.code) ?? 10_000;
      return {
        orgId: m.orgId,
        population: pop,
        labourMarket: Math.round((72 + 12 * unit(m.code, 1)) * 10) / 10,
        newcomersReceived: Math.round(pop * (0.004 + 0.012 * unit(m.code, 2))),
        minorsReceived: Math.round(pop * 0.0006 * unit(m.code, 3)),
        asylumSeekersAbo: Math.round(pop * 0.002 * unit(m.code, 4)),
        asylumSeekersEbo: Math.round(pop * 0.003 * unit(m.code, 5)),
        temporaryProtection: Math.round(pop * 0.004 * unit(m.code, 6)),
        housing: unit(m.code, 7) < 0.15 ? null : Math.round(20 * unit(m.code, 8) * 10) / 10,
      };
    }),
  );
  const july = await createScenario(ctx, year, {
    name: 'Folkbokföring 1 juli',
    referenceDate: `${year}-07-01`,
    nationalTotal: 6000,
    params: DEFAULT_PARAMS,
    overrides: [],
  });
  await createScenario(ctx, year, {
    name: 'Folkbokföring 1 november',
    referenceDate: `${year}-11-01`,
    nationalTotal: 9000,
    params: {
      ...DEFAULT_PARAMS,
      factors: { ...DEFAULT_PARAMS.factors, asylumSeekers: { weight: 0.3, direction: 1 } },
    },
    overrides: [],
  });
  await adoptScenario(ctx, year, { scenarioId: july.id, reason: '', expectedVersion: plan.version });
}
