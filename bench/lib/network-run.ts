/** Every measurement of one network on one database, with the server started and stopped around it. */

import { openDatabase } from '../../src/server/platform/db';
import type { Dataset } from '../generate';
import { BENCH_PASSWORD, COORDINATORS } from '../generate';
import type { LoadResult } from '../load-submit';
import {
  type BenchIds,
  checkStored,
  createTokens,
  readIds,
  removeEarlierRuns,
  type StoredCheck,
} from './dataset';
import { HttpClient, Session } from './http';
import type { Scale } from './scale';
import {
  createBenchRound,
  measureLatency,
  measureVisible,
  picturePath,
  runSubmitLoad,
  trendPath,
} from './scenarios';
import { startServer } from './server';
import { requestSqlTime, type SqlTime } from './sql-time';
import type { Summary } from './stats';
import { measureXlsx, type XlsxResult } from './xlsx';

export interface NetworkResult {
  database: 'postgres' | 'pglite';
  network: string;
  round: string;
  organisations: number;
  picture: Summary & { bytes: number };
  sql: SqlTime | null;
  trend: Summary & { bytes: number; key: string; rounds: number };
  submit: Omit<LoadResult, 'acks'> & { concurrency: number; serverWorkers: number };
  stored: StoredCheck;
  visible: Summary;
  xlsx: XlsxResult | null;
}

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

  const server = await startServer({
    ...(dataset.databaseUrl ? { databaseUrl: dataset.databaseUrl } : {}),
    ...(dataset.dataDir ? { dataDir: dataset.dataDir } : {}),
    workers: input.workers,
    log,
  });
  const client = new HttpClient(server.url, 4);
  let result: Omit<NetworkResult, 'stored' | 'xlsx'> & { acks: [string, number][]; benchRound: string };
  try {
    const session = await Session.signIn(client, coordinator.email, BENCH_PASSWORD);
    const picture = await measureLatency(session, picturePath(ids), { warmup: 10, requests: scale.requests });
    log(`  picture p50 ${picture.p50} ms, p95 ${picture.p95} ms (${Math.round(picture.bytes / 1024)} kB)`);
    let sql: SqlTime | null = null;
    if (input.withSqlTime && dataset.databaseUrl) {
      sql = await requestSqlTime({
        databaseUrl: dataset.databaseUrl,
        email: coordinator.email,
        password: BENCH_PASSWORD,
        path: picturePath(ids),
        samples: Math.min(50, scale.requests),
      });
      log(
        `  picture SQL ${sql.statements} statements, p50 ${sql.sqlMs.p50} ms, p95 ${sql.sqlMs.p95} ms; in-process p95 ${sql.inProcessMs.p95} ms`,
      );
    }
    const trendTarget = trendPath(ids, Math.min(ids.openedRounds, scale.weeks));
    const trendSummary = await measureLatency(session, trendTarget.path, {
      warmup: 5,
      requests: scale.requests,
    });
    const trend = { ...trendSummary, key: trendTarget.key, rounds: Math.min(ids.openedRounds, scale.weeks) };
    log(`  trend ${trend.key} over ${trend.rounds} rounds p50 ${trend.p50} ms, p95 ${trend.p95} ms`);

    const benchRound = await createBenchRound(session, ids);
    const concurrency = Math.min(input.concurrency, Math.max(1, ids.orgs.length));
    log(`  submit load: ${scale.submitSeconds} s, ${concurrency} in flight, ${tokens.length} API tokens`);
    const load = await runSubmitLoad({
      baseUrl: server.url,
      ids,
      roundId: benchRound,
      tokens,
      seconds: scale.submitSeconds,
      concurrency,
    });
    const { acks, ...submitRest } = load;
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
      submit: { ...submitRest, concurrency, serverWorkers: input.workers },
      visible,
      // The visibility probes are acknowledged submits too.
      acks: [...acks, ...seen.acks],
      benchRound,
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

  let xlsx: XlsxResult | null = null;
  if (input.withXlsx) xlsx = await measureXlsx({ dataset, ids, log });
  const { acks: _acks, benchRound: _benchRound, ...rest } = result;
  return { ...rest, stored, xlsx };
}
