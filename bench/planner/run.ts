/**
 * Planner benchmark: a national batch (about 30 000 persons in 12 000 households to 290
 * municipalities, kommuntal proportional to population) and a GR-scale batch of 500
 * households, both solved through the server's code path (a worker thread running HiGHS).
 * Writes bench/results/planner.json. Run alone: `node --import tsx bench/planner/run.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticPlannerData } from '../../src/core/planner/synthetic';
import { defaultWeights } from '../../src/core/planner/types';
import type { PlanResult } from '../../src/server/modules/planner/solver/plan';
import { runPlanInWorker } from '../../src/server/modules/planner/solver/run-worker';
import { loadAverage, machineInfo } from '../lib/machine';

const root = path.resolve(import.meta.dirname, '../..');

function municipalities(only?: Set<string>) {
  const lines = readFileSync(path.join(root, 'data/kommun_population_UNVERIFIED.csv'), 'utf8')
    .trim()
    .split('\n');
  return lines
    .slice(1)
    .map((l) => l.split(','))
    .map(([code, name, , population]) => ({
      code: code ?? '',
      name: name ?? '',
      population: Number(population),
    }))
    .filter((m) => !only || only.has(m.code));
}

function grCodes(): Set<string> {
  const lines = readFileSync(path.join(root, 'data/gr_member_municipalities.csv'), 'utf8').trim().split('\n');
  return new Set(lines.slice(1).map((l) => l.split(',')[0] ?? ''));
}

async function solve(
  label: string,
  households: number,
  only: Set<string> | undefined,
  options: Record<string, number>,
) {
  const data = syntheticPlannerData({
    municipalities: municipalities(only),
    households,
    seed: 20260301,
    quotaRatio: 1.05,
    fitPerHousehold: 30,
  });
  const load = loadAverage();
  const started = performance.now();
  const outcome = await runPlanInWorker({ ...data, weights: defaultWeights }, options, (p) => {
    process.stdout.write(
      `  ${label} ${p.phase.padEnd(6)} ${p.elapsedS.toFixed(1).padStart(5)} s  columns ${p.columns}  gap ${p.gapPct?.toFixed(4) ?? '–'} %\n`,
    );
  });
  const seconds = (performance.now() - started) / 1000;
  if (!outcome.ok) throw new Error(`${label}: invalid input ${JSON.stringify(outcome.issues.slice(0, 3))}`);
  const r: PlanResult = outcome.result;
  return {
    persons: r.totalPersons,
    households: r.totalHouseholds,
    municipalities: data.municipalities.length,
    totalQuota: data.municipalities.reduce((a, m) => a + m.remainingQuota, 0),
    seconds: Math.round(seconds * 100) / 100,
    solverSeconds: r.seconds,
    status: r.status,
    proven: r.proven,
    objective: r.objective,
    bound: r.bound,
    gapPct: r.gapPct,
    greedyObjective: r.greedyObjective,
    gainVsGreedyPct: r.gainVsGreedyPct,
    placedPersons: r.placedPersons,
    greedyPlacedPersons: r.greedyPlacedPersons,
    eligiblePairs: r.eligiblePairs,
    columns: r.columns,
    pricingRounds: r.pricingRounds,
    fullColumns: r.fullColumns,
    loadAverageBefore: load,
    loadAverageAfter: loadAverage(),
  };
}

export async function run(_args: string[]): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log('planner: national batch (12 000 households, 290 municipalities)');
  const national = await solve('national', 12_000, undefined, { timeLimitS: 60, targetGapPct: 0.05 });
  log('planner: GR batch (500 households, 13 municipalities), to proven optimality');
  const gr = await solve('gr', 500, grCodes(), { timeLimitS: 120, mipRelGap: 0 });
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {}
  const result = {
    date: new Date().toISOString(),
    commit,
    machine: machineInfo('n/a'),
    planner_persons: national.persons,
    planner_households: national.households,
    planner_s: national.seconds,
    planner_gap_pct: national.gapPct,
    planner_gain_vs_greedy_pct: national.gainVsGreedyPct,
    national,
    gr,
  };
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results/planner.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(JSON.stringify({ ...result, national: undefined, gr: undefined }, null, 2));
  log(`national: ${national.seconds} s, gap ${national.gapPct.toFixed(4)} %, status ${national.status}`);
  log(`gr: ${gr.seconds} s, gap ${gr.gapPct.toFixed(6)} %, status ${gr.status}, proven ${gr.proven}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run(process.argv.slice(2));
}
