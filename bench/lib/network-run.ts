/** Every measurement of one network on one database, with the server started and stopped around it. */

import { openDatabase } from '../../src/server/platform/db';
import type { Dataset } from '../generate';
import { BENCH_PASSWORD, COORDINATORS } from '../generate';
import type { LoadResult } from '../load-submit';
import { type CpuSpent, withCpu } from './cpu';
import {
  type BenchIds,
  checkStored,
  createTokens,
  readIds,
  removeEarlierRuns,
  type StoredCheck,
} from './dataset';
import { expectOk, HttpClient, Session } from './http';
import type { Scale } from './scale';
import {
  createBenchRound,
  measureLatency,
  measureVisible,
  picturePath,
  runSubmitLoad,
  trendPath,
} from './scenarios';
import { type ServerHandle, startServer } from './server';
import { measurePaired, prepareSqlReplay, type SqlTime } from './sql-time';
import type { Summary } from './stats';
import { measureXlsx, type XlsxResult } from './xlsx';

export interface NetworkResult {
  database: 'postgres' | 'pglite';
  network: string;
  round: string;
  organisations: number;
  /**
   * On PostgreSQL the requests paired with the SQL replays (see sql-time.ts); `backToBack`
   * is the run just before without pauses, in which the CPU per request is measured.
   */
  picture: Summary & { bytes: number; cpuMsPerRequest: CpuSpent; backToBack: Summary | null };
  sql: SqlTime | null;
  trend: Summary & { bytes: number; key: string; rounds: number; cpuMsPerRequest: CpuSpent };
  submit: Omit<LoadResult, 'acks'> & {
    concurrency: number;
    serverWorkers: number;
    cpuMsPerSubmit: CpuSpent & { client: number };
    /** The unmeasured warm-up just before (its errors are in `errors` too). */
    warmup: { seconds: number; ok: number; errors: number };
  };
  stored: StoredCheck;
  visible: Summary;
  xlsx: XlsxResult | null;
}

const PICTURE_WARMUP = 100;

function openDataset(dataset: Dataset) {
  return dataset.kind === 'postgres'
    ? openDatabase({ databaseUrl: dataset.databaseUrl, poolSize: 2 })
    : openDatabase({ dataDir: dataset.dataDir });
}

