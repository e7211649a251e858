import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletinRecipients, bulletins } from '../db/schema/bulletins';
import { questions } from '../db/schema/questions';
import { searchDocuments } from '../db/schema/search';
import type { Ctx } from '../platform/context';
import { createTestApp } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';
import { DEMO_PASSWORD, seedDemoAccounts } from './accounts';
import { seedDemoCollaboration } from './demo-collaboration';
import { seedRegistry } from './registry';
import { readGrMemberCodes } from './registry-data';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-19T14:00:00Z');
const ctx = (): Ctx => ({ db: getDb().db, actor: { kind: 'system' }, now: () => NOW });
let result: { questions: number; bulletins: number };

beforeAll(async () => {
  await seedRegistry(ctx());
  await seedDemoAccounts(ctx(), readGrMemberCodes());
  result = await seedDemoCollaboration(ctx());
}, 120_000);

describe('demo questions and bulletins', () => {
  it('seeds answered Q&A with tags, one open question, and two bulletins, all searchable', async () => {
    expect(result).toEqual({ questions: 4, bulletins: 2 });
    const rows = await getDb().db.select().from(questions);
    expect(rows.filter((q) => q.status === 'answered')).toHaveLength(3);
    expect(rows.every((q) => q.status !== 'answered' || q.tags.length > 0)).toBe(true);
    const docs = await getDb().db.select().from(searchDocuments);
    expect(docs.filter((d) => d.kind === 'question')).toHaveLength(3);
    expect(docs.filter((d) => d.kind === 'bulletin')).toHaveLength(2);
  });

  it('seeds no larm, and the function-addressed bulletin reaches no demo sign-in account', async () => {
    const all = await getDb().db.select().from(bulletins);
    expect(all.some((b) => b.urgency === 'larm')).toBe(false);
    const targeted = all.find((b) => b.audience === 'functions');
    const recipients = await getDb()
      .db.select()
      .from(bulletinRecipients)
      .where(eq(bulletinRecipients.bulletinId, targeted?.id ?? ''));
    expect(recipients.length).toBeGreaterThan(0);
    const t = createTestApp(getDb(), { now: NOW });
    const reporter = await t.signIn('rapportor.goteborg@demo.samla.se', DEMO_PASSWORD);
    const alarms = await reporter.get<{ alarms: unknown[] }>('/api/bulletins/alarms');
    expect(alarms.body.alarms).toEqual([]);
    const list = await reporter.get<{ bulletins: { title: string }[] }>('/api/bulletins');
    expect(list.body.bulletins.map((b) => b.title)).toEqual(['Nästa nätverksmöte flyttas till torsdag']);
    const published = await reporter.get<{ questions: unknown[] }>(
      `/api/networks/${targeted?.networkId}/questions?scope=published`,
    );
    expect(published.body.questions).toHaveLength(3);
  });
});
