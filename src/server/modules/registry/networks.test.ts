import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let c: Record<'admin' | 'coord' | 'otherCoord' | 'reporter' | 'outsider', TestClient>;
const ids: Record<string, string> = {};

interface NetworkBody {
  id: string;
  name: string;
  memberCount: number;
  reportingCount: number;
  isCoordinator: boolean;
  deadlineTime: string;
  members: { orgId: string; name: string; reports: boolean }[];
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string }[] } };
}
interface Directory {
  items: { name: string; email: string; orgName: string; functions: string[] }[];
  truncated: boolean;
}

beforeAll(async () => {
  t = createTestApp(getDb());
  const db = getDb().db;
  const gr = await makeOrg(db, { kind: 'association', name: 'GR' });
  const skr = await makeOrg(db, { kind: 'association', name: 'SKR' });
  const gbg = await makeOrg(db, { name: 'Göteborgs kommun' });
  const mdal = await makeOrg(db, { name: 'Mölndals kommun' });
  const far = await makeOrg(db, { name: 'Långtbort kommun' });
  const af = await makeOrg(db, { kind: 'agency', name: 'Arbetsförmedlingen' });
  const ops = await makeOrg(db, { kind: 'operator', name: 'Samla drift' });
  const net = await makeNetwork(db, { ownerOrgId: gr.id, memberOrgIds: [gbg.id, mdal.id], name: 'GR-nätet' });
  const skrNet = await makeNetwork(db, { ownerOrgId: skr.id, memberOrgIds: [far.id], name: 'SKR-nätet' });
  Object.assign(ids, {
    gr: gr.id,
    skr: skr.id,
    gbg: gbg.id,
    mdal: mdal.id,
    far: far.id,
    af: af.id,
    net: net.id,
    skrNet: skrNet.id,
  });

  const mk = async (orgId: string, roles: Parameters<typeof makeUser>[1]['roles'], extra = {}) =>
    makeUser(db, { orgId, roles, ...extra });
  const signIn = async (user: { email: string }) => t.signIn(user.email, TEST_PASSWORD);
  c = {
    admin: await signIn(await mk(ops.id, ['system_admin'])),
    coord: await signIn(await mk(gr.id, ['coordinator'], { functions: ['integrationssamordnare'] })),
    otherCoord: await signIn(await mk(skr.id, ['coordinator'])),
    reporter: await signIn(
      await mk(gbg.id, ['reporter'], { name: 'Elin Beredsson', functions: ['beredskapssamordnare'] }),
    ),
    outsider: await signIn(await mk(far.id, ['reporter'])),
  };
  await mk(mdal.id, ['viewer'], {
    name: 'Mona Infosäk',
    functions: ['informationssakerhetssamordnare', 'beredskapssamordnare'],
  });
  await mk(far.id, ['reporter'], { name: 'Fjärran Beredsson', functions: ['beredskapssamordnare'] });
  const gone = await mk(gbg.id, ['reporter'], { name: 'Slutat Person', functions: ['beredskapssamordnare'] });
  await db.update(users).set({ isActive: false }).where(eq(users.id, gone.id));
});

describe('GET /api/networks', () => {
  it('lists the caller’s networks with member counts', async () => {
    const res = await c.reporter.get<{ items: NetworkBody[] }>('/api/networks');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ name: 'GR-nätet', memberCount: 2, reportingCount: 2, isCoordinator: false }),
    ]);
    const coord = await c.coord.get<{ items: NetworkBody[] }>('/api/networks');
    expect(coord.body.items.map((n) => [n.name, n.isCoordinator])).toEqual([['GR-nätet', true]]);
    const admin = await c.admin.get<{ items: NetworkBody[] }>('/api/networks');
    expect(admin.body.items.map((n) => n.name)).toEqual(['GR-nätet', 'SKR-nätet']);
    expect((await t.anonymous().get('/api/networks')).status).toBe(401);
  });

  it('shows a network with its members to members, 404 to others', async () => {
    const res = await c.reporter.get<NetworkBody>(`/api/networks/${ids.net}`);
    expect(res.status).toBe(200);
    expect(res.body.members.map((m) => m.name).sort()).toEqual(['Göteborgs kommun', 'Mölndals kommun']);
    expect((await c.outsider.get(`/api/networks/${ids.net}`)).status).toBe(404);
    expect((await c.reporter.get('/api/networks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.anonymous().get(`/api/networks/${ids.net}`)).status).toBe(401);
  });
});

describe('PATCH /api/networks/:id', () => {
  it('lets the coordinator change the schedule, audited', async () => {
    const res = await c.coord.patch<NetworkBody>(`/api/networks/${ids.net}`, {
      deadlineWeekday: 2,
      deadlineTime: '15:00',
      reminderHours: 6,
    });
    expect(res.status).toBe(200);
    expect(res.body.deadlineTime).toBe('15:00');
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'network.update'), eq(auditLog.entityId, ids.net ?? '')));
    expect(audit[0]?.before).toMatchObject({ deadlineTime: '12:00', reminderHours: 24 });
    expect(audit[0]?.after).toMatchObject({ deadlineTime: '15:00', reminderHours: 6 });
  });

  it('refuses members who do not coordinate (403) and non-members (404)', async () => {
    expect((await c.reporter.patch(`/api/networks/${ids.net}`, { name: 'Mitt nät' })).status).toBe(403);
    expect((await c.otherCoord.patch(`/api/networks/${ids.net}`, { name: 'Mitt nät' })).status).toBe(404);
    expect((await c.reporter.get<NetworkBody>(`/api/networks/${ids.net}`)).body.name).toBe('GR-nätet');
  });

  it('validates the schedule', async () => {
    const res = await c.coord.patch<ErrorBody>(`/api/networks/${ids.net}`, {
      opensWeekday: 8,
      opensTime: '25:00',
      reminderHours: -1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields?.map((f) => f.path).sort()).toEqual([
      'opensTime',
      'opensWeekday',
      'reminderHours',
    ]);
  });
});

