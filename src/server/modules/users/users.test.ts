import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { runDueJobs } from '../../platform/jobs';
import { MAIL_JOB, sendQueuedMail } from '../../platform/outbox';
import { makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let c: Record<'sys' | 'adminA' | 'adminB' | 'reporterA', TestClient>;
const ids: Record<string, string> = {};

interface AdminUser {
  id: string;
  email: string;
  name: string;
  orgId: string;
  roles: string[];
  functions: string[];
  hasPassword: boolean;
  isActive: boolean;
}
interface Page {
  items: AdminUser[];
  total: number;
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string }[]; reason?: string } };
}

async function deliverMail() {
  await runDueJobs(t.deps, { [MAIL_JOB]: sendQueuedMail });
}

function tokenFrom(text: string | undefined): string {
  return decodeURIComponent(text?.match(/\/losenord\/nytt\?token=([^\s]+)/)?.[1] ?? '');
}

beforeAll(async () => {
  t = createTestApp(getDb());
  const db = getDb().db;
  const orgA = await makeOrg(db, { name: 'Aby kommun' });
  const orgB = await makeOrg(db, { name: 'Bby kommun' });
  const ops = await makeOrg(db, { kind: 'operator', name: 'Samla drift' });
  const sys = await makeUser(db, { orgId: ops.id, roles: ['system_admin'], name: 'Sys Admin' });
  const adminA = await makeUser(db, { orgId: orgA.id, roles: ['org_admin'], name: 'Anna Admin' });
  const adminB = await makeUser(db, { orgId: orgB.id, roles: ['org_admin'], name: 'Bo Admin' });
  const reporterA = await makeUser(db, {
    orgId: orgA.id,
    roles: ['reporter'],
    name: 'Rut Rapportör',
    functions: ['enhetschef'],
  });
  const coordA = await makeUser(db, {
    orgId: orgA.id,
    roles: ['coordinator', 'reporter'],
    name: 'Cecilia Samordnare',
  });
  const userB = await makeUser(db, { orgId: orgB.id, roles: ['reporter'], name: 'Britt Bby' });
  Object.assign(ids, {
    orgA: orgA.id,
    orgB: orgB.id,
    adminA: adminA.id,
    reporterA: reporterA.id,
    reporterAEmail: reporterA.email,
    coordA: coordA.id,
    userB: userB.id,
  });
  c = {
    sys: await t.signIn(sys.email, TEST_PASSWORD),
    adminA: await t.signIn(adminA.email, TEST_PASSWORD),
    adminB: await t.signIn(adminB.email, TEST_PASSWORD),
    reporterA: await t.signIn(reporterA.email, TEST_PASSWORD),
  };
});

