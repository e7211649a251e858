import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { notifyUsers } from './notifications.service';

const getDb = useTestDatabase();
let t: TestApp;
let me: TestClient;
let other: TestClient;

interface Item {
  id: string;
  kind: string;
  link: string | null;
  payload: Record<string, unknown>;
  readAt: string | null;
}
interface List {
  items: Item[];
  unread: number;
}

beforeAll(async () => {
  t = createTestApp(getDb());
  const db = getDb().db;
  const org = await makeOrg(db);
  const a = await makeUser(db, { orgId: org.id });
  const b = await makeUser(db, { orgId: org.id });
  await notifyUsers(
    db,
    [a.id],
    { kind: 'reminder', payload: { n: 1, link: '/rapporter/x' } },
    new Date('2025-01-01T10:00:00Z'),
  );
  await notifyUsers(
    db,
    [a.id, b.id],
    { kind: 'reminder', payload: { n: 2, link: 'https://evil.example' } },
    new Date('2025-01-02T10:00:00Z'),
  );
  me = await t.signIn(a.email, TEST_PASSWORD);
  other = await t.signIn(b.email, TEST_PASSWORD);
});

describe('notifications', () => {
  it('lists only my own, newest first, with the unread count and safe links only', async () => {
    const res = await me.get<List>('/api/notifications');
    expect(res.status).toBe(200);
    expect(res.body.unread).toBe(2);
    expect(res.body.items.map((i) => i.payload.n)).toEqual([2, 1]);
    expect(res.body.items.map((i) => i.link)).toEqual([null, '/rapporter/x']);
    expect((await other.get<List>('/api/notifications')).body.items).toHaveLength(1);
  });

  it('marks one read, and refuses someone else’s notice with 404', async () => {
    const mine = (await me.get<List>('/api/notifications')).body.items;
    const oldest = mine[1];
    if (!oldest) throw new Error('missing notice');
    expect((await other.post(`/api/notifications/${oldest.id}/read`)).status).toBe(404);
    const res = await me.post<{ unread: number }>(`/api/notifications/${oldest.id}/read`);
    expect(res.status).toBe(200);
    expect(res.body.unread).toBe(1);
    const after = (await me.get<List>('/api/notifications')).body;
    expect(after.items[1]?.readAt).not.toBeNull();
    expect(after.items[0]?.readAt).toBeNull();
  });

  it('marks all read without touching other users', async () => {
    expect((await me.post('/api/notifications/read-all')).status).toBe(200);
    expect((await me.get<List>('/api/notifications')).body.unread).toBe(0);
    expect((await other.get<List>('/api/notifications')).body.unread).toBe(1);
  });

  it('needs a signed-in user and valid parameters', async () => {
    expect((await t.anonymous().get('/api/notifications')).status).toBe(401);
    expect((await me.get('/api/notifications?limit=0')).status).toBe(400);
    expect((await me.post('/api/notifications/not-a-uuid/read')).status).toBe(400);
    expect((await me.post('/api/notifications/00000000-0000-4000-8000-000000000000/read')).status).toBe(404);
  });
});
