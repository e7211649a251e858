import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { addWeeks, isoWeekOf } from '../../../core/time/iso-week';
import { networks } from '../../db/schema/registry';
import { rounds } from '../../db/schema/reports';
import type { Ctx } from '../../platform/context';
import { makeNetwork, makeOrg } from '../../testing/factories';
import { useTestDatabase } from '../../testing/test-db';
import {
  insertTemplate,
  insertTemplateVersion,
  updateTemplateFields,
} from '../templates/templates.repository';
import { createRoundsForWeeks, ensureWeeklyRounds } from './weekly-rounds';

const getDb = useTestDatabase();
const definition: TemplateDefinition = {
  areas: [{ key: 'a', label: { sv: 'A' }, impactMode: 'direct', commentRequiredFrom: null, figures: [] }],
  figures: [],
  texts: [],
};

function ctx(): Ctx {
  return { db: getDb().db, actor: { kind: 'system' } };
}

async function makeTemplateIn(networkId: string, name: string) {
  const now = new Date('2026-01-01T00:00:00Z');
  const template = await insertTemplate(getDb().db, { networkId, name, description: '', now });
  const version = await insertTemplateVersion(getDb().db, {
    templateId: template.id,
    version: 1,
    definition,
    createdBy: null,
    now,
  });
  return { template, version };
}

async function roundsOf(templateId: string) {
  const rows = await getDb().db.select().from(rounds).where(eq(rounds.templateId, templateId));
  return rows
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime())
    .map((r) => ({
      week: r.isoWeek,
      opensAt: r.opensAt.toISOString(),
      deadlineAt: r.deadlineAt.toISOString(),
    }));
}

let mondayNetwork: string;
let fridayNetwork: string;

beforeAll(async () => {
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  // Default schedule: opens Monday 08:00, due Wednesday 12:00, Stockholm time.
  mondayNetwork = (await makeNetwork(db, { ownerOrgId: owner.id })).id;
  fridayNetwork = (await makeNetwork(db, { ownerOrgId: owner.id })).id;
  await db
    .update(networks)
    .set({ opensWeekday: 5, opensTime: '16:00', deadlineWeekday: 1, deadlineTime: '12:00' })
    .where(eq(networks.id, fridayNetwork));
});

describe('ensureWeeklyRounds', () => {
  it('creates this week and next week across the start of summer time', async () => {
    const { template } = await makeTemplateIn(mondayNetwork, 'Vår');
    // Thursday of week 13 2026; summer time starts Sunday 29 March.
    await ensureWeeklyRounds(ctx(), new Date('2026-03-26T12:00:00Z'));
    expect(await roundsOf(template.id)).toEqual([
      { week: 13, opensAt: '2026-03-23T07:00:00.000Z', deadlineAt: '2026-03-25T11:00:00.000Z' },
      { week: 14, opensAt: '2026-03-30T06:00:00.000Z', deadlineAt: '2026-04-01T10:00:00.000Z' },
    ]);
  });

  it('creates this week and next week across the end of summer time', async () => {
    const { template } = await makeTemplateIn(mondayNetwork, 'Höst');
    // Thursday of week 43 2026; summer time ends Sunday 25 October.
    await ensureWeeklyRounds(ctx(), new Date('2026-10-22T12:00:00Z'));
    const created = (await roundsOf(template.id)).filter((r) => r.week >= 43);
    expect(created).toEqual([
      { week: 43, opensAt: '2026-10-19T06:00:00.000Z', deadlineAt: '2026-10-21T10:00:00.000Z' },
      { week: 44, opensAt: '2026-10-26T07:00:00.000Z', deadlineAt: '2026-10-28T11:00:00.000Z' },
    ]);
  });

  it('is idempotent: two runs at once, then another, make each week once', async () => {
    const { template } = await makeTemplateIn(mondayNetwork, 'Idempotent');
    const now = new Date('2026-05-06T09:00:00Z');
    const [a, b] = await Promise.all([ensureWeeklyRounds(ctx(), now), ensureWeeklyRounds(ctx(), now)]);
    const mine = [...a, ...b].filter((r) => r.templateId === template.id);
    expect(mine).toHaveLength(2);
    const before = await roundsOf(template.id);
    expect(before.map((r) => r.week)).toEqual([19, 20]);
    expect(await ensureWeeklyRounds(ctx(), now)).toEqual([]);
    expect(await roundsOf(template.id)).toEqual(before);
  });

  it('waits with next week until its round opens within 7 days', async () => {
    const { template } = await makeTemplateIn(fridayNetwork, 'Fredag');
    // Monday of week 20: this week's round opens Friday, next week's in 11 days.
    await ensureWeeklyRounds(ctx(), new Date('2026-05-11T08:00:00Z'));
    expect((await roundsOf(template.id)).map((r) => r.week)).toEqual([20]);
    // Friday 17:00: the next opening is 6 days 23 hours away.
    await ensureWeeklyRounds(ctx(), new Date('2026-05-15T15:00:00Z'));
    const all = await roundsOf(template.id);
    expect(all.map((r) => r.week)).toEqual([20, 21]);
    // Friday 16:00 to the following Monday 12:00.
    expect(all[0]).toEqual({
      week: 20,
      opensAt: '2026-05-15T14:00:00.000Z',
      deadlineAt: '2026-05-18T10:00:00.000Z',
    });
  });

  it('creates no rounds for inactive templates', async () => {
    const { template } = await makeTemplateIn(mondayNetwork, 'Vilande');
    await updateTemplateFields(getDb().db, template.id, { isActive: false }, new Date());
    await ensureWeeklyRounds(ctx(), new Date('2026-06-03T09:00:00Z'));
    expect(await roundsOf(template.id)).toEqual([]);
  });
});

describe('createRoundsForWeeks', () => {
  it('creates past weeks once and returns them oldest first, over a year boundary', async () => {
    const { template, version } = await makeTemplateIn(mondayNetwork, 'Demo');
    const last = isoWeekOf(new Date('2026-02-04T12:00:00Z'));
    const weeks = Array.from({ length: 12 }, (_, i) => addWeeks(last, i - 11));
    const created = await createRoundsForWeeks(ctx(), template.id, weeks);
    expect(created.map((r) => `${r.isoYear}-${r.isoWeek}`)).toEqual(
      weeks.map((w) => `${w.isoYear}-${w.isoWeek}`),
    );
    expect(created.every((r) => r.kind === 'weekly' && r.templateVersionId === version.id)).toBe(true);
    const again = await createRoundsForWeeks(ctx(), template.id, weeks);
    expect(again.map((r) => r.id)).toEqual(created.map((r) => r.id));
  });

  it('answers not_found for an unknown template', async () => {
    await expect(
      createRoundsForWeeks(ctx(), '00000000-0000-4000-8000-000000000000', [{ isoYear: 2026, isoWeek: 1 }]),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
