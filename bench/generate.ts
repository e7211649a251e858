/**
 * Builds the benchmark data: the national network on PostgreSQL (a database of its own,
 * dropped and created) and the GR network on the embedded database. Migrations, registry and
 * templates come from the app itself (openDatabase().migrate(), runSeed without demo data);
 * the reports from generate-reports.ts. A marker table records what was generated, so later
 * runs reuse the data unless `--regenerate` is given.
 *
 *   node --import tsx bench/generate.ts [--quick] [--regenerate]
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createUserAccount } from '../src/server/modules/auth/create-admin';
import { loadConfig } from '../src/server/platform/config';
import type { Ctx } from '../src/server/platform/context';
import { type Database, openDatabase, queryRows } from '../src/server/platform/db';
import type { AppDeps } from '../src/server/platform/http';
import { createLogger } from '../src/server/platform/logger';
import { createMailer } from '../src/server/platform/mail';
import { runSeed } from '../src/server/seed/index';
import { type GeneratedCounts, generateNetworkReports } from './generate-reports';
import { GR_SLUG, NATIONAL_SLUG, PG_SERVER_URL, pgUrl, SCALES, type Scale } from './lib/scale';

/** Coordinators the benchmark signs in as: SKR for the national network, GR for its own. */
export const COORDINATORS = {
  [NATIONAL_SLUG]: { email: 'bench.samordnare@skr.bench.invalid', orgCode: 'SKR' },
  [GR_SLUG]: { email: 'bench.samordnare@gr.bench.invalid', orgCode: 'GR' },
} as const;
export const BENCH_PASSWORD = 'Samla-bench-lösenord-2026';

export interface Dataset {
  kind: 'postgres' | 'pglite';
  networkSlug: string;
  weeks: number;
  databaseUrl?: string;
  dataDir?: string;
  generatedAt: string;
  /** Wall time of the whole generation (migrate, seed, reports, vacuum/analyze). */
  totalSeconds: number;
  counts: GeneratedCounts;
  /** True when an earlier run's data was reused. */
  reused: boolean;
}

type Log = (line: string) => void;

function depsFor(database: Database): AppDeps {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  return { database, config, logger: createLogger(config), mailer: createMailer(config) };
}

const MARKER_TABLE = sql`CREATE TABLE IF NOT EXISTS bench_marker (
  network_slug text PRIMARY KEY, weeks integer NOT NULL, info jsonb NOT NULL)`;

async function readMarker(database: Database, slug: string, weeks: number): Promise<Dataset | null> {
  await database.db.execute(MARKER_TABLE);
  const rows = await queryRows<{ info: Dataset }>(
    database.db,
    sql`SELECT info FROM bench_marker WHERE network_slug = ${slug} AND weeks = ${weeks}`,
  );
  return rows[0]?.info ?? null;
}

async function writeMarker(database: Database, dataset: Dataset): Promise<void> {
  await database.db.execute(MARKER_TABLE);
  await database.db.execute(sql`INSERT INTO bench_marker (network_slug, weeks, info)
    VALUES (${dataset.networkSlug}, ${dataset.weeks}, ${JSON.stringify(dataset)}::jsonb)
    ON CONFLICT (network_slug) DO UPDATE SET weeks = EXCLUDED.weeks, info = EXCLUDED.info`);
}

/**
 * The usual bulk-load order for the one big table: its index is dropped, the rows inserted,
 * then the very same definition (read from the catalog before dropping) is created again,
 * which sorts once instead of updating a b-tree row by row.
 */
