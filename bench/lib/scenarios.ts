/** The measurements, each over HTTP against a running server. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { figureValueKey } from '../../src/core/reports/answer-values';
import type { Answers } from '../../src/core/reports/answers';
import { listFigures } from '../../src/core/reports/template-definition';
import { demoAnswers, orgProfile } from '../../src/server/seed/demo-report-answers';
import type { LoadConfig, LoadResult } from '../load-submit';
import { BENCH_ROUND_TITLE, type BenchIds } from './dataset';
import { expectOk, type HttpClient, json, type Session } from './http';
import { type Summary, summarize } from './stats';

export const picturePath = (ids: BenchIds, roundId = ids.roundId) =>
  `/api/networks/${ids.networkId}/picture?roundId=${roundId}`;

/** The trend of the template's first figure that is not a person count (so nothing is suppressed). */
export function trendPath(ids: BenchIds, rounds: number): { path: string; key: string } {
  const figures = listFigures(ids.definition);
  const figure = figures.find((f) => !f.countsPersons) ?? figures[0];
  if (!figure) throw new Error('template has no figures');
  const key = figureValueKey(figure.key);
  return {
    key,
    path: `/api/networks/${ids.networkId}/trends?templateId=${ids.templateId}&key=${key}&rounds=${rounds}`,
  };
}

/** Sequential GETs after a warm-up; latency from request to the last byte. */
export async function measureLatency(
  session: Session,
  urlPath: string,
  input: { warmup: number; requests: number },
): Promise<Summary & { bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < input.warmup; i++) {
    const res = await session.get(urlPath);
    expectOk(res, urlPath);
    bytes = res.bytes;
  }
  const times: number[] = [];
  for (let i = 0; i < input.requests; i++) {
    const res = await session.get(urlPath);
    expectOk(res, urlPath);
    times.push(res.ms);
    bytes = res.bytes;
  }
  return { ...summarize(times), bytes };
}

/** An extra round open now, for the submit load (weekly rounds close on their deadline day). */
export async function createBenchRound(session: Session, ids: BenchIds): Promise<string> {
  const now = Date.now();
  const res = await session.post(`/api/networks/${ids.networkId}/rounds`, {
    templateId: ids.templateId,
    title: BENCH_ROUND_TITLE,
    opensAt: new Date(now - 60_000).toISOString(),
    deadlineAt: new Date(now + 3 * 24 * 3600_000).toISOString(),
  });
  expectOk(res, 'create extra round');
  return json<{ round: { id: string } }>(res).round.id;
}

export async function runSubmitLoad(input: {
  baseUrl: string;
  ids: BenchIds;
  roundId: string;
  tokens: { orgId: string; token: string }[];
  seconds: number;
  concurrency: number;
}): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samla-bench-'));
  try {
    const codeOf = new Map(input.ids.orgs.map((o) => [o.id, o.code]));
    const config: LoadConfig = {
      baseUrl: input.baseUrl,
      roundId: input.roundId,
      templateName: input.ids.templateName,
      definition: input.ids.definition,
      orgs: input.tokens.map((t) => ({
        orgId: t.orgId,
        code: codeOf.get(t.orgId) ?? t.orgId,
        token: t.token,
      })),
      seconds: input.seconds,
      concurrency: input.concurrency,
      runId: Date.now().toString(36),
      outFile: path.join(dir, 'result.json'),
    };
    const configFile = path.join(dir, 'config.json');
    writeFileSync(configFile, JSON.stringify(config));
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-submit.ts', configFile], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`load-submit exited with ${code}`)),
      );
    });
    return JSON.parse(readFileSync(config.outFile, 'utf8')) as LoadResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PictureRows {
  byOrg: { orgId: string; impacts: Record<string, number | null> }[];
}

/**
 * Acknowledgement to visible: an organisation files a changed impact, then the picture is
 * requested until it shows the new level. Time from the submit's reply to the reply of the
 * picture that shows it.
 */
export async function measureVisible(input: {
  session: Session;
  client: HttpClient;
  ids: BenchIds;
  roundId: string;
  tokens: { orgId: string; token: string }[];
  samples: number;
}): Promise<{ summary: Summary; acks: [string, number][] }> {
  const { ids } = input;
  const area = ids.definition.areas[0];
  if (!area) throw new Error('template has no areas');
  const levelOf = async (orgId: string) => {
    const res = await input.session.get(picturePath(ids, input.roundId));
    expectOk(res, 'picture');
    const row = json<PictureRows>(res).byOrg.find((r) => r.orgId === orgId);
    return row?.impacts[area.key] ?? null;
  };
  const times: number[] = [];
  const acks: [string, number][] = [];
  for (let i = 0; i < input.samples; i++) {
    const token = input.tokens[(i * 37) % input.tokens.length];
    const org = ids.orgs.find((o) => o.id === token?.orgId);
    if (!token || !org) throw new Error('no token');
    const level = (await levelOf(org.id)) === 5 ? 1 : 5;
    const answers: Answers = demoAnswers(
      ids.definition,
      orgProfile(org.code, ids.templateName, ids.definition, 4, ids.orgs.length),
      0,
      4,
    );
    answers.areas[area.key] = {
      impact: level,
      criteria: null,
      comment: `Benchmark: påverkan ändrad till ${level} (${i})`,
    };
    const res = await input.client.request(`/api/rounds/${input.roundId}/reports/${org.id}/submit`, {
      method: 'POST',
      body: JSON.stringify({ answers }),
      headers: { authorization: `Bearer ${token.token}` },
    });
    expectOk(res, 'submit');
    const acknowledged = performance.now();
    const { report } = json<{ report: { id: string; version: number } }>(res);
    acks.push([report.id, report.version]);
    for (;;) {
      if ((await levelOf(org.id)) === level) break;
      if (performance.now() - acknowledged > 30_000) throw new Error('change not visible after 30 s');
    }
    times.push(performance.now() - acknowledged);
  }
  return { summary: summarize(times), acks };
}
