import { createHash } from 'node:crypto';
import type { Tick } from '../../platform/jobs';
import { deleteIdempotencyKeysBefore } from './idempotency.repository';

/** JSON with object keys sorted, so the same request always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let out = '';
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      out += `${out ? ',' : ''}${JSON.stringify(key)}:${stableJson(item)}`;
    }
    return `{${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(stableJson(request)).digest('hex');
}

/** An idempotency key as a submission claims it; see report-file.ts for how it is honoured. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  hash: string;
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
