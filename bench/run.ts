/**
 * Samla's benchmarks (never tests): `npm run bench` runs every suite in turn, each writing
 * its own results file under bench/results/ (see docs/performance.md):
 *
 *   core     reports and the situation picture at national scale  → core.json (core-quick.json with --quick)
 *   collab   full-text search over ten years of minutes            → collab.json
 *   planner  the assignment planner, 30 000 persons and GR scale   → planner.json
 *
 * `npm run bench -- --suite core` (or a comma list) runs some of them; every other option
 * is passed to the suites, which ignore what is not theirs (see each suite's header).
 */
import { parseArgs } from 'node:util';

interface Suite {
  name: string;
  load: () => Promise<{ run: (args: string[]) => Promise<void> }>;
}

const suites: Suite[] = [
  { name: 'core', load: () => import('./core/run') },
  { name: 'collab', load: () => import('./collab/run') },
  { name: 'planner', load: () => import('./planner/run') },
];

async function main() {
  const argv = process.argv.slice(2);
  const { values } = parseArgs({
    args: argv,
    options: { suite: { type: 'string', default: suites.map((s) => s.name).join(',') } },
    strict: false,
  });
  const wanted = String(values.suite)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !suites.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown suite(s): ${unknown.join(', ')}; suites: ${suites.map((s) => s.name).join(', ')}`,
    );
  }
  const passOn = withoutSuiteOption(argv);
  const failed: string[] = [];
  for (const suite of suites.filter((s) => wanted.includes(s.name))) {
    process.stdout.write(`\n━━━ bench: ${suite.name} ━━━\n`);
    try {
      await (await suite.load()).run(suiteArgs(suite.name, passOn));
    } catch (err) {
      // One suite's failure must not hide the others' results.
      failed.push(suite.name);
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
  }
  if (failed.length > 0) {
    process.stderr.write(`bench: failed suites: ${failed.join(', ')}\n`);
    process.exit(1);
  }
}

function withoutSuiteOption(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--suite') i++;
    else if (!arg.startsWith('--suite=')) out.push(arg);
  }
  return out;
}

/** Options each suite understands; the rest are dropped so strict parsers do not reject them. */
const suiteOptions: Record<string, string[]> = {
  core: ['--quick', '--regenerate', '--workers', '--concurrency', '--skip-pglite'],
  collab: ['--regenerate', '--requests', '--warmup'],
  planner: [],
};

function suiteArgs(name: string, argv: string[]): string[] {
  const known = suiteOptions[name] ?? [];
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const flag = arg.split('=')[0] ?? '';
    if (!known.includes(flag)) continue;
    out.push(arg);
    const next = argv[i + 1];
    if (!arg.includes('=') && next !== undefined && !next.startsWith('--')) {
      out.push(next);
      i++;
    }
  }
  return out;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