describe('GET /api/users', () => {
  it('needs an administrator', async () => {
    expect((await t.anonymous().get('/api/users')).status).toBe(401);
    expect((await c.reporterA.get('/api/users')).status).toBe(403);
  });

  it('shows an org admin only their own organisation', async () => {
    const res = await c.adminA.get<Page>('/api/users');
    expect(res.status).toBe(200);
    expect(res.body.items.every((u) => u.orgId === ids.orgA)).toBe(true);
    expect(res.body.total).toBe(3);
    const other = await c.adminA.get<Page>(`/api/users?orgId=${ids.orgB}`);
    expect(other.body.total).toBe(0);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('shows a system admin everyone, with filters', async () => {
    expect((await c.sys.get<Page>('/api/users')).body.total).toBe(6);
    expect((await c.sys.get<Page>(`/api/users?orgId=${ids.orgB}`)).body.total).toBe(2);
    expect((await c.sys.get<Page>('/api/users?q=rapportör')).body.items.map((u) => u.name)).toEqual([
      'Rut Rapportör',
    ]);
    expect((await c.sys.get<Page>('/api/users?role=coordinator')).body.total).toBe(1);
    expect((await c.sys.get<Page>('/api/users?pageSize=2&page=3')).body.items).toHaveLength(2);
    expect((await c.sys.get('/api/users?status=gone')).status).toBe(400);
  });

  it('answers 404 for another organisation’s user', async () => {
    expect((await c.adminA.get(`/api/users/${ids.userB}`)).status).toBe(404);
    expect((await c.adminA.get<AdminUser>(`/api/users/${ids.reporterA}`)).body.functions).toEqual([
      'enhetschef',
    ]);
    expect((await c.sys.get(`/api/users/${ids.userB}`)).status).toBe(200);
  });
});

describe('POST /api/users/invite', () => {
  it('creates the user without a password and e-mails a working link', async () => {
    const res = await c.adminA.post<AdminUser>('/api/users/invite', {
      email: 'Ny.Person@Aby.example',
      name: 'Ny Person',
      roles: ['reporter'],
      functions: ['beredskapssamordnare'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'ny.person@aby.example',
      orgId: ids.orgA,
      hasPassword: false,
      isActive: true,
    });
    await deliverMail();
    const mail = t.sent.find((m) => m.to === 'ny.person@aby.example');
    expect(mail?.subject).toBe('Inbjudan till Samla');
    expect(mail?.text).toContain('Anna Admin');
    const token = tokenFrom(mail?.text);
    expect(token.length).toBeGreaterThan(20);
    expect(
      (await t.anonymous().post('/api/auth/set-password', { token, password: 'ett-långt-lösenord-1' }))
        .status,
    ).toBe(204);
    await expect(t.signIn('ny.person@aby.example', 'ett-långt-lösenord-1')).resolves.toBeTruthy();
    expect((await c.adminA.get<AdminUser>(`/api/users/${res.body.id}`)).body.hasPassword).toBe(true);

    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.action, 'user.invite'));
    expect(audit[0]?.after).toMatchObject({
      email: 'ny.person@aby.example',
      roles: ['reporter'],
      functions: ['beredskapssamordnare'],
    });
  });

  it('refuses a taken address with 409', async () => {
    const res = await c.adminB.post<ErrorBody>('/api/users/invite', {
      email: 'NY.PERSON@aby.example',
      name: 'Dubblett',
      roles: ['viewer'],
    });
    expect(res.status).toBe(409);
  });

  it('keeps org admins to their organisation and the roles they may grant', async () => {
    const coordinator = await c.adminA.post<ErrorBody>('/api/users/invite', {
      email: 'c@aby.example',
      name: 'Ce Ce',
      roles: ['coordinator'],
    });
    expect(coordinator.status).toBe(403);
    const elsewhere = await c.adminA.post('/api/users/invite', {
      email: 'd@aby.example',
      name: 'De De',
      roles: ['reporter'],
      orgId: ids.orgB,
    });
    expect(elsewhere.status).toBe(403);
    expect(
      (
        await c.reporterA.post('/api/users/invite', {
          email: 'e@aby.example',
          name: 'Ee Ee',
          roles: ['reporter'],
        })
      ).status,
    ).toBe(403);
    expect((await getDb().db.select().from(users).where(eq(users.email, 'c@aby.example'))).length).toBe(0);
    const sys = await c.sys.post<AdminUser>('/api/users/invite', {
      email: 'samordnare@bby.example',
      name: 'Sam Ordnare',
      roles: ['coordinator'],
      orgId: ids.orgB,
    });
    expect(sys.status).toBe(201);
    expect(sys.body.orgId).toBe(ids.orgB);
  });

  it('reports every invalid field', async () => {
    const res = await c.adminA.post<ErrorBody>('/api/users/invite', {
      email: 'inte-en-adress',
      name: '',
      roles: [],
      functions: ['trollkarl'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields?.map((f) => f.path).sort()).toEqual([
      'email',
      'functions.0',
      'name',
      'roles',
    ]);
  });

  it('re-sends an invitation; the earlier link stops working', async () => {
    const res = await c.adminA.post<AdminUser>('/api/users/invite', {
      email: 'igen@aby.example',
      name: 'Igen Igen',
      roles: ['viewer'],
    });
    await deliverMail();
    const first = tokenFrom(t.sent.find((m) => m.to === 'igen@aby.example')?.text);
    expect((await c.adminA.post(`/api/users/${res.body.id}/invite`)).status).toBe(202);
    await deliverMail();
    const second = tokenFrom(t.sent.filter((m) => m.to === 'igen@aby.example').at(-1)?.text);
    expect(second).not.toBe(first);
    expect(
      (await t.anonymous().post('/api/auth/set-password', { token: first, password: 'ett-långt-lösenord-2' }))
        .status,
    ).toBe(404);
    expect(
      (
        await t
          .anonymous()
          .post('/api/auth/set-password', { token: second, password: 'ett-långt-lösenord-2' })
      ).status,
    ).toBe(204);
    expect((await c.adminA.post(`/api/users/${res.body.id}/invite`)).status).toBe(409);
    expect((await c.adminB.post(`/api/users/${res.body.id}/invite`)).status).toBe(404);
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes details, roles and functions with before and after audited', async () => {
    const res = await c.adminA.patch<AdminUser>(`/api/users/${ids.reporterA}`, {
      name: 'Rut Rapportör-Ek',
      roles: ['reporter', 'viewer'],
      functions: ['socialchef', 'enhetschef'],
      phone: '031-390 06 99',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Rut Rapportör-Ek',
      roles: ['reporter', 'viewer'],
      functions: ['socialchef', 'enhetschef'],
    });
    const audit = (await getDb().db.select().from(auditLog).where(eq(auditLog.action, 'user.update'))).at(-1);
    expect(audit?.entityId).toBe(ids.reporterA);
    expect(audit?.before).toMatchObject({
      name: 'Rut Rapportör',
      roles: ['reporter'],
      functions: ['enhetschef'],
    });
    expect(audit?.after).toMatchObject({ name: 'Rut Rapportör-Ek', phone: '031-390 06 99' });
  });

  it('leaves coordinator and system admin to system admins', async () => {
    expect(
      (await c.adminA.patch(`/api/users/${ids.reporterA}`, { roles: ['reporter', 'coordinator'] })).status,
    ).toBe(403);
    expect((await c.adminA.patch(`/api/users/${ids.coordA}`, { roles: ['reporter'] })).status).toBe(403);
    // Other changes to a coordinator are fine while the role stays.
    expect((await c.adminA.patch(`/api/users/${ids.coordA}`, { title: 'Samordnare' })).status).toBe(200);
    expect(
      (await c.sys.patch<AdminUser>(`/api/users/${ids.reporterA}`, { roles: ['reporter', 'coordinator'] }))
        .body.roles,
    ).toEqual(['reporter', 'coordinator']);
  });

  it('answers 404 for users of another organisation and leaves them unchanged', async () => {
    expect((await c.adminA.patch(`/api/users/${ids.userB}`, { name: 'Kapad' })).status).toBe(404);
    expect((await c.sys.get<AdminUser>(`/api/users/${ids.userB}`)).body.name).toBe('Britt Bby');
  });

  it('does not let an admin lock themselves out', async () => {
    const off = await c.adminA.patch<ErrorBody>(`/api/users/${ids.adminA}`, { isActive: false });
    expect(off.status).toBe(403);
    expect(off.body.error.details.reason).toBe('own_access');
    expect((await c.adminA.patch(`/api/users/${ids.adminA}`, { roles: ['reporter'] })).status).toBe(403);
    expect(
      (await c.adminA.patch(`/api/users/${ids.adminA}`, { roles: ['org_admin', 'reporter'] })).status,
    ).toBe(200);
  });

  it('ends the sessions of a deactivated user and lets them back when reactivated', async () => {
    const session = await t.signIn(ids.reporterAEmail ?? '', TEST_PASSWORD);
    expect((await session.get('/api/auth/me')).status).toBe(200);
    const off = await c.adminA.patch<AdminUser>(`/api/users/${ids.reporterA}`, { isActive: false });
    expect(off.body.isActive).toBe(false);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    await expect(t.signIn(ids.reporterAEmail ?? '', TEST_PASSWORD)).rejects.toThrow(/401/);
    expect((await c.adminA.patch(`/api/users/${ids.reporterA}`, { isActive: true })).status).toBe(200);
    await expect(t.signIn(ids.reporterAEmail ?? '', TEST_PASSWORD)).resolves.toBeTruthy();
    const actions = (
      await getDb()
        .db.select()
        .from(auditLog)
        .where(eq(auditLog.entityId, ids.reporterA ?? ''))
    ).map((a) => a.action);
    expect(actions).toContain('user.deactivate');
    expect(actions).toContain('user.activate');
  });

  it('validates input', async () => {
    const res = await c.adminA.patch<ErrorBody>(`/api/users/${ids.reporterA}`, {
      phone: 'ring mig',
      roles: ['kung'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields?.map((f) => f.path).sort()).toEqual(['phone', 'roles.0']);
    expect((await c.adminA.patch('/api/users/inte-ett-id', { name: 'Xx' })).status).toBe(400);
  });

  it('never writes password hashes into the audit log', async () => {
    const rows = await getDb().db.select().from(auditLog);
    expect(JSON.stringify(rows)).not.toMatch(/argon2|passwordHash|password_hash/);
  });
});

describe('/api/me', () => {
  it('shows and updates one’s own profile, but not one’s roles', async () => {
    const me = await c.adminB.get<{ name: string; roles: string[] }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.name).toBe('Bo Admin');
    const res = await c.adminB.patch<{ name: string; locale: string; functions: string[]; roles: string[] }>(
      '/api/me',
      {
        name: 'Bo Admin-Berg',
        locale: 'en',
        functions: ['socialchef'],
        roles: ['system_admin'],
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Bo Admin-Berg',
      locale: 'en',
      functions: ['socialchef'],
      roles: ['org_admin'],
    });
    const audit = (
      await getDb().db.select().from(auditLog).where(eq(auditLog.action, 'user.profile.update'))
    ).at(-1);
    expect(audit?.before).toMatchObject({ name: 'Bo Admin', locale: 'sv' });
    expect(audit?.after).toMatchObject({ name: 'Bo Admin-Berg', locale: 'en' });
  });

  it('validates and needs a session', async () => {
    expect((await c.adminB.patch('/api/me', { locale: 'de' })).status).toBe(400);
    expect((await t.anonymous().get('/api/me')).status).toBe(401);
    expect((await t.anonymous().patch('/api/me', { name: 'Ingen' })).status).toBe(401);
  });
});