async function withoutValueIndexes<T>(database: Database, log: Log, fn: () => Promise<T>): Promise<T> {
  const indexes = await queryRows<{ name: string; def: string }>(
    database.db,
    sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'report_values'`,
  );
  for (const i of indexes) await database.db.execute(sql.raw(`DROP INDEX "${i.name}"`));
  const result = await fn();
  const t0 = performance.now();
  for (const i of indexes) await database.db.execute(sql.raw(i.def));
  log(`  report_values index rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

/** Migrate, seed, coordinator account, reports, then VACUUM ANALYZE as autovacuum would eventually. */
async function fill(database: Database, slug: keyof typeof COORDINATORS, weeks: number, log: Log) {
  const deps = depsFor(database);
  const t0 = performance.now();
  await database.migrate();
  await runSeed(deps, { demo: false });
  const coordinator = COORDINATORS[slug];
  await createUserAccount(deps, {
    email: coordinator.email,
    name: 'Bench Samordnare',
    orgCode: coordinator.orgCode,
    roles: ['coordinator'],
    password: BENCH_PASSWORD,
  });
  log(`  migrated and seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ctx: Ctx = { db: database.db, actor: { kind: 'system' } };
  const generate = () => generateNetworkReports(ctx, { networkSlug: slug, weeks, now: new Date(), log });
  const counts =
    database.kind === 'postgres' ? await withoutValueIndexes(database, log, generate) : await generate();
  log(`  ${counts.reports} reports, ${counts.values} values in ${counts.seconds.toFixed(1)} s`);
  const t1 = performance.now();
  await database.db.execute(sql`VACUUM (ANALYZE)`);
  log(`  VACUUM (ANALYZE) in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  return { counts, totalSeconds: (performance.now() - t0) / 1000 };
}

async function adminQuery(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: pgUrl('postgres') });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return `"${name}"`;
}

/** The national network's data on PostgreSQL, generated unless a complete earlier run is there. */
export async function ensureNationalData(
  scale: Scale,
  options: { regenerate: boolean; log: Log },
): Promise<Dataset> {
  const { log } = options;
  const url = pgUrl(scale.pgDatabase);
  const exists = (await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [scale.pgDatabase]))
    .rowCount;
  if (exists && !options.regenerate) {
    const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
    try {
      const marker = await readMarker(database, NATIONAL_SLUG, scale.weeks);
      if (marker) {
        // New migrations (an index, say) apply to the kept data too.
        await database.migrate();
        log(`PostgreSQL ${scale.pgDatabase}: reusing data generated ${marker.generatedAt}`);
        return { ...marker, reused: true };
      }
    } finally {
      await database.close();
    }
  }
  log(`PostgreSQL ${scale.pgDatabase} on ${new URL(PG_SERVER_URL).host}: generating ${scale.weeks} weeks`);
  await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(scale.pgDatabase)} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${quoteIdent(scale.pgDatabase)}`);
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  try {
    const { counts, totalSeconds } = await fill(database, NATIONAL_SLUG, scale.weeks, log);
    const dataset: Dataset = {
      kind: 'postgres',
      networkSlug: NATIONAL_SLUG,
      weeks: scale.weeks,
      databaseUrl: url,
      generatedAt: new Date().toISOString(),
      totalSeconds,
      counts,
      reused: false,
    };
    await writeMarker(database, dataset);
    return dataset;
  } finally {
    await database.close();
  }
}

/** The GR network's data in an embedded database directory. */
export async function ensureGrData(
  scale: Scale,
  options: { regenerate: boolean; log: Log },
): Promise<Dataset> {
  const { log } = options;
  if (options.regenerate) rmSync(scale.pgliteDir, { recursive: true, force: true });
  let database = await openDatabase({ dataDir: scale.pgliteDir });
  try {
    const marker = await readMarker(database, GR_SLUG, scale.weeks);
    if (marker) {
      await database.migrate();
      log(`PGlite ${scale.pgliteDir}: reusing data generated ${marker.generatedAt}`);
      return { ...marker, reused: true };
    }
    const used = await queryRows<{ t: string | null }>(
      database.db,
      sql`SELECT to_regclass('reports')::text AS t`,
    );
    if (used[0]?.t) {
      // Half-written by an interrupted run: start over.
      await database.close();
      rmSync(scale.pgliteDir, { recursive: true, force: true });
      database = await openDatabase({ dataDir: scale.pgliteDir });
    }
    log(`PGlite ${scale.pgliteDir}: generating ${scale.weeks} weeks`);
    const { counts, totalSeconds } = await fill(database, GR_SLUG, scale.weeks, log);
    const dataset: Dataset = {
      kind: 'pglite',
      networkSlug: GR_SLUG,
      weeks: scale.weeks,
      dataDir: scale.pgliteDir,
      generatedAt: new Date().toISOString(),
      totalSeconds,
      counts,
      reused: false,
    };
    await writeMarker(database, dataset);
    return dataset;
  } finally {
    await database.close();
  }
}

async function cli() {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, regenerate: { type: 'boolean', default: false } },
  });
  const scale = SCALES[values.quick ? 'quick' : 'full'];
  const t0 = performance.now();
  const log: Log = (line) =>
    process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${line}\n`);
  const national = await ensureNationalData(scale, { regenerate: values.regenerate, log });
  const gr = await ensureGrData(scale, { regenerate: values.regenerate, log });
  log(JSON.stringify({ national, gr }, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  cli().catch((err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
