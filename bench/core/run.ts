/**
 * The core suite (reports and the situation picture): national scale, or `--quick` at reduced
 * scale in about two minutes. Generates the data when missing (see generate.ts),
 * runs the server as a child process in production mode and measures over HTTP; writes
 * bench/results/core.json (core-quick.json with --quick). See docs/performance.md.
 *
 * Options: --quick, --regenerate, --workers <n> (HTTP worker processes on PostgreSQL, default 2),
 * --concurrency <n|all> (submit requests in flight on PostgreSQL; default all: one per reporting
 * organisation, every municipality filing at once), --skip-pglite.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Dataset, ensureGrData, ensureNationalData } from '../generate';
import { loadAverage, machineInfo } from '../lib/machine';
import { type NetworkResult, runNetwork } from '../lib/network-run';
import { PG_SERVER_URL, pgUrl, SCALES } from '../lib/scale';

const started = performance.now();
const log = (line: string) =>
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);

/** The commit measured, and whether the working tree had changes (other engineers' work in progress). */
function gitState(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], {
      encoding: 'utf8',
    });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    // A copy of a commit without .git (see docs/performance.md) names it in BENCH_COMMIT.
    return { commit: process.env.BENCH_COMMIT ?? 'unknown', dirty: false };
  }
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: pgUrl('postgres') });
  await client.connect();
  try {
    const res = await client.query<{ server_version: string }>('SHOW server_version');
    return res.rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

function round(x: number | undefined, digits = 1): number | null {
  if (x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function generation(d: Dataset) {
  return {
    reused: d.reused,
    generatedAt: d.generatedAt,
    ...d.counts,
    seconds: round(d.totalSeconds),
    secondsReports: round(d.counts.seconds),
  };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      regenerate: { type: 'boolean', default: false },
      // Two HTTP processes: on two cores the app servers' CPU, not PostgreSQL's, is the larger share.
      workers: { type: 'string', default: '2' },
      // A surge: every member files at the same time, one report each in flight.
      concurrency: { type: 'string', default: 'all' },
      'skip-pglite': { type: 'boolean', default: false },
    },
  });
  const scale = SCALES[values.quick ? 'quick' : 'full'];
  const workers = Number.parseInt(values.workers, 10);
  const concurrency =
    values.concurrency === 'all' ? Number.POSITIVE_INFINITY : Number.parseInt(values.concurrency, 10);
  const loadBefore = loadAverage();
  // The reference machine is shared: keep the 1-minute load average every 10 s of the run.
  const loadSamples: number[] = [];
  const loadTimer = setInterval(() => loadSamples.push(Number.parseFloat(loadAverage())), 10_000);
  loadTimer.unref();
  log(`scale ${scale.name}: ${scale.weeks} weekly rounds; load average ${loadBefore}`);

  const national = await ensureNationalData(scale, { regenerate: values.regenerate, log });
  const gr = values['skip-pglite'] ? null : await ensureGrData(scale, { regenerate: values.regenerate, log });

  log('PostgreSQL: national network');
  const pgResult: NetworkResult = await runNetwork({
    dataset: national,
    scale,
    workers,
    concurrency,
    withSqlTime: true,
    withXlsx: true,
    log,
  });
  let grResult: NetworkResult | null = null;
  let grError: string | null = null;
  if (gr) {
    log('PGlite: GR network');
    try {
      grResult = await runNetwork({
        dataset: gr,
        scale,
        workers: 1,
        concurrency: 16,
        withSqlTime: false,
        withXlsx: false,
        log,
      });
    } catch (err) {
      // Keep the PostgreSQL figures when the embedded run fails (e.g. the server did not start).
      grError = err instanceof Error ? err.message.split('\n').slice(0, 6).join(' | ') : String(err);
      log(`  PGlite run failed: ${grError}`);
    }
  }
  const loadAfter = loadAverage();
  const xlsx = pgResult.xlsx && 'seconds' in pgResult.xlsx ? pgResult.xlsx : null;

  const result = {
    picture_round_p95_ms: pgResult.picture.p95,
    picture_round_sql_ms: pgResult.sql?.sqlMs.p95 ?? null,
    picture_http_sql_ratio: pgResult.sql ? round(pgResult.picture.p95 / pgResult.sql.sqlMs.p95, 2) : null,
    // The same comparison at the median, which the tails of either side do not move.
    picture_http_sql_ratio_p50: pgResult.sql ? round(pgResult.picture.p50 / pgResult.sql.sqlMs.p50, 2) : null,
    trend_10y_p95_ms: pgResult.trend.p95,
    submit_per_s: round(pgResult.submit.ok / pgResult.submit.seconds),
    submit_errors: pgResult.submit.errors,
    submit_lost: pgResult.stored.lost,
    visible_after_submit_ms: pgResult.visible.p50,
    xlsx_10y_s: xlsx ? round(xlsx.seconds, 2) : null,
    xlsx_10y_rss_mb: xlsx?.peakRssMb ?? null,
    pglite_picture_round_p95_ms: grResult?.picture.p95 ?? null,
    pglite_trend_10y_p95_ms: grResult?.trend.p95 ?? null,
    pglite_submit_per_s: grResult ? round(grResult.submit.ok / grResult.submit.seconds) : null,
    pglite_submit_errors: grResult?.submit.errors ?? null,
    pglite_submit_lost: grResult?.stored.lost ?? null,
    meta: {
      date: new Date().toISOString(),
      command: values.quick ? 'npm run bench -- --quick' : 'npm run bench',
      argv: process.argv.slice(2),
      git: gitState(),
      machine: machineInfo(await postgresVersion()),
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      loadAverage1mDuring: loadSamples.length
        ? { min: Math.min(...loadSamples), max: Math.max(...loadSamples), samples: loadSamples.length }
        : null,
      wallSeconds: round((performance.now() - started) / 1000),
      postgresServer: new URL(PG_SERVER_URL).host,
      scale: {
        name: scale.name,
        weeks: scale.weeks,
        national: { network: national.networkSlug, ...generation(national) },
        gr: gr ? { network: gr.networkSlug, ...generation(gr) } : null,
        sequentialRequests: scale.requests,
        submitSeconds: scale.submitSeconds,
        submitWarmupSeconds: scale.submitWarmupSeconds,
        submitConcurrency: {
          postgres: pgResult.submit.concurrency,
          pglite: grResult?.submit.concurrency ?? null,
        },
        serverWorkers: workers,
      },
    },
    details: { postgres: pgResult, pglite: grResult, pgliteError: grError },
  };
  mkdirSync(path.dirname(scale.resultFile), { recursive: true });
  writeFileSync(scale.resultFile, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${scale.resultFile}`);
  const { meta: _meta, details: _details, ...headline } = result;
  process.stdout.write(`${JSON.stringify(headline, null, 2)}\n`);
}
