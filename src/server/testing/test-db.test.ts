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
    const started = performance.now();
    const database = await createTestDatabase();
    // For the record only: ~1 s on PGlite and ~0.1-0.3 s on PostgreSQL versus ~4 s for a fresh
    // initdb + migrate, but a shared 2-core machine makes any bound flaky.
    console.info(`createTestDatabase (${database.kind}): ${Math.round(performance.now() - started)} ms`);
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
});

describe('useTestDatabase', () => {
  const getDatabase = useTestDatabase();

  it('provides an open database to the tests of a file', async () => {
    expect(await getDatabase().ping()).toBe(true);
  });
});
