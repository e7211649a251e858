import { sql } from 'drizzle-orm';
import { batchedLookup } from '../batcher';
import { arrayParam, type Db, queryPrepared } from '../db';

/**
 * The active API token with a given hash. Systems that file for many organisations send
 * their requests together; their lookups share one statement (a batcher per database)
 * instead of one round trip each. Nothing is cached: a revoked token stops working at once.
 */
export interface ActiveApiToken {
  id: string;
  orgId: string;
  lastUsedAt: Date | null;
}

async function findActiveTokens(db: Db, hashes: readonly string[]): Promise<(ActiveApiToken | null)[]> {
  const rows = await queryPrepared<ActiveApiToken & { tokenHash: string; lastUsedAt: Date | string | null }>(
    db,
    sql`SELECT id, org_id AS "orgId", last_used_at AS "lastUsedAt", token_hash AS "tokenHash"
      FROM api_tokens WHERE token_hash = ANY(${arrayParam(hashes)}::text[]) AND revoked_at IS NULL`,
  );
  const byHash = new Map(rows.map((r) => [r.tokenHash, r]));
  return hashes.map((hash) => {
    const row = byHash.get(hash);
    return row
      ? {
          id: row.id,
          orgId: row.orgId,
          lastUsedAt: row.lastUsedAt === null ? null : new Date(row.lastUsedAt),
        }
      : null;
  });
}

export const findActiveApiToken: (db: Db, tokenHash: string) => Promise<ActiveApiToken | null> =
  batchedLookup(findActiveTokens);
