import { createHash } from 'node:crypto';
import type { Ctx } from '../../platform/context';
import { nowOf } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { Tick } from '../../platform/jobs';
import {
  deleteIdempotencyKeysBefore,
  findIdempotentResponse,
  storeIdempotentResponse,
} from './idempotency.repository';

/** JSON with object keys sorted, so the same request always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(stableJson(request)).digest('hex');
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  hash: string;
}

/**
 * The response stored for this key, or null when the key is new. The same key with a
 * different request is refused (422): it is a client bug, and guessing which of the two
 * was meant could lose a report. Call it after taking the report's row lock, so a
 * concurrent retry waits for the first attempt and then sees its stored response.
 */
export async function storedResponse(tx: Ctx, claim: IdempotencyClaim): Promise<unknown | null> {
  const stored = await findIdempotentResponse(tx.db, claim.scope, claim.key);
  if (!stored) return null;
  if (stored.requestHash !== claim.hash) throw new AppError('idempotency_mismatch', { key: claim.key });
  return stored.response;
}

export async function storeResponse(tx: Ctx, claim: IdempotencyClaim, response: unknown): Promise<void> {
  await storeIdempotentResponse(tx.db, {
    scope: claim.scope,
    key: claim.key,
    requestHash: claim.hash,
    status: 200,
    response,
    now: nowOf(tx),
  });
}

/** Stored responses are kept a week: long enough for any retry, short enough to stay small. */
const KEEP_MS = 7 * 24 * 3600_000;
const PURGE_EVERY_MS = 3600_000;
let lastPurge = 0;

/** The worker's periodic pass: forgets old idempotency keys, at most once an hour per process. */
export const purgeIdempotencyKeysTick: Tick = async (deps) => {
  const now = deps.now ? deps.now() : new Date();
  if (now.getTime() - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now.getTime();
  await deleteIdempotencyKeysBefore(deps.database.db, new Date(now.getTime() - KEEP_MS));
};
