import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../platform/db';
import { createTestDatabase, useTestDatabase } from './test-db';

async function publicTables(database: Database): Promise<string[]> {
  const rows = await queryRows<{ tablename: string }>(
    database.db,
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  return rows.map((row) => row.tablename);
}

describe('createTestDatabase', () => {
  it('returns a migrated database with pg_trgm', async () => {
    const database = await createTestDatabase();
    try {
      expect(await database.ping()).toBe(true);
      // Migrations decide the tables; just prove they ran.
      expect((await publicTables(database)).length).toBeGreaterThan(0);
      const trgm = await queryRows<{ similarity: number }>(
        database.db,
        sql`select similarity('samla', 'samlat')`,
      );
      expect(Number(trgm[0]?.similarity)).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  });

  it('gives each call its own database', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      await first.db.execute(sql`create table isolation_probe (id int)`);
      expect(await publicTables(first)).toContain('isolation_probe');
      expect(await publicTables(second)).not.toContain('isolation_probe');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('clones faster than a fresh migrate would take', async () => {
    const started = performance.now();
    const database = await createTestDatabase();
    const elapsed = performance.now() - started;
    await database.close();
    // A fresh PGlite initdb + migrate takes ~4 s here; a clone ~1 s, PostgreSQL less.
    console.info(`createTestDatabase (${database.kind}): ${Math.round(elapsed)} ms`);
    expect(elapsed).toBeLessThan(3_000);
  });
});

describe('useTestDatabase', () => {
  const getDatabase = useTestDatabase();

  it('provides an open database to the tests of a file', async () => {
    expect(await getDatabase().ping()).toBe(true);
  });
});
