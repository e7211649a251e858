/**
 * The two scales the benchmarks run at. Full is the national scale: every
 * municipality, ten years of weekly rounds. Quick keeps every municipality (so one round's
 * picture is as big as at full scale) but only half a year of rounds, to finish in two minutes.
 */
export interface Scale {
  name: 'full' | 'quick';
  /** Weekly rounds, ending with the current ISO week. */
  weeks: number;
  /** PostgreSQL database of the national data. */
  pgDatabase: string;
  /** Directory of the embedded database at GR scale. */
  pgliteDir: string;
  /** Sequential requests per latency measurement. */
  requests: number;
  /** Seconds of concurrent submit load, measured. */
  submitSeconds: number;
  /**
   * Seconds of the same load just before, not measured: a fresh server's first seconds of
   * submits cost it about half as much CPU again while the JIT compiles the path (measured
   * 2026-11-24: 1.0 against 0.6 ms per submit), as the picture is measured warm.
   */
  submitWarmupSeconds: number;
  /** Samples of acknowledgement-to-visible. */
  visibleSamples: number;
  resultFile: string;
}

export const SCALES: Record<Scale['name'], Scale> = {
  full: {
    name: 'full',
    weeks: 520,
    pgDatabase: 'samla_bench',
    pgliteDir: 'var/bench/pglite-gr-520',
    requests: 200,
    submitSeconds: 20,
    submitWarmupSeconds: 5,
    visibleSamples: 9,
    resultFile: 'bench/results/core.json',
  },
  quick: {
    name: 'quick',
    weeks: 26,
    pgDatabase: 'samla_bench_quick',
    pgliteDir: 'var/bench/pglite-gr-26',
    requests: 30,
    submitSeconds: 5,
    submitWarmupSeconds: 2,
    visibleSamples: 3,
    resultFile: 'bench/results/core-quick.json',
  },
};

/** The server of the benchmark database; the bench creates and drops databases on it. */
export const PG_SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

export function pgUrl(database: string): string {
  const url = new URL(PG_SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export const NATIONAL_SLUG = 'socialchefsnatverket';
export const GR_SLUG = 'gr-mottagande';
