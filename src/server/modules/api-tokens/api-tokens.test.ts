import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { hashToken } from '../../platform/auth/tokens';
import { makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let admin: TestClient;
let otherAdmin: TestClient;
let reporter: TestClient;

interface TokenView {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdByName: string | null;
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: new Date('2025-03-10T09:00:00Z') });
  const db = getDb().db;
  const org = await makeOrg(db, { name: 'Nyckelby kommun' });
  const other = await makeOrg(db, { name: 'Grannby kommun' });
  const a = await makeUser(db, { orgId: org.id, roles: ['org_admin'], name: 'Ada Admin' });
  const o = await makeUser(db, { orgId: other.id, roles: ['org_admin'] });
  const r = await makeUser(db, { orgId: org.id, roles: ['reporter'] });
  admin = await t.signIn(a.email, TEST_PASSWORD);
  otherAdmin = await t.signIn(o.email, TEST_PASSWORD);
  reporter = await t.signIn(r.email, TEST_PASSWORD);
});

describe('API tokens', () => {
  it('creates a token shown once, stores only its hash and audits it', async () => {
    const res = await admin.post<{ token: TokenView; secret: string }>('/api/api-tokens', {
      name: 'Verksamhetssystem',
    });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^samla_[A-Za-z0-9_-]{43}$/);
    expect(res.body.token).toMatchObject({
      name: 'Verksamhetssystem',
      createdByName: 'Ada Admin',
      revokedAt: null,
    });
    expect(res.body.secret.startsWith(res.body.token.prefix)).toBe(true);

    const stored = await getDb().db.select().from(apiTokens).where(eq(apiTokens.id, res.body.token.id));
    expect(stored[0]?.tokenHash).toBe(hashToken(res.body.secret));
    expect(JSON.stringify(stored)).not.toContain(res.body.secret);

    const list = await admin.get<{ tokens: (TokenView & { secret?: string })[] }>('/api/api-tokens');
    expect(list.body.tokens.map((x) => x.id)).toContain(res.body.token.id);
    expect(JSON.stringify(list.body)).not.toContain(res.body.secret);

    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, res.body.token.id));
    expect(audit.map((a) => a.action)).toEqual(['api_token.create']);
    expect(JSON.stringify(audit)).not.toContain(res.body.secret);
  });

  it('authenticates with the token and records last use at most once a minute', async () => {
    const created = await admin.post<{ token: TokenView; secret: string }>('/api/api-tokens', {
      name: 'Tidsstämpel',
    });
    const bearer = { authorization: `Bearer ${created.body.secret}` };
    const lastUsed = async () =>
      (await getDb().db.select().from(apiTokens).where(eq(apiTokens.id, created.body.token.id)))[0]
        ?.lastUsedAt;

    await t.anonymous().get('/api/health', bearer);
    expect((await lastUsed())?.toISOString()).toBe('2025-03-10T09:00:00.000Z');
    t.setNow(new Date('2025-03-10T09:00:30Z'));
    await t.anonymous().get('/api/health', bearer);
    expect((await lastUsed())?.toISOString()).toBe('2025-03-10T09:00:00.000Z');
    t.setNow(new Date('2025-03-10T09:01:05Z'));
    await t.anonymous().get('/api/health', bearer);
    expect((await lastUsed())?.toISOString()).toBe('2025-03-10T09:01:05.000Z');
    t.setNow(new Date('2025-03-10T09:00:00Z'));
  });

  it('revokes a token, after which it is refused with 401', async () => {
    const created = await admin.post<{ token: TokenView; secret: string }>('/api/api-tokens', {
      name: 'Gammal',
    });
    const bearer = { authorization: `Bearer ${created.body.secret}` };
    expect((await t.anonymous().get('/api/health', bearer)).status).toBe(200);
    expect((await admin.delete(`/api/api-tokens/${created.body.token.id}`)).status).toBe(204);
    const list = await admin.get<{ tokens: TokenView[] }>('/api/api-tokens');
    expect(list.body.tokens.find((x) => x.id === created.body.token.id)?.revokedAt).not.toBeNull();
    const refused = await t.anonymous().get<{ error: { code: string } }>('/api/health', bearer);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    // Revoking twice changes nothing.
    expect((await admin.delete(`/api/api-tokens/${created.body.token.id}`)).status).toBe(204);
  });

  it('keeps tokens within the organisation and from non-admins', async () => {
    const created = await admin.post<{ token: TokenView; secret: string }>('/api/api-tokens', {
      name: 'Hemlig',
    });
    const others = await otherAdmin.get<{ tokens: TokenView[] }>('/api/api-tokens');
    expect(others.status).toBe(200);
    expect(others.body.tokens).toEqual([]);
    expect((await otherAdmin.delete(`/api/api-tokens/${created.body.token.id}`)).status).toBe(404);
    expect((await reporter.get('/api/api-tokens')).status).toBe(403);
    expect((await reporter.post('/api/api-tokens', { name: 'x' })).status).toBe(403);
    expect((await t.anonymous().get('/api/api-tokens')).status).toBe(401);
    // A token cannot mint more tokens: it acts for the organisation, not for an admin.
    const bearer = { authorization: `Bearer ${created.body.secret}` };
    expect((await t.anonymous().get('/api/api-tokens', bearer)).status).toBe(401);
  });

  it('rejects a missing or too long name with a field error', async () => {
    const res = await admin.post<{ error: { code: string; details: { fields: { path: string }[] } } }>(
      '/api/api-tokens',
      { name: ' ' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.map((f) => f.path)).toEqual(['name']);
    expect((await admin.post('/api/api-tokens', { name: 'x'.repeat(101) })).status).toBe(400);
    expect((await admin.delete('/api/api-tokens/not-a-uuid')).status).toBe(400);
  });
});
