import { and, eq, lt } from 'drizzle-orm';
import { idempotencyKeys } from '../../db/schema/reports';
import type { DbOrTx } from '../../platform/db';

export interface StoredResponse {
  requestHash: string;
  status: number;
  response: unknown;
}

export async function findIdempotentResponse(
  db: DbOrTx,
  scope: string,
  key: string,
): Promise<StoredResponse | null> {
  const rows = await db
    .select({
      requestHash: idempotencyKeys.requestHash,
      status: idempotencyKeys.status,
      response: idempotencyKeys.response,
    })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Stores the response in the transaction of the change it answers, so a key is recorded
 * exactly when the change commits. A concurrent request with the same key fails on the
 * unique index and rolls back.
 */
export async function storeIdempotentResponse(
  db: DbOrTx,
  values: { scope: string; key: string; requestHash: string; status: number; response: unknown; now: Date },
): Promise<void> {
  await db.insert(idempotencyKeys).values({
    scope: values.scope,
    key: values.key,
    requestHash: values.requestHash,
    status: values.status,
    response: values.response,
    createdAt: values.now,
  });
}

/** Forgets keys older than `before`; a client retries within minutes, not weeks. */
export async function deleteIdempotencyKeysBefore(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before));
}
