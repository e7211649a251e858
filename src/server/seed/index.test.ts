import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../db/schema/accounts';
import { organisations } from '../db/schema/registry';
import { templates } from '../db/schema/reports';
import { loadConfig } from '../platform/config';
import { createTestApp } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';
import { runSeed } from './index';

const getDb = useTestDatabase();

describe('runSeed', () => {
  it('seeds the registry and both templates on a fresh database, and nothing the second time', async () => {
    const { deps } = createTestApp(getDb());
    const first = await runSeed(deps, { demo: false });
    expect(first.seededRegistry).toBe(true);
    expect(first.demoAccounts).toEqual([]);
    const db = getDb().db;
    expect((await db.select({ n: count() }).from(templates))[0]?.n).toBe(2);
    const orgs = (await db.select({ n: count() }).from(organisations))[0]?.n;

    const second = await runSeed(deps, { demo: false });
    expect(second.seededRegistry).toBe(false);
    expect(second.registry).toEqual({ counties: 0, organisations: 0, networks: 0, members: 0 });
    expect((await db.select({ n: count() }).from(organisations))[0]?.n).toBe(orgs);
    expect((await db.select({ n: count() }).from(templates))[0]?.n).toBe(2);
  });

  it('never creates demo data in production, even when asked', async () => {
    const { deps } = createTestApp(getDb());
    const production = { ...deps, config: loadConfig({ NODE_ENV: 'production', PORT: '0' }) };
    const result = await runSeed(production, { demo: true });
    expect(result.demoAccounts).toEqual([]);
    const demo = await getDb().db.select({ n: count() }).from(users).where(eq(users.isDemo, true));
    expect(demo[0]?.n).toBe(0);
  });
});
