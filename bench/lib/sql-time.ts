/**
 * The database's own time for one request: the app runs in this process over a driver that
 * records every statement (with its parameters) one real request sends — the session
 * lookup included — and each of them is then run again under
 * EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON). Planning Time + Execution Time, summed over
 * the statements, is the time PostgreSQL itself spends; it leaves out the network, the
 * driver and the app. Statements that write run inside a transaction that is rolled back.
 */
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

export async function requestSqlTime(input: {
  databaseUrl: string;
  email: string;
  password: string;
  path: string;
  samples: number;
}): Promise<SqlTime> {
  const captured: Statement[] = [];
  const { database, pool } = capturingDatabase(input.databaseUrl, captured);
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: input.databaseUrl });
  const deps: AppDeps = { database, config, logger: createLogger(config), mailer: createMailer(config) };
  const app = createApp(deps);
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

    const client = await pool.connect();
    const totals: number[] = [];
    try {
      for (let i = 0; i < input.samples + 3; i++) {
        await client.query('BEGIN');
        let total = 0;
        for (const s of statements) total += await explainTime(client, s);
        await client.query('ROLLBACK');
        // The first replays warm the plan and buffer caches, as the HTTP warm-up does.
        if (i >= 3) totals.push(total);
      }
    } finally {
      client.release();
    }
    return { statements: statements.length, sqlMs: summarize(totals), inProcessMs: summarize(inProcess) };
  } finally {
    await database.close();
  }
}
