import { sql } from 'drizzle-orm';
import { jobs } from '../db/schema/messaging';
import { type DbOrTx, queryRows } from './db';
import type { AppDeps } from './http';

export interface EnqueueOptions {
  runAt?: Date;
  /** A job with the same key is enqueued only once, ever. */
  uniqueKey?: string;
}

export async function enqueue(
  db: DbOrTx,
  kind: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  await db
    .insert(jobs)
    // Immediate jobs are due at the epoch, so they run whatever clock the worker is given.
    .values({ kind, payload, runAt: options.runAt ?? new Date(0), uniqueKey: options.uniqueKey ?? null })
    .onConflictDoNothing({ target: jobs.uniqueKey });
}

export type JobHandler = (deps: AppDeps, payload: Record<string, unknown>) => Promise<void>;

interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

const MAX_ATTEMPTS = 5;

/** Claims one due job; SKIP LOCKED lets several instances share the queue. */
async function claim(db: DbOrTx, now: Date): Promise<ClaimedJob | null> {
  const rows = await queryRows<ClaimedJob>(
    db,
    sql`
    update jobs set status = 'running', locked_at = ${now.toISOString()}, attempts = attempts + 1
    where id = (
      select id from jobs
      where (status = 'pending' and run_at <= ${now.toISOString()})
         or (status = 'running' and locked_at < ${new Date(now.getTime() - 10 * 60_000).toISOString()})
      order by run_at limit 1 for update skip locked)
    returning id, kind, payload, attempts`,
  );
  const row = rows[0];
  return row ? { ...row, id: Number(row.id) } : null;
}

async function finish(db: DbOrTx, id: number, error: string | null, attempts: number, now: Date) {
  if (error === null) {
    await db.execute(sql`update jobs set status = 'done', last_error = null where id = ${id}`);
    return;
  }
  const failed = attempts >= MAX_ATTEMPTS;
  // Exponential back-off: 30 s, 2 min, 8 min, …
  const retryAt = new Date(now.getTime() + 30_000 * 4 ** (attempts - 1));
  await db.execute(sql`update jobs set status = ${failed ? 'failed' : 'pending'},
    last_error = ${error.slice(0, 2000)}, run_at = ${retryAt.toISOString()} where id = ${id}`);
}

/** Runs due jobs until none is left; returns how many ran. Used by the worker loop and by tests. */
export async function runDueJobs(deps: AppDeps, handlers: Record<string, JobHandler>): Promise<number> {
  const db = deps.database.db;
  let count = 0;
  for (;;) {
    const now = deps.now ? deps.now() : new Date();
    const job = await claim(db, now);
    if (!job) return count;
    count++;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(deps, job.payload);
      await finish(db, job.id, null, job.attempts, now);
    } catch (err) {
      deps.logger.error({ err, job: job.id, kind: job.kind }, 'job failed');
      await finish(db, job.id, err instanceof Error ? err.message : String(err), job.attempts, now);
    }
  }
}

export type Tick = (deps: AppDeps) => Promise<void>;

/**
 * Polls for due jobs and runs periodic ticks (e.g. creating weekly rounds, scheduling
 * reminders). Returns a stop function that waits for the current pass to end.
 */
export function startWorker(
  deps: AppDeps,
  handlers: Record<string, JobHandler>,
  ticks: Tick[],
  intervalMs = 5_000,
): () => Promise<void> {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const pass = async () => {
    for (const tick of ticks) {
      try {
        await tick(deps);
      } catch (err) {
        deps.logger.error({ err }, 'periodic task failed');
      }
    }
    await runDueJobs(deps, handlers);
  };
  const loop = () => {
    if (stopped) return;
    current = pass()
      .catch((err) => deps.logger.error({ err }, 'worker pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs);
      });
  };
  let timer = setTimeout(loop, 200);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
