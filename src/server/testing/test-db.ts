/**
 * Fresh, fully migrated databases for tests: PGlite by default, PostgreSQL when
 * TEST_DATABASE_URL is set. Each call clones the template that global-setup.ts made once
 * per run; without that setup (e.g. another vitest config) it migrates from scratch.
 */
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Database, openDatabase } from '../platform/db';
import {
  databaseUrlFor,
  dropDatabase,
  newRunId,
  quoteIdent,
  type TestDbTemplate,
  withAdminClient,
} from './global-setup';

/** Opens a fresh, migrated database for one test file. `close()` discards it. */
export async function createTestDatabase(): Promise<Database> {
  const template = providedTemplate();
  if (template?.kind === 'pglite') return clonePglite(template.dumpPath);
  if (template?.kind === 'postgres')
    return clonePostgres(template.serverUrl, template.template, template.runId);
  return createUnshared();
}

/**
 * For a test file: one database for the whole file, opened in beforeAll and closed in
 * afterAll. Call the returned getter inside tests or hooks, not at module level.
 */
export function useTestDatabase(): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    database = undefined;
  });
  return () => {
    if (!database)
      throw new Error('useTestDatabase(): the database is only available inside tests and hooks');
    return database;
  };
}

function providedTemplate(): TestDbTemplate | undefined {
  // inject() yields undefined when no global setup provided the key.
  const template: TestDbTemplate | undefined = inject('samlaTestDb');
  return template;
}

// One read per test file (workers re-import modules per file); the dump is ~40 MB.
let dump: Promise<Blob> | undefined;

async function clonePglite(dumpPath: string): Promise<Database> {
  dump ??= readFile(dumpPath).then((bytes) => new Blob([bytes], { type: 'application/x-tar' }));
  const pglite = await PGlite.create({ loadDataDir: await dump, extensions: { pg_trgm } });
  return openDatabase({ pglite });
}

/** A PostgreSQL session-level advisory lock key ("SAMLA"), shared by every worker. */
const cloneLockKey = 0x53414d4c41;
const objectInUse = '55006';

async function clonePostgres(serverUrl: string, template: string, runId: string): Promise<Database> {
  const name = `samla_test_${runId}_${newRunId()}`;
  await withAdminClient(serverUrl, async (client) => {
    // PostgreSQL refuses to copy a template that another CREATE DATABASE or a lingering
    // session is using; serialize clones across workers and retry what slips through.
    await client.query('SELECT pg_advisory_lock($1)', [cloneLockKey]);
    try {
      await retryWhileInUse(() =>
        client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
      );
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [cloneLockKey]);
    }
  });
  return openDisposablePostgres(serverUrl, name);
}

async function retryWhileInUse(action: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await action();
      return;
    } catch (error) {
      if (errorCode(error) !== objectInUse || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

async function openDisposablePostgres(serverUrl: string, name: string): Promise<Database> {
  const database = await openDatabase({ databaseUrl: databaseUrlFor(serverUrl, name), poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminClient(serverUrl, (client: pg.Client) => dropDatabase(client, name));
    },
  };
}

/** Without a global setup: pay for a full migration, but still work. */
async function createUnshared(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
  const name = `samla_test_${newRunId()}_solo`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const database = await openDisposablePostgres(serverUrl, name);
  await database.migrate();
  return database;
}
