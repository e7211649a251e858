import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '../db/schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories take either, so a service can run several of them in one transaction. */
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** The embedded client, for dump and load in tests and backups. */
  pglite?: PGlite;
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** An already-open PGlite (tests clone a migrated template into memory). */
  pglite?: PGlite;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options);
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // The two drivers' result types differ only in the raw result object; every query
  // builder and transaction API we use is the shared PgDatabase one.
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await migrateNodePg(drizzleNodePg(pool), { migrationsFolder });
    },
    ping: async () =>
      pool.query('select 1').then(
        () => true,
        () => false,
      ),
    close: () => pool.end(),
  };
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  let client = options.pglite;
  if (!client) {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    client = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm } });
  }
  const pglite = client;
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite,
    migrate: async () => {
      await pglite.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await migratePglite(drizzlePglite(pglite), { migrationsFolder });
    },
    ping: async () =>
      pglite.query('select 1').then(
        () => true,
        () => false,
      ),
    close: () => pglite.close(),
  };
}

function rowsOf<T>(result: unknown): T[] {
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  return [];
}

/** Raw SQL for the few queries the builder cannot say well; both drivers answer `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

const dialect = new PgDialect();
const statementNames = new Map<string, string>();

/**
 * Like `queryRows`, for a hot statement whose text never varies (many values travel as
 * arrays or one JSON parameter): the driver prepares it once per connection under a name
 * derived from its text, so PostgreSQL plans it once instead of on every call. A text
 * built from varying fragments would leave a prepared statement per variant behind on
 * every connection, so those stay with `queryRows`.
 */
export async function queryPrepared<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const compiled = dialect.sqlToQuery(query);
  let name = statementNames.get(compiled.sql);
  if (!name) {
    name = `samla_${createHash('sha1').update(compiled.sql).digest('hex').slice(0, 20)}`;
    statementNames.set(compiled.sql, name);
  }
  return rowsOf<T>(await db._.session.prepareQuery(compiled, undefined, name, false).execute());
}

/**
 * A JavaScript array as one array parameter (`${arrayParam(ids)}::uuid[]`). Inside `sql`
 * a plain array becomes a list of parameters, one each; both drivers (pg, PGlite)
 * encode an array parameter as a PostgreSQL array literal themselves.
 */
export function arrayParam(values: readonly (string | number | null)[]): SQL {
  return sql`${sql.param([...values])}`;
}

/**
 * `queryPrepared` for a statement of many rows: PostgreSQL aggregates them into one JSON
 * array, which the driver hands over as one string for one `JSON.parse` — far cheaper than
 * a JavaScript object and a parser call per row and column. Timestamps arrive as ISO text.
 */
export async function queryPreparedJson<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const [row] = await queryPrepared<{ rows: T[] | string | null }>(
    db,
    sql`SELECT coalesce(json_agg(q), '[]'::json) AS rows FROM (${query}) q`,
  );
  const rows = row?.rows ?? [];
  // Both drivers parse json columns; a string would mean a driver set up without that.
  return typeof rows === 'string' ? (JSON.parse(rows) as T[]) : rows;
}
