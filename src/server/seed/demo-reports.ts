import type { Ctx } from '../platform/context';

export interface DemoReportsOptions {
  /** How many ISO weeks, up to and including the current one. */
  weeks: number;
}

/**
 * Seeds synthetic but plausible situation reports for every reporting member of every
 * network with a template, over the last `options.weeks` ISO weeks. Deterministic: the
 * same database and clock give the same reports.
 */
export async function seedDemoReports(_ctx: Ctx, options: DemoReportsOptions): Promise<void> {
  if (!Number.isInteger(options.weeks) || options.weeks < 1) throw new RangeError('weeks');
}
