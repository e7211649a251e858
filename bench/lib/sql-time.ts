/**
 * The database's own time for one request: the app runs in this process over a driver that
 * records every statement (with its parameters) one real request sends — the session
 * lookup included — and each of them is then run again under
 * EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON). Planning Time + Execution Time, summed over
 * the statements, is the time PostgreSQL itself spends; it leaves out the network, the
 * driver and the app. Statements that write run inside a transaction that is rolled back.
 *
 * The replays are paired with the HTTP requests they are compared with (one request, then
 * one replay, and so on): this virtual machine's speed drifts by a third within minutes, so
 * two blocks measured one after the other compare two machines as much as two figures.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { createApp } from '../../src/server/app';
import * as schema from '../../src/server/db/schema/index';
import { loadConfig } from '../../src/server/platform/config';
import type { Database, Db } from '../../src/server/platform/db';
import type { AppDeps } from '../../src/server/platform/http';
import { createLogger } from '../../src/server/platform/logger';
import { createMailer } from '../../src/server/platform/mail';
import { type Summary, summarize } from './stats';

interface Statement {
  text: string;
  params: unknown[];
}

export interface SqlTime {
  statements: number;
  /** Summed planning + execution time per replay of the request's statements. */
  sqlMs: Summary;
  /** The same request answered by the app in this process (no HTTP socket), for comparison. */
  inProcessMs: Summary;
}

function capturingDatabase(url: string, captured: Statement[]): { database: Database; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const logger = { logQuery: (text: string, params: unknown[]) => captured.push({ text, params }) };
  // Same driver and schema as openDatabase; the logger is the only difference.
  const db = drizzle(pool, { schema, logger }) as unknown as Db;
  const database: Database = {
    db,
    kind: 'postgres',
    migrate: async () => {},
    ping: async () => true,
    close: () => pool.end(),
  };
  return { database, pool };
}

function explainable(text: string): boolean {
  return /^\s*(select|with|insert|update|delete)\b/i.test(text);
}

async function explainTime(client: pg.PoolClient, s: Statement): Promise<number> {
  const res = await client.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${s.text}`, s.params);
  const row: unknown = res.rows[0]?.['QUERY PLAN'];
  const plan = Array.isArray(row)
    ? (row[0] as { 'Planning Time'?: number; 'Execution Time'?: number })
    : null;
  return (plan?.['Planning Time'] ?? 0) + (plan?.['Execution Time'] ?? 0);
}

export interface SqlReplay {
  statements: number;
  /** The same request answered by the app in this process (no HTTP socket), for comparison. */
  inProcessMs: Summary;
  /** One replay of the request's statements: their summed planning + execution time. */
  replay(): Promise<number>;
  close(): Promise<void>;
}

/** Records the statements one request to `path` sends and readies their replay. */
export async function prepareSqlReplay(input: {
  databaseUrl: string;
  email: string;
  password: string;
  path: string;
  samples: number;
}): Promise<SqlReplay> {
  const captured: Statement[] = [];
  const { database, pool } = capturingDatabase(input.databaseUrl, captured);
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: input.databaseUrl });
  const deps: AppDeps = { database, config, logger: createLogger(config), mailer: createMailer(config) };
  const app = createApp(deps);
  let client: pg.PoolClient | null = null;
  try {
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: input.email, password: input.password }),
    });
    if (login.status !== 200) throw new Error(`in-process login: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const get = async () => {
      const t = performance.now();
      const res = await app.request(input.path, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`in-process ${input.path}: ${res.status}`);
      return performance.now() - t;
    };
    for (let i = 0; i < 5; i++) await get();
    const inProcess: number[] = [];
    for (let i = 0; i < input.samples; i++) inProcess.push(await get());
    captured.length = 0;
    await get();
    const statements = captured.filter((s) => explainable(s.text));

    const replayClient = await pool.connect();
    client = replayClient;
    const replay = async () => {
      await replayClient.query('BEGIN');
      let total = 0;
      for (const s of statements) total += await explainTime(replayClient, s);
      await replayClient.query('ROLLBACK');
      return total;
    };
    // The first replays warm the plan and buffer caches, as the HTTP warm-up does.
    for (let i = 0; i < 3; i++) await replay();
    return {
      statements: statements.length,
      inProcessMs: summarize(inProcess),
      replay,
      close: async () => {
        replayClient.release();
        await database.close();
      },
    };
  } catch (err) {
    client?.release();
    await database.close();
    throw err;
  }
}

/**
 * Idle time after each request and each replay, so that what a process does once it has
 * answered (the server's garbage collection, the client reading the body) is over before the
 * other side is timed and does not count for it.
 */
export const PAIRED_PAUSE_MS = 10;

/** `requests` HTTP requests, each followed by one replay of its statements. */
export async function measurePaired(
  request: () => Promise<number>,
  replay: SqlReplay,
  requests: number,
): Promise<{ httpMs: Summary; sqlMs: Summary }> {
  const http: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < requests; i++) {
    http.push(await request());
    await sleep(PAIRED_PAUSE_MS);
    sql.push(await replay.replay());
    await sleep(PAIRED_PAUSE_MS);
  }
  return { httpMs: summarize(http), sqlMs: summarize(sql) };
}
