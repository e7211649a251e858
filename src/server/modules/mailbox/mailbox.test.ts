import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../platform/config';
import { createLogger } from '../../platform/logger';
import { queueMail } from '../../platform/outbox';
import { makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let user: TestClient;
let email: string;

interface Mailbox {
  mails: { to: string; subject: string; text: string; status: string }[];
}

beforeAll(async () => {
  t = createTestApp(getDb());
  const db = getDb().db;
  const org = await makeOrg(db);
  const u = await makeUser(db, { orgId: org.id, roles: ['reporter'] });
  email = u.email;
  await queueMail(db, { to: 'anna@kommun.example', subject: 'Första', text: 'Hej Anna' });
  await queueMail(db, { to: 'bo@kommun.example', subject: 'Andra', text: 'Hej Bo' });
  user = await t.signIn(email, TEST_PASSWORD);
});

describe('development mailbox', () => {
  it('lists outgoing mail newest first for a signed-in user outside production', async () => {
    const res = await user.get<Mailbox>('/api/dev/mailbox');
    expect(res.status).toBe(200);
    const ours = res.body.mails.filter((m) => m.to.endsWith('@kommun.example'));
    expect(ours.map((m) => m.subject)).toEqual(['Andra', 'Första']);
    expect(ours[0]).toMatchObject({ to: 'bo@kommun.example', text: 'Hej Bo', status: 'queued' });
  });

  it('filters by recipient', async () => {
    const res = await user.get<Mailbox>('/api/dev/mailbox?to=anna');
    expect(res.body.mails.map((m) => m.to)).toEqual(['anna@kommun.example']);
  });

  it('needs a signed-in user', async () => {
    expect((await t.anonymous().get('/api/dev/mailbox')).status).toBe(401);
  });

  it('does not exist in production', async () => {
    const config = loadConfig({ NODE_ENV: 'production', PORT: '0' });
    const app = createApp({ ...t.deps, config, logger: createLogger({ ...config, LOG_LEVEL: 'silent' }) });
    const res = await app.request('/api/dev/mailbox');
    expect(res.status).toBe(404);
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const signedIn = await app.request('/api/dev/mailbox', { headers: { cookie } });
    expect(signedIn.status).toBe(404);
  });
});
