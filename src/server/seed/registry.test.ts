import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { userFunctions, users } from '../db/schema/accounts';
import { auditLog } from '../db/schema/audit';
import { counties, networkMembers, networks, organisations } from '../db/schema/registry';
import type { Ctx } from '../platform/context';
import { queryRows } from '../platform/db';
import { createTestApp } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';
import { DEMO_PASSWORD, hasDemoUsers, listDemoAccounts, seedDemoAccounts } from './accounts';
import { seedRegistry } from './registry';
import { readGrMemberCodes } from './registry-data';

const getDb = useTestDatabase();
const ctx = (): Ctx => ({ db: getDb().db, actor: { kind: 'system' } });

async function memberCounts(slug: string) {
  const rows = await queryRows<{ reporting: number; total: number }>(
    getDb().db,
    sql`select count(*) filter (where m.reports = 1)::int as reporting, count(*)::int as total
        from network_members m join networks n on n.id = m.network_id where n.slug = ${slug}`,
  );
  return rows[0];
}

describe('registry seed', () => {
  it('seeds counties, municipalities, agencies and both networks', async () => {
    const result = await seedRegistry(ctx());
    expect(result.counties).toBe(21);
    const db = getDb().db;
    const [muni] = await db
      .select({ n: count() })
      .from(organisations)
      .where(eq(organisations.kind, 'municipality'));
    expect(muni?.n).toBe(290);
    const [county] = await db.select({ n: count() }).from(counties);
    expect(county?.n).toBe(21);
    const lst = await db.select().from(organisations).where(eq(organisations.code, 'LST-14'));
    expect(lst[0]).toMatchObject({
      kind: 'agency',
      name: 'Länsstyrelsen i Västra Götalands län',
      countyCode: '14',
    });
    const gbg = await db.select().from(organisations).where(eq(organisations.code, '1480'));
    expect(gbg[0]).toMatchObject({ name: 'Göteborgs kommun', shortName: 'Göteborg', countyCode: '14' });
    for (const code of ['SOS', 'MIGR', 'MSB', 'AF', 'IVO', 'FHM', 'SKR', 'GR', 'SAMLA']) {
      expect((await db.select().from(organisations).where(eq(organisations.code, code))).length).toBe(1);
    }
  });

  it('gives GR its 13 reporting members, Kungsbacka in Hallands län among them', async () => {
    expect(await memberCounts('gr-mottagande')).toEqual({ reporting: 13, total: 17 });
    const rows = await getDb()
      .db.select({
        code: organisations.code,
        countyCode: organisations.countyCode,
        reports: networkMembers.reports,
      })
      .from(networkMembers)
      .innerJoin(networks, eq(networks.id, networkMembers.networkId))
      .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
      .where(and(eq(networks.slug, 'gr-mottagande'), eq(organisations.code, '1384')));
    expect(rows).toEqual([{ code: '1384', countyCode: '13', reports: 1 }]);
    const gr = (await getDb().db.select().from(networks).where(eq(networks.slug, 'gr-mottagande')))[0];
    expect(gr).toMatchObject({
      opensWeekday: 1,
      opensTime: '08:00',
      deadlineWeekday: 2,
      deadlineTime: '15:00',
    });
  });

  it('puts all 290 municipalities, SKR, the agencies and 21 länsstyrelser in Socialchefsnätverket', async () => {
    expect(await memberCounts('socialchefsnatverket')).toEqual({ reporting: 290, total: 290 + 1 + 6 + 21 });
    const net = (
      await getDb().db.select().from(networks).where(eq(networks.slug, 'socialchefsnatverket'))
    )[0];
    expect(net).toMatchObject({ deadlineWeekday: 3, deadlineTime: '12:00' });
  });

  it('adds nothing on a second run and keeps a removed member removed', async () => {
    const db = getDb().db;
    const gr = (await db.select().from(networks).where(eq(networks.slug, 'gr-mottagande')))[0];
    const af = (await db.select().from(organisations).where(eq(organisations.code, 'AF')))[0];
    if (!gr || !af) throw new Error('seed missing');
    await db
      .delete(networkMembers)
      .where(and(eq(networkMembers.networkId, gr.id), eq(networkMembers.orgId, af.id)));
    const audits = (await db.select({ n: count() }).from(auditLog))[0]?.n;
    const again = await seedRegistry(ctx());
    expect(again).toEqual({ counties: 0, organisations: 0, networks: 0, members: 0 });
    expect(await memberCounts('gr-mottagande')).toEqual({ reporting: 13, total: 16 });
    expect((await db.select({ n: count() }).from(auditLog))[0]?.n).toBe(audits);
  });
});

describe('demo accounts', () => {
  it('creates sign-in accounts and directory contacts once', async () => {
    expect(await hasDemoUsers(getDb().db)).toBe(false);
    const accounts = await seedDemoAccounts(ctx(), readGrMemberCodes());
    expect(accounts.map((a) => a.email)).toContain('socialchef.goteborg@demo.samla.se');
    expect(accounts.every((a) => a.password === DEMO_PASSWORD && a.email.endsWith('@demo.samla.se'))).toBe(
      true,
    );
    expect(await hasDemoUsers(getDb().db)).toBe(true);
    expect((await listDemoAccounts(getDb().db)).length).toBe(accounts.length);

    const db = getDb().db;
    const all = await db.select().from(users);
    expect(all.every((u) => u.isDemo)).toBe(true);
    // Contacts in every GR municipality, without a password.
    const contacts = all.filter((u) => u.passwordHash === null);
    expect(contacts.length).toBeGreaterThanOrEqual(13 * 4);
    const [fnCount] = await db.select({ n: count() }).from(userFunctions);
    expect(fnCount?.n).toBeGreaterThan(contacts.length);

    const t = createTestApp(getDb());
    const admin = await t.signIn('socialchef.goteborg@demo.samla.se', DEMO_PASSWORD);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });
});
