import { beforeAll, describe, expect, it } from 'vitest';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let userEmail: string;

beforeAll(async () => {
  t = createTestApp(getDb());
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association', name: 'Testförbundet' });
  const org = await makeOrg(db, { name: 'Testby kommun' });
  await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [org.id], name: 'Testnätverket' });
  const user = await makeUser(db, { orgId: org.id, roles: ['reporter'] });
  userEmail = user.email;
});

describe('login and session', () => {
  it('signs in with the right password and returns the user with networks', async () => {
    const res = await t.anonymous().post<{
      user: { email: string; orgName: string; networks: { name: string; isCoordinator: boolean }[] };
      csrfToken: string;
    }>('/api/auth/login', { email: userEmail.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(userEmail);
    expect(res.body.user.orgName).toBe('Testby kommun');
    expect(res.body.user.networks).toEqual([
      expect.objectContaining({ name: 'Testnätverket', isCoordinator: false }),
    ]);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/samla_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body.csrfToken.length).toBeGreaterThan(20);
  });

  it('refuses a wrong password with a translated 401', async () => {
    const res = await t
      .anonymous()
      .post<{ error: { code: string; message: string } }>(
        '/api/auth/login',
        { email: userEmail, password: 'fel-lösenord-123' },
        { 'accept-language': 'en' },
      );
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({
      code: 'invalid_credentials',
      message: 'Wrong e-mail address or password.',
      details: {},
    });
  });

  it('rejects malformed input with field errors in Swedish', async () => {
    const res = await t
      .anonymous()
      .post<{ error: { code: string; details: { fields: { path: string; message: string }[] } } }>(
        '/api/auth/login',
        { email: 'inte-en-adress', password: '' },
      );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
    expect(res.body.error.details.fields.map((f) => f.path).sort()).toEqual(['email', 'password']);
    expect(res.body.error.details.fields[0]?.message).toMatch(/[a-zåäö]/i);
  });

  it('answers broken JSON with 400, not a stack trace', async () => {
    const res = await t.anonymous().post<{ error: { code: string } }>('/api/auth/login', '{"email":', {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
  });

  it('knows the signed-in user and forgets them after logout', async () => {
    const client = await t.signIn(userEmail, TEST_PASSWORD);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = await t.signIn(userEmail, TEST_PASSWORD);
    const res = await client.post('/api/auth/logout', undefined, { 'x-csrf-token': 'wrong' });
    expect(res.status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a cross-site login by Origin', async () => {
    const res = await t.anonymous().post(
      '/api/auth/login',
      { email: userEmail, password: TEST_PASSWORD },
      {
        origin: 'https://evil.example',
        host: 'localhost',
      },
    );
    expect(res.status).toBe(403);
  });

  it('throttles guessing per account', async () => {
    const org = await makeOrg(getDb().db);
    const victim = await makeUser(getDb().db, { orgId: org.id });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await t
        .anonymous()
        .post('/api/auth/login', { email: victim.email, password: `gissning-${i}-abc` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Even the right password is refused while the account is throttled.
    const res = await t.anonymous().post('/api/auth/login', { email: victim.email, password: TEST_PASSWORD });
    expect(res.status).toBe(429);
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password', async () => {
    const org = await makeOrg(getDb().db);
    const user = await makeUser(getDb().db, { orgId: org.id });
    const res = await t.anonymous().post('/api/auth/password-reset', { email: user.email });
    expect(res.status).toBe(202);
    const { runDueJobs } = await import('../../platform/jobs');
    const { jobHandlers } = await import('../../jobs');
    await runDueJobs(t.deps, jobHandlers);
    const mail = t.sent.find((m) => m.to === user.email);
    expect(mail?.subject).toBe('Nytt lösenord till Samla');
    const token = decodeURIComponent(mail?.text.match(/token=([^\s]+)/)?.[1] ?? '');
    const newPassword = 'ett-helt-nytt-lösenord';
    expect(
      (await t.anonymous().post('/api/auth/set-password', { token, password: newPassword })).status,
    ).toBe(204);
    expect(
      (await t.anonymous().post('/api/auth/set-password', { token, password: newPassword })).status,
    ).toBe(404);
    await expect(t.signIn(user.email, newPassword)).resolves.toBeTruthy();
  });

  it('answers the same for unknown addresses', async () => {
    const before = t.sent.length;
    const res = await t.anonymous().post('/api/auth/password-reset', { email: 'ingen@finns.example' });
    expect(res.status).toBe(202);
    expect(t.sent.length).toBe(before);
  });
});

describe('platform', () => {
  it('reports health and serves OpenAPI 3.1', async () => {
    const health = await t.anonymous().get<{ status: string }>('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const doc = await t
      .anonymous()
      .get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toContain('/api/auth/login');
  });

  it('sets strict security headers', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses oversized bodies with 413', async () => {
    const res = await t.anonymous().post<{ error: { code: string } }>('/api/auth/login', {
      email: 'a@b.se',
      password: 'x'.repeat(6 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.anonymous().get<{ error: { code: string } }>('/api/finns-inte');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
