import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let c: Record<'sys' | 'adminA' | 'reporterA', TestClient>;
const ids: Record<string, string> = {};

interface Entry {
  id: number;
  at: string;
  action: string;
  entityId: string;
  actorName: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
  before: unknown;
  after: unknown;
}
interface Page {
  items: Entry[];
  total: number;
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: new Date('2026-03-10T09:00:00Z') });
  const db = getDb().db;
  const orgA = await makeOrg(db, { name: 'Aby kommun' });
  const orgB = await makeOrg(db, { name: 'Bby kommun' });
  const ops = await makeOrg(db, { kind: 'operator', name: 'Samla drift' });
  const sys = await makeUser(db, { orgId: ops.id, roles: ['system_admin'], name: 'Sys Admin' });
  const adminA = await makeUser(db, { orgId: orgA.id, roles: ['org_admin'], name: 'Anna Admin' });
  const reporterA = await makeUser(db, { orgId: orgA.id, roles: ['reporter'], name: 'Rut Rapportör' });
  const adminB = await makeUser(db, { orgId: orgB.id, roles: ['org_admin'], name: 'Bo Admin' });
  Object.assign(ids, {
    orgA: orgA.id,
    orgB: orgB.id,
    adminA: adminA.id,
    reporterA: reporterA.id,
    adminB: adminB.id,
  });
  c = {
    sys: await t.signIn(sys.email, TEST_PASSWORD),
    adminA: await t.signIn(adminA.email, TEST_PASSWORD),
    reporterA: await t.signIn(reporterA.email, TEST_PASSWORD),
  };
  const b = await t.signIn(adminB.email, TEST_PASSWORD);
  await c.adminA.patch(`/api/users/${reporterA.id}`, { title: 'Enhetschef' });
  await b.patch(`/api/users/${adminB.id}`, { title: 'Socialchef' });
  // Older entries at known times, one by the system itself.
  await db.insert(auditLog).values([
    {
      at: new Date('2026-01-15T10:00:00Z'),
      actorOrgId: orgA.id,
      actorUserId: adminA.id,
      action: 'report.submit',
      entityType: 'report',
      entityId: 'r-1',
    },
    {
      at: new Date('2026-02-01T10:00:00Z'),
      action: 'registry.seed',
      entityType: 'registry',
      entityId: 'seed',
    },
  ]);
});

describe('GET /api/audit', () => {
  it('needs an administrator', async () => {
    expect((await t.anonymous().get('/api/audit')).status).toBe(401);
    expect((await c.reporterA.get('/api/audit')).status).toBe(403);
  });

  it('shows an org admin only what people of their organisation did, newest first', async () => {
    const res = await c.adminA.get<Page>('/api/audit');
    expect(res.status).toBe(200);
    expect(res.body.items.every((e) => e.actorOrgId === ids.orgA)).toBe(true);
    expect(res.body.items.some((e) => e.action === 'user.update' && e.entityId === ids.reporterA)).toBe(true);
    expect(res.body.items.some((e) => e.entityId === ids.adminB)).toBe(false);
    const times = res.body.items.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(res.body.items.at(-1)?.action).toBe('report.submit');
  });

  it('shows a system admin everything, the system’s own entries included', async () => {
    const res = await c.sys.get<Page>('/api/audit?pageSize=200');
    expect(res.body.items.some((e) => e.action === 'registry.seed' && e.actorName === null)).toBe(true);
    expect(res.body.items.some((e) => e.entityId === ids.adminB)).toBe(true);
  });

  it('shows before and after with the actor’s name and organisation', async () => {
    const res = await c.adminA.get<Page>(`/api/audit?entityType=user&entityId=${ids.reporterA}`);
    // Signing in is recorded on the user too.
    expect(res.body.items.map((e) => e.action)).toEqual(['user.update', 'auth.login']);
    expect(res.body.items[0]).toMatchObject({
      action: 'user.update',
      actorName: 'Anna Admin',
      actorOrgName: 'Aby kommun',
      before: expect.objectContaining({ title: '' }),
      after: expect.objectContaining({ title: 'Enhetschef' }),
    });
  });

  it('filters by action, action prefix, actor and dates, paginated', async () => {
    expect((await c.sys.get<Page>('/api/audit?action=auth.login')).body.total).toBe(4);
    expect((await c.sys.get<Page>('/api/audit?action=user.')).body.total).toBe(2);
    expect((await c.sys.get<Page>(`/api/audit?actor=${ids.adminA}&action=report.submit`)).body.total).toBe(1);
    expect((await c.sys.get<Page>('/api/audit?actor=anna&action=user.update')).body.total).toBe(1);
    const january = await c.sys.get<Page>('/api/audit?from=2026-01-01&to=2026-01-31');
    expect(january.body.items.map((e) => e.action)).toEqual(['report.submit']);
    const since = await c.sys.get<Page>('/api/audit?from=2026-02-01T00:00:00Z&to=2026-02-28');
    expect(since.body.items.map((e) => e.action)).toEqual(['registry.seed']);
    const page = await c.sys.get<Page>('/api/audit?pageSize=3&page=2');
    expect(page.body.items).toHaveLength(3);
    expect(page.body.total).toBe(8);
  });

  it('rejects malformed filters with 400', async () => {
    const res = await c.sys.get<{ error: { code: string } }>('/api/audit?from=igår&page=0');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
  });
});
