#!/usr/bin/env node
/**
 * `npm test`: every check Samla has, in order, with one summary line at the end:
 *
 *   typecheck → lint → i18n → unit+API (PGlite) → API (PostgreSQL) → build → e2e (Chromium)
 *
 * Every step runs even when an earlier one failed, so one run shows everything that is
 * wrong. A suite whose prerequisite is missing (no PostgreSQL answering, no Chromium) is
 * SKIPPED with the reason; when CI is set a skip is a failure, because CI must prove all.
 *
 * The last line is exactly `samla: N passed, M failed[, K skipped]`:
 *   N = tests passed across all vitest suites,
 *   M = tests failed + test files that failed to load + failed checks (typecheck, lint,
 *       i18n, build, a vitest run that crashed),
 *   K = tests skipped/todo + suites skipped.
 *
 * Run a subset while working: `npm test -- unit pg` (names: see `steps` below).
 * Plain Node ESM, no dependencies beyond the project's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const isCi = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI.toLowerCase());
const defaultPgUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'samla-test-run-'));

const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {{ name: string, status: string, seconds: number }[]} */
const report = [];

const steps = [
  { name: 'typecheck', title: 'Typecheck (tsc --noEmit)', run: () => command(bin('tsc'), ['--noEmit']) },
  { name: 'lint', title: 'Lint (biome check)', run: lint },
  {
    name: 'i18n',
    title: 'i18n keys (scripts/check-i18n.ts)',
    run: () => command(process.execPath, ['--import', 'tsx', 'scripts/check-i18n.ts']),
  },
  { name: 'unit', title: 'Unit + API tests on PGlite (vitest)', run: unitSuite },
  { name: 'pg', title: 'API tests on PostgreSQL (vitest)', run: postgresSuite },
  { name: 'build', title: 'Build (npm run build)', run: () => command('npm', ['run', 'build']) },
  { name: 'e2e', title: 'Browser tests in Chromium (vitest e2e)', run: e2eSuite },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${steps.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

for (const [index, step] of steps.entries()) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  console.log(`\n━━━ [${index + 1}/${steps.length}] ${step.title} ━━━`);
  const started = Date.now();
  const status = await step.run();
  report.push({ name: step.name, status, seconds: (Date.now() - started) / 1000 });
}

rmSync(tmp, { recursive: true, force: true });
printSummary();
process.exit(totals.failed > 0 ? 1 : 0);

// ---- steps ----

/** A check that is not a test suite: it passes or counts as one failure. */
function command(file, args, env = process.env) {
  const result = spawnSync(file, args, { cwd: root, stdio: 'inherit', env });
  if (result.status === 0) return 'ok';
  totals.failed++;
  const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
  console.log(`FAILED: ${path.basename(file)} ${args.join(' ')} (${why})`);
  return 'FAILED';
}

function lint() {
  // biome rejects paths that do not exist; bench/ may not have been started yet.
  const dirs = ['src', 'e2e', 'bench', 'scripts'].filter((dir) => existsSync(path.join(root, dir)));
  return command(bin('biome'), ['check', ...dirs]);
}

function unitSuite() {
  // The embedded run must not silently use a developer's PostgreSQL.
  return vitest('unit', [], withoutDatabaseEnv());
}

async function postgresSuite() {
  const url = process.env.TEST_DATABASE_URL || defaultPgUrl;
  const reason = await postgresUnreachable(url);
  if (reason) return skip(`PostgreSQL suite — no PostgreSQL answers at ${redact(url)} (${reason})`);
  console.log(`PostgreSQL answers at ${redact(url)}`);
  // Only the server's tests touch a database; core and scripts already ran above.
  return vitest('pg', ['src/server'], { ...withoutDatabaseEnv(), TEST_DATABASE_URL: url });
}

function e2eSuite() {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) return skip(`browser suite — Chromium not found at ${chromium}`);
  return vitest('e2e', ['--config', 'vitest.e2e.config.ts'], withoutDatabaseEnv());
}

// ---- helpers ----

/** Runs vitest with a JSON report next to the normal output and adds up its numbers. */
function vitest(label, args, env) {
  const outputFile = path.join(tmp, `${label}.json`);
  const result = spawnSync(
    bin('vitest'),
    [
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${outputFile}`,
      '--passWithNoTests',
    ],
    { cwd: root, stdio: 'inherit', env },
  );
  const counts = readCounts(outputFile);
  if (!counts) {
    totals.failed++;
    console.log(`FAILED: vitest (${label}) wrote no report (exit ${result.status ?? result.signal})`);
    return 'FAILED (no report)';
  }
  totals.passed += counts.passed;
  totals.skipped += counts.skipped;
  // A file that fails to import counts as one failure: its tests never ran.
  let failed = counts.failed + counts.brokenFiles;
  if (counts.total === 0 && counts.brokenFiles === 0) console.log(`${label}: no test files found — 0 tests`);
  if (counts.brokenFiles > 0)
    console.log(`${label}: ${counts.brokenFiles} test file(s) failed to load or run`);
  // An unhandled error fails vitest without failing a test or a file.
  if (result.status !== 0 && failed === 0) {
    failed = 1;
    console.log(`FAILED: vitest (${label}) exited ${result.status ?? result.signal} with no failed test`);
  }
  totals.failed += failed;
  const parts = [`${counts.passed} passed`, `${failed} failed`];
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  return `${failed > 0 ? 'FAILED' : 'ok'}: ${parts.join(', ')}`;
}

function readCounts(file) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const files = Array.isArray(json.testResults) ? json.testResults : [];
    const brokenFiles = files.filter(
      (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    return {
      brokenFiles,
      passed: json.numPassedTests ?? 0,
      failed: json.numFailedTests ?? 0,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
      total: json.numTotalTests ?? 0,
    };
  } catch {
    return undefined;
  }
}

function skip(reason) {
  if (isCi) {
    totals.failed++;
    console.log(`FAILED: ${reason} — CI must run every suite`);
    return 'FAILED (skipped in CI)';
  }
  totals.skipped++;
  console.log(`SKIPPED: ${reason}`);
  return 'SKIPPED';
}

/** Resolves to undefined when PostgreSQL answers `select 1`, else to the reason. */
async function postgresUnreachable(url) {
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch (error) {
    return `cannot load the pg client: ${error.message}`;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error.code ? `${error.code}: ${error.message}` : error.message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function withoutDatabaseEnv() {
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  delete env.DATABASE_URL;
  return env;
}

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

function printSummary() {
  console.log('\n━━━ Summary ━━━');
  for (const row of report) {
    console.log(`  ${row.name.padEnd(10)} ${row.status.padEnd(34)} ${row.seconds.toFixed(1).padStart(6)} s`);
  }
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`samla: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
}