describe('POST /api/networks', () => {
  it('lets a coordinator create a network of their own organisation', async () => {
    const res = await c.coord.post<NetworkBody & { slug: string; ownerOrgId: string }>('/api/networks', {
      name: 'GR Äldreomsorg',
      description: 'Nätverk för äldreomsorgschefer',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: 'gr-aldreomsorg',
      ownerOrgId: ids.gr,
      isCoordinator: true,
      memberCount: 1,
    });
    const dup = await c.coord.post<ErrorBody>('/api/networks', {
      name: 'Annat namn',
      slug: 'gr-aldreomsorg',
    });
    expect(dup.status).toBe(409);
  });

  it('refuses a network for another owner unless system admin', async () => {
    expect((await c.coord.post('/api/networks', { name: 'Kuppen', ownerOrgId: ids.skr })).status).toBe(403);
    expect((await c.reporter.post('/api/networks', { name: 'Eget nät' })).status).toBe(403);
    const res = await c.admin.post<{ ownerOrgId: string }>('/api/networks', {
      name: 'AF-nätet',
      ownerOrgId: ids.af,
    });
    expect(res.status).toBe(201);
    expect(res.body.ownerOrgId).toBe(ids.af);
    const bad = await c.admin.post<ErrorBody>('/api/networks', { name: 'X', slug: 'Inte OK' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields?.map((f) => f.path).sort()).toEqual(['name', 'slug']);
  });
});

describe('network members', () => {
  it('adds a member, changes its reporting flag and removes it, audited', async () => {
    const add = await c.coord.post<{ orgId: string; reports: boolean }>(`/api/networks/${ids.net}/members`, {
      orgId: ids.af,
      reports: false,
    });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ orgId: ids.af, reports: false });
    const again = await c.coord.post<{ reports: boolean }>(`/api/networks/${ids.net}/members`, {
      orgId: ids.af,
      reports: true,
    });
    expect(again.status).toBe(200);
    expect(again.body.reports).toBe(true);
    const del = await c.coord.delete(`/api/networks/${ids.net}/members/${ids.af}`);
    expect(del.status).toBe(204);
    expect((await c.coord.delete(`/api/networks/${ids.net}/members/${ids.af}`)).status).toBe(404);
    const actions = (
      await getDb()
        .db.select()
        .from(auditLog)
        .where(eq(auditLog.entityId, `${ids.net}:${ids.af}`))
    ).map((a) => a.action);
    expect(actions).toEqual(['network.member.add', 'network.member.update', 'network.member.remove']);
  });

  it('refuses non-coordinators and unknown organisations', async () => {
    expect((await c.reporter.post(`/api/networks/${ids.net}/members`, { orgId: ids.far })).status).toBe(403);
    expect((await c.reporter.delete(`/api/networks/${ids.net}/members/${ids.mdal}`)).status).toBe(403);
    expect((await c.otherCoord.post(`/api/networks/${ids.net}/members`, { orgId: ids.far })).status).toBe(
      404,
    );
    const unknown = await c.coord.post(`/api/networks/${ids.net}/members`, {
      orgId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
    expect((await c.coord.post(`/api/networks/${ids.net}/members`, { orgId: 'x' })).status).toBe(400);
    expect((await c.reporter.get<NetworkBody>(`/api/networks/${ids.net}`)).body.members).toHaveLength(2);
  });
});

describe('GET /api/networks/:id/directory', () => {
  it('lists active people of member organisations and the owner, with functions', async () => {
    const res = await c.reporter.get<Directory>(`/api/networks/${ids.net}/directory`);
    expect(res.status).toBe(200);
    const names = res.body.items.map((i) => i.name);
    expect(names).toContain('Elin Beredsson');
    expect(names).toContain('Mona Infosäk');
    expect(names).not.toContain('Fjärran Beredsson');
    expect(names).not.toContain('Slutat Person');
    expect(res.body.items.find((i) => i.name === 'Mona Infosäk')?.functions).toEqual([
      'beredskapssamordnare',
      'informationssakerhetssamordnare',
    ]);
    expect(res.body.items.some((i) => i.functions.includes('integrationssamordnare'))).toBe(true);
  });

  it('filters by function and by search text', async () => {
    const fn = await c.reporter.get<Directory>(
      `/api/networks/${ids.net}/directory?function=beredskapssamordnare`,
    );
    expect(fn.body.items.map((i) => i.name).sort()).toEqual(['Elin Beredsson', 'Mona Infosäk']);
    const q = await c.reporter.get<Directory>(`/api/networks/${ids.net}/directory?q=mölndal`);
    expect(q.body.items.map((i) => i.name)).toEqual(['Mona Infosäk']);
    const org = await c.reporter.get<Directory>(`/api/networks/${ids.net}/directory?orgId=${ids.gbg}`);
    expect(org.body.items.map((i) => i.name)).toEqual(['Elin Beredsson']);
    expect((await c.reporter.get(`/api/networks/${ids.net}/directory?function=astronaut`)).status).toBe(400);
  });

  it('is hidden from non-members', async () => {
    expect((await c.outsider.get(`/api/networks/${ids.net}/directory`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/networks/${ids.net}/directory`)).status).toBe(401);
  });
});
