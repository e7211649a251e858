/** Percentiles by the nearest-rank method, in the unit of the input, rounded to 0.1. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function summarize(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    min: round1(sorted[0] ?? Number.NaN),
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    max: round1(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round1(sorted.length ? sum / sorted.length : Number.NaN),
  };
}
export type Summary = ReturnType<typeof summarize>;
