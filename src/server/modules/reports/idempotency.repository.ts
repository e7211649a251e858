import { lt } from 'drizzle-orm';
import { idempotencyKeys } from '../../db/schema/reports';
import type { DbOrTx } from '../../platform/db';

/** Forgets keys older than `before`; a client retries within minutes, not weeks. */
export async function deleteIdempotencyKeysBefore(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before));
}
