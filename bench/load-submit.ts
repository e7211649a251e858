/**
 * Submit load from a process of its own: full reports filed over HTTP with each
 * municipality's API token, `concurrency` requests in flight, for a fixed time. Every
 * request carries a fresh Idempotency-Key as an integrating system would. Writes what was
 * acknowledged (report id and version of every 200) so the caller can compare it with
 * what the database holds.
 *
 *   node --import tsx bench/load-submit.ts <config.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { TemplateDefinition } from '../src/core/reports/template-definition';
import { demoAnswers, orgProfile } from '../src/server/seed/demo-report-answers';
import { HttpClient } from './lib/http';
import { summarize } from './lib/stats';

export interface LoadConfig {
  baseUrl: string;
  roundId: string;
  templateName: string;
  definition: TemplateDefinition;
  orgs: { orgId: string; code: string; token: string }[];
  seconds: number;
  concurrency: number;
  /** Distinguishes this run's idempotency keys. */
  runId: string;
  outFile: string;
}

export interface LoadResult {
  seconds: number;
  sent: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  firstErrors: string[];
  latencyMs: ReturnType<typeof summarize>;
  /** CPU time of this load process itself (user + system). */
  clientCpuMs: number;
  acks: [string, number][];
}

/** A few weeks of answers per organisation, serialised once: the load measures the server, not JSON.stringify. */
const VARIANTS = 8;

function bodies(config: LoadConfig): string[][] {
  return config.orgs.map((org) => {
    const profile = orgProfile(
      org.code,
      config.templateName,
      config.definition,
      VARIANTS,
      config.orgs.length,
    );
    return Array.from({ length: VARIANTS }, (_, week) =>
      JSON.stringify({ answers: demoAnswers(config.definition, profile, week, VARIANTS) }),
    );
  });
}

async function run(config: LoadConfig): Promise<LoadResult> {
  const payloads = bodies(config);
  const client = new HttpClient(config.baseUrl, config.concurrency);
  const statuses: Record<string, number> = {};
  const firstErrors: string[] = [];
  const acks: [string, number][] = [];
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const stopAt = started + config.seconds * 1000;

  const worker = async () => {
    while (performance.now() < stopAt) {
      const n = sent++;
      const orgIndex = n % config.orgs.length;
      const org = config.orgs[orgIndex];
      const body = payloads[orgIndex]?.[Math.floor(n / config.orgs.length) % VARIANTS];
      if (!org || !body) break;
      try {
        const res = await client.request(`/api/rounds/${config.roundId}/reports/${org.orgId}/submit`, {
          method: 'POST',
          body,
          headers: {
            authorization: `Bearer ${org.token}`,
            'idempotency-key': `bench-${config.runId}-${n}`,
          },
        });
        latencies.push(res.ms);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const parsed: unknown = res.status === 200 ? JSON.parse(res.body.toString('utf8')) : null;
        const report =
          parsed && typeof parsed === 'object' && 'report' in parsed
            ? (parsed.report as { id?: unknown; version?: unknown })
            : null;
        if (report && typeof report.id === 'string' && typeof report.version === 'number') {
          acks.push([report.id, report.version]);
        } else {
          errors++;
          if (firstErrors.length < 5)
            firstErrors.push(`${res.status} ${res.body.toString('utf8').slice(0, 300)}`);
        }
      } catch (err) {
        errors++;
        statuses.network = (statuses.network ?? 0) + 1;
        if (firstErrors.length < 5) firstErrors.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: config.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  client.close();
  return {
    seconds,
    sent,
    ok: acks.length,
    errors,
    statuses,
    firstErrors,
    latencyMs: summarize(latencies),
    clientCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    acks,
  };
}

const configPath = process.argv[2];
if (!configPath) {
  process.stderr.write('usage: load-submit.ts <config.json>\n');
  process.exit(2);
}
const config = JSON.parse(readFileSync(configPath, 'utf8')) as LoadConfig;
run(config).then(
  (result) => {
    writeFileSync(config.outFile, JSON.stringify(result));
    process.stdout.write(
      `load: ${result.ok} acknowledged, ${result.errors} errors in ${result.seconds.toFixed(1)} s\n`,
    );
  },
  (err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
