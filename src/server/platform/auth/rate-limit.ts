import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../db';

/**
 * Fixed-window counter kept in the database, so every server instance sees the same
 * count. Returns the count after this hit.
 */
export async function hit(db: DbOrTx, key: string, windowSeconds: number, now: Date): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const rows = await queryRows<{ count: number }>(
    db,
    sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${windowStart.toISOString()}, 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end,
      window_start = excluded.window_start
    returning count`,
  );
  return Number(rows[0]?.count ?? 1);
}

export async function reset(db: DbOrTx, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
