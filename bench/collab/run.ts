/**
 * Search benchmark: ten years of weekly meetings for 30 networks (generate.ts), the app
 * server as a production-mode child process on PostgreSQL, and GET /api/search over HTTP
 * by a member of all 30 networks with a mix of common, rare and inflected words, names
 * (also misspelled), Ukrainian words and filters. Writes bench/results/collab.json.
 *
 *   node --import tsx bench/collab/run.ts [--regenerate] [--requests 300] [--warmup 40]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { withCpu } from '../lib/cpu';
import { HttpClient, json, Session } from '../lib/http';
import { loadAverage, machineInfo } from '../lib/machine';
import { pgUrl } from '../lib/scale';
import { startServer } from '../lib/server';
import { type Summary, summarize } from '../lib/stats';
import { COLLAB_DATABASE, COLLAB_PASSWORD, COLLAB_USER, ensureCollabData, WEEKS } from './generate';

const TARGET_P95_MS = 50;
const resultFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results/collab.json');

interface Query {
  label: string;
  group: 'common' | 'inflected' | 'rare' | 'name' | 'cyrillic' | 'filtered' | 'phrase';
  params: Record<string, string>;
}

function queries(networkId: string): Query[] {
  const year = new Date().getFullYear() - 3;
  return [
    { label: 'boende', group: 'common', params: { q: 'boende' } },
    { label: 'tolkar', group: 'common', params: { q: 'tolkar' } },
    { label: 'kommun', group: 'common', params: { q: 'kommun' } },
    { label: 'bostäderna', group: 'inflected', params: { q: 'bostäderna' } },
    { label: 'barnomsorgen', group: 'inflected', params: { q: 'barnomsorgen' } },
    { label: 'anvisningarna', group: 'inflected', params: { q: 'anvisningarna' } },
    { label: 'legionella', group: 'rare', params: { q: 'legionella' } },
    { label: 'dövtolk', group: 'rare', params: { q: 'dövtolk' } },
    { label: 'strömavbrott', group: 'rare', params: { q: 'strömavbrott' } },
    { label: 'Lindqvist', group: 'name', params: { q: 'Lindqvist' } },
    { label: 'Lindkvist (misspelled)', group: 'name', params: { q: 'Lindkvist' } },
    { label: 'Björkström', group: 'name', params: { q: 'Karin Björkström' } },
    { label: 'Харків', group: 'cyrillic', params: { q: 'Харків' } },
    { label: 'Одеса', group: 'cyrillic', params: { q: 'Одеса' } },
    { label: '"ekonomiskt bistånd"', group: 'phrase', params: { q: '"ekonomiskt bistånd"' } },
    { label: 'tolk förskola', group: 'phrase', params: { q: 'tolk förskola' } },
    { label: 'boende, one network', group: 'filtered', params: { q: 'boende', network: networkId } },
    {
      label: 'tolk, one year',
      group: 'filtered',
      params: { q: 'tolk', from: `${year}-01-01`, to: `${year}-12-31` },
    },
    { label: 'anvisning, decisions', group: 'filtered', params: { q: 'anvisning', kind: 'decision' } },
    { label: 'familj, page 3', group: 'filtered', params: { q: 'familj', page: '3' } },
  ];
}

function gitState(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], {
      encoding: 'utf8',
    });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return { commit: process.env.BENCH_COMMIT ?? 'unknown', dirty: false };
  }
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: pgUrl('postgres') });
  await client.connect();
  try {
    return (
      (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? ''
    );
  } finally {
    await client.end();
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      regenerate: { type: 'boolean', default: false },
      requests: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '40' },
    },
    strict: false,
  });
  const started = performance.now();
  const log = (line: string) =>
    process.stdout.write(
      `[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] collab ${line}\n`,
    );
  const requests = Math.max(200, Number.parseInt(String(values.requests), 10));
  const warmup = Number.parseInt(String(values.warmup), 10);

  const dataset = await ensureCollabData({ regenerate: Boolean(values.regenerate), log });
  log(`  ${JSON.stringify(dataset.counts)}`);
  const server = await startServer({ databaseUrl: dataset.databaseUrl, workers: 1, log });
  const client = new HttpClient(server.url, 1);
  const loadBefore = loadAverage();
  try {
    const session = await Session.signIn(client, COLLAB_USER.email, COLLAB_PASSWORD);
    const mix = queries(dataset.sampleNetworkId);
    const get = async (q: Query) => {
      const res = await session.get(`/api/search?${new URLSearchParams(q.params)}`);
      if (res.status !== 200)
        throw new Error(`${q.label}: HTTP ${res.status} ${res.body.toString('utf8').slice(0, 300)}`);
      return res;
    };
    const hitsPerQuery: Record<string, { total: number; capped: boolean }> = {};
    for (let i = 0; i < warmup; i++) {
      const q = mix[i % mix.length] as Query;
      const body = json<{ total: number; totalCapped: boolean }>(await get(q));
      hitsPerQuery[q.label] = { total: body.total, capped: body.totalCapped };
    }
    const all: number[] = [];
    const byQuery = new Map<string, number[]>();
    const byGroup = new Map<string, number[]>();
    // CPU of the server and its PostgreSQL backend: what a search costs, whatever the neighbours do.
    const { cpu } = await withCpu({ serverPid: server.pid, database: COLLAB_DATABASE }, async () => {
      for (let i = 0; i < requests; i++) {
        const q = mix[i % mix.length] as Query;
        const { ms } = await get(q);
        all.push(ms);
        byQuery.set(q.label, [...(byQuery.get(q.label) ?? []), ms]);
        byGroup.set(q.group, [...(byGroup.get(q.group) ?? []), ms]);
      }
    });
    const cpuPerSearch = {
      serverMs: Math.round((cpu.serverMs / requests) * 10) / 10,
      databaseMs: Math.round((cpu.databaseMs / requests) * 10) / 10,
    };
    log(`  CPU per search: server ${cpuPerSearch.serverMs} ms, PostgreSQL ${cpuPerSearch.databaseMs} ms`);
    const overall = summarize(all);
    log(`  search p50 ${overall.p50} ms, p95 ${overall.p95} ms over ${overall.n} requests`);
    const perQuery: Record<string, Summary & { total: number; capped: boolean }> = {};
    for (const [label, times] of byQuery) {
      perQuery[label] = { ...summarize(times), ...(hitsPerQuery[label] ?? { total: -1, capped: false }) };
      log(
        `    ${label.padEnd(26)} p50 ${perQuery[label].p50} p95 ${perQuery[label].p95} (${perQuery[label].total}${perQuery[label].capped ? '+' : ''} hits)`,
      );
    }
    const result = {
      suite: 'collab',
      date: new Date().toISOString(),
      ...gitState(),
      machine: machineInfo(await postgresVersion()),
      loadAverage: { before: loadBefore, after: loadAverage() },
      dataset: {
        weeks: WEEKS,
        ...dataset.counts,
        meetingsTablesFilled: dataset.meetingsTables,
        reused: dataset.reused,
        generatedAt: dataset.generatedAt,
        generationSeconds: dataset.seconds,
      },
      search_docs: dataset.counts.searchDocuments,
      search_p50_ms: overall.p50,
      search_p95_ms: overall.p95,
      search_target_p95_ms: TARGET_P95_MS,
      search_target_met: overall.p95 <= TARGET_P95_MS,
      search: overall,
      search_cpu_ms_per_request: cpuPerSearch,
      byGroup: Object.fromEntries([...byGroup].map(([g, t]) => [g, summarize(t)])),
      byQuery: perQuery,
      server: { workers: 1, peakRssMb: server.peakRssMb() },
    };
    mkdirSync(path.dirname(resultFile), { recursive: true });
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    log(`  wrote ${path.relative(process.cwd(), resultFile)}`);
  } finally {
    client.close();
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
