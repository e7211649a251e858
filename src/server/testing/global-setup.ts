/**
 * Vitest global setup: migrate ONE database per run, so each test file only clones it.
 *
 * A fresh PGlite pays initdb + migrations (~4 s on 2 cores); loading a dumped data dir
 * takes ~1 s. On PostgreSQL, `CREATE DATABASE … TEMPLATE` copies files instead of
 * replaying migrations. Workers learn where the template is through `inject('samlaTestDb')`.
 *
 * This file runs in the main vitest process, so it must not import 'vitest' at runtime;
 * test-db.ts imports the PostgreSQL helpers below from here.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db';

export type TestDbTemplate =
  | { kind: 'pglite'; dumpPath: string }
  | { kind: 'postgres'; serverUrl: string; template: string; runId: string };

declare module 'vitest' {
  export interface ProvidedContext {
    samlaTestDb: TestDbTemplate;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const runId = newRunId();
    const template = `samla_test_template_${runId}`;
    await createPostgresTemplate(serverUrl, template);
    project.provide('samlaTestDb', { kind: 'postgres', serverUrl, template, runId });
    return () => dropRunDatabases(serverUrl, template, runId);
  }
  const dumpPath = await createPgliteDump();
  project.provide('samlaTestDb', { kind: 'pglite', dumpPath });
  // The dump is cached by content hash across runs, so teardown leaves it in place.
  return async () => {};
}

/**
 * Dumps a migrated PGlite to os.tmpdir(). The file name carries a hash of everything that
 * decides its content (migrations, db.ts, PGlite version), so repeated runs reuse it and
 * any schema change made by anyone produces a new one.
 */
async function createPgliteDump(): Promise<string> {
  const dumpPath = path.join(os.tmpdir(), `${dumpPrefix}${templateHash()}.tar`);
  if (fileExists(dumpPath)) {
    // Marks it in use, so pruneOldDumps() in a concurrent run leaves it alone.
    const now = new Date();
    utimesSync(dumpPath, now, now);
    return dumpPath;
  }
  pruneOldDumps();
  const database = await openDatabase({});
  try {
    await database.migrate();
    if (!database.pglite) throw new Error('openDatabase({}) did not return a PGlite database');
    const blob = await database.pglite.dumpDataDir('none');
    // Write then rename: a concurrent run never reads a half-written file.
    const partial = `${dumpPath}.${process.pid}.partial`;
    try {
      writeFileSync(partial, new Uint8Array(await blob.arrayBuffer()));
      renameSync(partial, dumpPath);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  } finally {
    await database.close();
  }
  return dumpPath;
}

const dumpPrefix = 'samla-test-template-';

/** Every schema change leaves a ~40 MB dump behind; drop those no run used for an hour. */
function pruneOldDumps(): void {
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(os.tmpdir())) {
    if (!name.startsWith(dumpPrefix) || !name.endsWith('.tar')) continue;
    const file = path.join(os.tmpdir(), name);
    try {
      if (statSync(file).mtimeMs < cutoff) rmSync(file, { force: true });
    } catch {
      // Another run pruned it first.
    }
  }
}

function templateHash(): string {
  const hash = createHash('sha256');
  const migrations = path.resolve(here, '../db/migrations');
  for (const file of listFiles(migrations)) {
    hash.update(path.relative(migrations, file));
    hash.update(readFileSync(file));
  }
  hash.update(readFileSync(path.resolve(here, '../platform/db.ts')));
  // A PGlite upgrade may change the on-disk format.
  hash.update(readFileSync(path.resolve(here, '../../../node_modules/@electric-sql/pglite/package.json')));
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function fileExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

async function createPostgresTemplate(serverUrl: string, template: string): Promise<void> {
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(template)}`));
  const database = await openDatabase({ databaseUrl: databaseUrlFor(serverUrl, template), poolSize: 2 });
  try {
    await database.migrate();
  } finally {
    // The template must have no sessions when it is cloned.
    await database.close();
  }
  // Nobody may connect to the template any more, which rules out the "being accessed
  // by other users" error on clone. DROP DATABASE and TEMPLATE still work.
  await withAdminClient(serverUrl, (client) =>
    client.query(`ALTER DATABASE ${quoteIdent(template)} ALLOW_CONNECTIONS false`),
  );
}

async function dropRunDatabases(serverUrl: string, template: string, runId: string): Promise<void> {
  await withAdminClient(serverUrl, async (client) => {
    // Clones left behind by a crashed worker; only this run's, other runs may share the server.
    const leftovers = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [`samla_test_${runId}_`],
    );
    for (const row of leftovers.rows) await dropDatabase(client, row.datname);
    await dropDatabase(client, template);
  });
}

// ---- PostgreSQL helpers shared with test-db.ts ----

export function newRunId(): string {
  return randomBytes(5).toString('hex');
}

/** The server URL with its database name replaced. */
export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function withAdminClient<T>(
  serverUrl: string,
  use: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}
