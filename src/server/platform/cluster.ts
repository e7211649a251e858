import cluster, { type Worker } from 'node:cluster';
import type { AppDeps } from './http';

/**
 * Scale-out on one machine: with `SAMLA_WORKERS=<n>` (n ≥ 2) and PostgreSQL, `serve` runs n
 * HTTP worker processes that share the port (node:cluster). The app servers keep no state
 * of their own — sessions, rate limits, idempotency keys and jobs live in the database — so
 * this is the same as n instances behind a load balancer. The primary process applies
 * migrations, seeds and runs the job queue and periodic tasks; workers only serve HTTP.
 * The embedded database belongs to one process, so without DATABASE_URL it is always one.
 */
export type ClusterRole = 'single' | 'primary' | 'worker';

const MAX_WORKERS = 32;

export function workerCount(config: { DATABASE_URL?: string | undefined }, env = process.env): number {
  const wanted = Number.parseInt(env.SAMLA_WORKERS ?? '1', 10);
  if (!config.DATABASE_URL || !Number.isInteger(wanted) || wanted < 2) return 1;
  return Math.min(wanted, MAX_WORKERS);
}

export function clusterRole(config: { DATABASE_URL?: string | undefined }): ClusterRole {
  if (cluster.isWorker) return 'worker';
  return workerCount(config) > 1 ? 'primary' : 'single';
}

/**
 * Forks the HTTP workers and keeps their number up: a worker that dies is replaced. On
 * SIGTERM or SIGINT the workers are asked to stop (each closes its server and pool), then
 * the primary stops its jobs and closes its own pool.
 */
export function runPrimary(deps: AppDeps, stopJobs: () => Promise<void>): void {
  const { logger, database, config } = deps;
  const count = workerCount(config);
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'HTTP worker exited; starting another');
    fork();
  });
  cluster.once('listening', (_worker, address) => {
    logger.info({ port: address.port, workers: count, database: database.kind }, 'Samla listening');
  });
  for (let i = 0; i < count; i++) fork();

  const shutdown = async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            // Ctrl-C reaches the workers too; one may be gone already.
            if (w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
    await stopJobs();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