export async function runNetwork(input: {
  dataset: Dataset;
  scale: Scale;
  workers: number;
  concurrency: number;
  withSqlTime: boolean;
  withXlsx: boolean;
  log: (line: string) => void;
}): Promise<NetworkResult> {
  const { dataset, scale, log } = input;
  const coordinator = COORDINATORS[dataset.networkSlug as keyof typeof COORDINATORS];
  // The embedded database takes one process at a time: prepare before the server opens it.
  let ids: BenchIds;
  let tokens: { orgId: string; token: string }[];
  {
    const database = await openDataset(dataset);
    try {
      ids = await readIds(database, dataset.networkSlug);
      await removeEarlierRuns(database);
      tokens = await createTokens(database, ids.orgs);
    } finally {
      await database.close();
    }
  }
  log(
    `  ${ids.orgs.length} organisations, picture of ${ids.roundLabel}, ${ids.openedRounds} opened weekly rounds`,
  );

  const start = () =>
    startServer({
      ...(dataset.databaseUrl ? { databaseUrl: dataset.databaseUrl } : {}),
      ...(dataset.dataDir ? { dataDir: dataset.dataDir } : {}),
      workers: input.workers,
      log,
    });
  // The export is the first request of a server of its own: its peak memory is then the
  // export's, and the garbage it leaves does not weigh on the latencies measured next.
  const xlsx = input.withXlsx ? await measureXlsxAlone(start, ids, coordinator.email, log) : null;

  const server = await start();
  const client = new HttpClient(server.url, 4);
  let result: Omit<NetworkResult, 'stored'> & { acks: [string, number][]; benchRound: string };
  try {
    const session = await Session.signIn(client, coordinator.email, BENCH_PASSWORD);
    const cpuTarget = {
      serverPid: server.pid,
      database: dataset.databaseUrl ? new URL(dataset.databaseUrl).pathname.slice(1) : null,
    };
    const perRequest = (cpu: CpuSpent, n: number): CpuSpent => ({
      serverMs: Math.round((cpu.serverMs / Math.max(1, n)) * 10) / 10,
      databaseMs: Math.round((cpu.databaseMs / Math.max(1, n)) * 10) / 10,
      kernelShare: cpu.kernelShare,
    });
    // Warm means every worker's pooled connections have prepared the picture's statements and
    // PostgreSQL has settled their plans (it plans the first five runs per connection anew).
    for (let i = 0; i < PICTURE_WARMUP; i++) await session.get(picturePath(ids));
    const pictureRun = await withCpu(cpuTarget, () =>
      measureLatency(session, picturePath(ids), { warmup: 0, requests: scale.requests }),
    );
    const { bytes, ...backToBack } = pictureRun.result;
    const cpuMsPerRequest = perRequest(pictureRun.cpu, scale.requests);
    log(
      `  picture back to back p50 ${backToBack.p50} ms, p95 ${backToBack.p95} ms (${Math.round(bytes / 1024)} kB); CPU per request: server ${cpuMsPerRequest.serverMs} ms, database ${cpuMsPerRequest.databaseMs} ms`,
    );
    let picture: NetworkResult['picture'] = { ...backToBack, bytes, cpuMsPerRequest, backToBack: null };
    let sql: SqlTime | null = null;
    if (input.withSqlTime && dataset.databaseUrl) {
      const replay = await prepareSqlReplay({
        databaseUrl: dataset.databaseUrl,
        email: coordinator.email,
        password: BENCH_PASSWORD,
        path: picturePath(ids),
        samples: scale.requests,
      });
      try {
        // As many replays as HTTP requests: both p95s then rest on the same number of samples.
        const paired = await measurePaired(
          async () => {
            const res = await session.get(picturePath(ids));
            expectOk(res, 'picture');
            return res.ms;
          },
          replay,
          scale.requests,
        );
        picture = { ...paired.httpMs, bytes, cpuMsPerRequest, backToBack };
        sql = { statements: replay.statements, sqlMs: paired.sqlMs, inProcessMs: replay.inProcessMs };
      } finally {
        await replay.close();
      }
      log(
        `  picture paired with its SQL (${sql.statements} statements): HTTP p50 ${picture.p50} ms, p95 ${picture.p95} ms; SQL p50 ${sql.sqlMs.p50} ms, p95 ${sql.sqlMs.p95} ms; in-process p95 ${sql.inProcessMs.p95} ms`,
      );
    }
    const trendTarget = trendPath(ids, Math.min(ids.openedRounds, scale.weeks));
    for (let i = 0; i < 5; i++) await session.get(trendTarget.path);
    const trendRun = await withCpu(cpuTarget, () =>
      measureLatency(session, trendTarget.path, { warmup: 0, requests: scale.requests }),
    );
    const trend = {
      ...trendRun.result,
      key: trendTarget.key,
      rounds: Math.min(ids.openedRounds, scale.weeks),
      cpuMsPerRequest: perRequest(trendRun.cpu, scale.requests),
    };
    log(
      `  trend ${trend.key} over ${trend.rounds} rounds p50 ${trend.p50} ms, p95 ${trend.p95} ms; CPU per request: server ${trend.cpuMsPerRequest.serverMs} ms, database ${trend.cpuMsPerRequest.databaseMs} ms`,
    );

    const benchRound = await createBenchRound(session, ids);
    const concurrency = Math.min(input.concurrency, Math.max(1, ids.orgs.length));
    const submitLoad = (seconds: number) =>
      runSubmitLoad({ baseUrl: server.url, ids, roundId: benchRound, tokens, seconds, concurrency });
    // Warm-up (see Scale): not counted in the rate, but its errors count and its
    // acknowledgements are checked against the database with the rest.
    const warmup = await submitLoad(scale.submitWarmupSeconds);
    log(
      `  submit warm-up: ${scale.submitWarmupSeconds} s, ${(warmup.ok / warmup.seconds).toFixed(0)}/s, ${warmup.errors} errors`,
    );
    log(`  submit load: ${scale.submitSeconds} s, ${concurrency} in flight, ${tokens.length} API tokens`);
    const loadRun = await withCpu(cpuTarget, () => submitLoad(scale.submitSeconds));
    const load = loadRun.result;
    const { acks, ...submitRest } = load;
    const cpuMsPerSubmit = {
      ...perRequest(loadRun.cpu, load.sent),
      client: Math.round((load.clientCpuMs / Math.max(1, load.sent)) * 10) / 10,
    };
    log(
      `  CPU per submit: server ${cpuMsPerSubmit.serverMs} ms, database ${cpuMsPerSubmit.databaseMs} ms, client ${cpuMsPerSubmit.client} ms; kernel share ${cpuMsPerSubmit.kernelShare}`,
    );
    log(
      `  submit ${(load.ok / load.seconds).toFixed(0)}/s, ${load.errors} errors, p95 ${load.latencyMs.p95} ms`,
    );
    const seen = await measureVisible({
      session,
      client,
      ids,
      roundId: benchRound,
      tokens,
      samples: scale.visibleSamples,
    });
    const visible = seen.summary;
    log(`  visible after submit: median ${visible.p50} ms`);
    result = {
      database: dataset.kind,
      network: dataset.networkSlug,
      round: ids.roundLabel,
      organisations: ids.orgs.length,
      picture,
      sql,
      trend,
      submit: {
        ...submitRest,
        errors: submitRest.errors + warmup.errors,
        concurrency,
        serverWorkers: input.workers,
        cpuMsPerSubmit,
        warmup: { seconds: warmup.seconds, ok: warmup.ok, errors: warmup.errors },
      },
      visible,
      // The warm-up's and the visibility probes' acknowledgements are checked too.
      acks: [...warmup.acks, ...acks, ...seen.acks],
      benchRound,
      xlsx,
    };
  } finally {
    client.close();
    await server.stop();
  }

  const database = await openDataset(dataset);
  let stored: StoredCheck;
  try {
    stored = await checkStored(database, result.benchRound, result.acks);
  } finally {
    await database.close();
  }
  log(
    `  stored: ${stored.lost} lost, ${stored.unacknowledged} unacknowledged, ${stored.revisions} revisions`,
  );

  const { acks: _acks, benchRound: _benchRound, ...rest } = result;
  return { ...rest, stored };
}

async function measureXlsxAlone(
  start: () => Promise<ServerHandle>,
  ids: BenchIds,
  email: string,
  log: (line: string) => void,
): Promise<XlsxResult | null> {
  const server = await start();
  const client = new HttpClient(server.url, 4);
  try {
    const session = await Session.signIn(client, email, BENCH_PASSWORD);
    return await measureXlsx({ server, session, ids, log });
  } catch (err) {
    // Another module may be mid-change; the other figures still stand.
    const error = err instanceof Error ? err.message : String(err);
    log(`  XLSX not measured: ${error}`);
    return { error };
  } finally {
    client.close();
    await server.stop();
  }
}
