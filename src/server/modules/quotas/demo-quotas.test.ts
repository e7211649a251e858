import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../platform/context';
import { seedDemoQuotas } from '../../seed/demo-quotas';
import { seedRegistry } from '../../seed/registry';
import { useTestDatabase } from '../../testing/test-db';
import { getAdoptedKommuntal } from './adopted-kommuntal';
import { listScenarios } from './quotas.service';

const getDb = useTestDatabase();

describe('demo kommuntal', () => {
  it('adopts this year’s numbers for all 290 municipalities, summing to the national total, with two scenarios', async () => {
    const ctx: Ctx = {
      db: getDb().db,
      actor: { kind: 'system' },
      now: () => new Date('2026-04-01T10:00:00Z'),
    };
    await seedRegistry(ctx);
    await seedDemoQuotas(ctx);
    await seedDemoQuotas(ctx);
    const adopted = await getAdoptedKommuntal(ctx.db, 2026);
    expect(adopted.size).toBe(290);
    expect([...adopted.values()].reduce((s, a) => s + a.kommuntal, 0)).toBe(6000);
    expect([...adopted.values()].every((a) => a.kommuntal >= 7)).toBe(true);
    const { scenarios } = await listScenarios(ctx, 2026);
    expect(scenarios.map((s) => s.results.reduce((n, r) => n + r.kommuntal, 0))).toEqual([6000, 9000]);
  }, 60_000);
});
