import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionItems, meetings } from '../db/schema/meetings';
import { networks } from '../db/schema/registry';
import { makeNetwork, makeOrg } from '../testing/factories';
import { useTestDatabase } from '../testing/test-db';
import { seedDemoMeetings } from './demo-meetings';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-19T10:00:00Z');

describe('seedDemoMeetings', () => {
  it('creates four published weekly meetings and one upcoming, once', async () => {
    const db = getDb().db;
    const existing = (await db.select().from(networks).where(eq(networks.slug, 'gr-mottagande')))[0];
    const networkId =
      existing?.id ??
      (
        await makeNetwork(db, {
          ownerOrgId: (await makeOrg(db, { kind: 'association', code: 'GR' })).id,
          slug: 'gr-mottagande',
          memberOrgIds: [(await makeOrg(db, { code: '1480' })).id, (await makeOrg(db, { code: '1384' })).id],
        })
      ).id;
    const ctx = { db, actor: { kind: 'system' as const }, now: () => NOW };
    expect(await seedDemoMeetings(ctx)).toEqual({ meetings: 5 });
    const rows = await db.select().from(meetings).where(eq(meetings.networkId, networkId));
    expect(rows.filter((m) => m.minutesStatus === 'published')).toHaveLength(4);
    expect(rows.filter((m) => m.startsAt > NOW)).toHaveLength(1);
    const actions = await db.select().from(actionItems);
    expect(actions.some((a) => a.status === 'done')).toBe(true);
    expect(actions.some((a) => a.status === 'open' && a.dueDate !== null && a.dueDate < '2026-03-19')).toBe(
      true,
    );
    expect(actions.some((a) => a.status === 'open' && a.dueDate !== null && a.dueDate >= '2026-03-19')).toBe(
      true,
    );
    expect(await seedDemoMeetings(ctx)).toEqual({ meetings: 0 });
  });
});
