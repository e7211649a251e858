import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { bulletinRecipients, bulletins } from '../../db/schema/bulletins';
import { notifications } from '../../db/schema/messaging';
import { searchDocuments } from '../../db/schema/search';
import { jobHandlers } from '../../jobs';
import type { AppDeps } from '../../platform/http';
import { runDueJobs } from '../../platform/jobs';
import { createMailer } from '../../platform/mail';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { startSmtpPeer } from '../reminders/smtp-test-peer';

const getDb = useTestDatabase();
let t: TestApp;
let peer: Awaited<ReturnType<typeof startSmtpPeer>>;
let mailDeps: AppDeps;
let networkId = '';
const userIds: Record<string, string> = {};
const c = {} as Record<
  'coordinator' | 'liaison' | 'infosakA' | 'infosakB' | 'beredskap' | 'viewer' | 'outsider',
  TestClient
>;

interface Detail {
  bulletin: {
    id: string;
    urgency: string;
    receipt: { readAt: string | null; acknowledgedAt: string | null } | null;
    counts: { total: number; read: number; acknowledged: number; pending: number } | null;
    resendCount: number;
  };
  canAcknowledge: boolean;
  canResend: boolean;
  recipients: {
    userId: string;
    name: string;
    readAt: string | null;
    acknowledgedAt: string | null;
    mailCount: number;
  }[];
}

beforeAll(async () => {
  peer = await startSmtpPeer();
  t = createTestApp(getDb(), { now: new Date('2026-03-02T09:00:00Z') });
  mailDeps = {
    ...t.deps,
    mailer: createMailer({ SMTP_URL: peer.url, MAIL_FROM: 'Samla <noreply@samla.example.se>' }),
  };
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association', name: 'Larmförbundet' });
  const agency = await makeOrg(db, { kind: 'agency', name: 'Cyberverket' });
  const a = await makeOrg(db, { name: 'Anfallsby kommun' });
  const b = await makeOrg(db, { name: 'Grannstad kommun' });
  const outside = await makeOrg(db, { name: 'Fjärran kommun' });
  networkId = (
    await makeNetwork(db, {
      ownerOrgId: owner.id,
      memberOrgIds: [agency.id, a.id, b.id],
      name: 'Larmnätverket',
    })
  ).id;
  const made = {
    coordinator: await makeUser(db, {
      orgId: owner.id,
      roles: ['coordinator'],
      email: 'samordnare@larm.example',
      name: 'Sam Samordnare',
    }),
    liaison: await makeUser(db, {
      orgId: agency.id,
      roles: ['agency_liaison'],
      email: 'kontakt@cyber.example',
    }),
    infosakA: await makeUser(db, {
      orgId: a.id,
      email: 'infosak@anfallsby.example',
      name: 'Ingrid Infosäk',
      functions: ['informationssakerhetssamordnare'],
    }),
    infosakB: await makeUser(db, {
      orgId: b.id,
      email: 'infosak@grannstad.example',
      name: 'Bertil Infosäk',
      functions: ['informationssakerhetssamordnare', 'digitaliseringschef'],
    }),
    beredskap: await makeUser(db, {
      orgId: a.id,
      email: 'beredskap@anfallsby.example',
      functions: ['beredskapssamordnare'],
    }),
    viewer: await makeUser(db, { orgId: b.id, roles: ['viewer'], email: 'lasare@grannstad.example' }),
    outsider: await makeUser(db, {
      orgId: outside.id,
      email: 'ute@fjarran.example',
      functions: ['informationssakerhetssamordnare'],
    }),
  };
  for (const [key, user] of Object.entries(made)) {
    userIds[key] = user.id;
    c[key as keyof typeof c] = await t.signIn(user.email, TEST_PASSWORD);
  }
});

afterAll(async () => {
  await peer?.close();
});

const send = (client: TestClient, body: Record<string, unknown>) =>
  client.post<Detail>(`/api/networks/${networkId}/bulletins`, body);
const larm = {
  title: 'Intrång upptäckt i Anfallsby',
  body: 'Byt lösenord på delade konton och granska inloggningar det senaste dygnet.',
  urgency: 'larm',
  audience: 'functions',
  functions: ['informationssakerhetssamordnare'],
};
const mailsTo = (address: string) => peer.received.filter((m) => m.envelopeTo.includes(address));

describe('sending', () => {
  it('refuses reporters (403), non-members (404) and bad input (400), storing nothing', async () => {
    expect((await send(c.infosakA, larm)).status).toBe(403);
    expect((await send(c.outsider, larm)).status).toBe(404);
    const noFunctions = await send(c.coordinator, { ...larm, functions: [] });
    expect(noFunctions.status).toBe(400);
    expect(JSON.stringify(noFunctions.body)).toContain('"path":"functions"');
    const badUrgency = await send(c.coordinator, { ...larm, urgency: 'panik' });
    expect(badUrgency.status).toBe(400);
    expect(JSON.stringify(badUrgency.body)).toContain('"path":"urgency"');
    const badFunction = await send(c.coordinator, { ...larm, functions: ['hemlig'] });
    expect(badFunction.status).toBe(400);
    expect(await getDb().db.select().from(bulletins)).toEqual([]);
  });
});

describe('a larm to a contact function', () => {
  let id = '';

  it('resolves the addressees at send time and e-mails each at once over SMTP', async () => {
    const res = await send(c.coordinator, larm);
    expect(res.status).toBe(201);
    id = res.body.bulletin.id;
    expect(res.body.recipients.map((r) => r.name).sort()).toEqual(['Bertil Infosäk', 'Ingrid Infosäk']);
    expect(res.body.recipients.every((r) => r.mailCount === 1)).toBe(true);
    await runDueJobs(mailDeps, jobHandlers);
    const mail = mailsTo('infosak@anfallsby.example');
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe('Larm: Intrång upptäckt i Anfallsby');
    expect(mail[0]?.text).toContain('LARM från Larmförbundet i nätverket Larmnätverket');
    expect(mail[0]?.text).toContain('Byt lösenord på delade konton');
    expect(mail[0]?.text).toContain(`/meddelanden/${id}`);
    expect(mailsTo('infosak@grannstad.example')).toHaveLength(1);
    expect(mailsTo('beredskap@anfallsby.example')).toHaveLength(0);
    expect(mailsTo('ute@fjarran.example')).toHaveLength(0);
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.action, 'bulletin.send'));
    expect(audit[0]?.after).toMatchObject({ urgency: 'larm', recipients: 2 });
    // A larm is an alert of the moment: not put in the search archive.
    expect(await getDb().db.select().from(searchDocuments).where(eq(searchDocuments.entityId, id))).toEqual(
      [],
    );
  });

  it('shows in the addressees’ alarm banner list, and to nobody else', async () => {
    const alarms = await c.infosakA.get<{ alarms: { id: string; title: string }[] }>('/api/bulletins/alarms');
    expect(alarms.body.alarms.map((a) => a.id)).toEqual([id]);
    const others = await c.beredskap.get<{ alarms: unknown[] }>('/api/bulletins/alarms');
    expect(others.body.alarms).toEqual([]);
    expect((await c.beredskap.get(`/api/bulletins/${id}`)).status).toBe(404);
    expect((await c.outsider.get(`/api/bulletins/${id}`)).status).toBe(404);
  });

  it('lets only addressees acknowledge (others 404 when they cannot see it, 403 when they can)', async () => {
    expect((await c.beredskap.post(`/api/bulletins/${id}/acknowledge`)).status).toBe(404);
    expect((await c.outsider.post(`/api/bulletins/${id}/acknowledge`)).status).toBe(404);
    expect((await c.coordinator.post(`/api/bulletins/${id}/acknowledge`)).status).toBe(403);
    expect((await c.infosakA.post(`/api/bulletins/${id}/resend`)).status).toBe(403);
  });

  it('records reading and acknowledging once, audited, and the banner list empties', async () => {
    const read = await c.infosakA.post<Detail>(`/api/bulletins/${id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.bulletin.receipt?.readAt).not.toBeNull();
    expect(read.body.canAcknowledge).toBe(true);
    expect(read.body.recipients).toEqual([]);
    const ack = await c.infosakA.post<Detail>(`/api/bulletins/${id}/acknowledge`);
    expect(ack.status).toBe(200);
    expect(ack.body.bulletin.receipt?.acknowledgedAt).not.toBeNull();
    expect(ack.body.canAcknowledge).toBe(false);
    expect((await c.infosakA.post(`/api/bulletins/${id}/acknowledge`)).status).toBe(200);
    const audits = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'bulletin.acknowledge')));
    expect(audits).toHaveLength(1);
    const alarms = await c.infosakA.get<{ alarms: unknown[] }>('/api/bulletins/alarms');
    expect(alarms.body.alarms).toEqual([]);
  });

  it('shows the sender who has read and acknowledged, and who has not', async () => {
    const res = await c.coordinator.get<Detail>(`/api/bulletins/${id}`);
    expect(res.body.canResend).toBe(true);
    expect(res.body.bulletin.counts).toEqual({ total: 2, read: 1, acknowledged: 1, pending: 1 });
    const byName = Object.fromEntries(res.body.recipients.map((r) => [r.name, r]));
    expect(byName['Ingrid Infosäk']?.acknowledgedAt).not.toBeNull();
    expect(byName['Bertil Infosäk']).toMatchObject({ readAt: null, acknowledgedAt: null });
    const list = await c.coordinator.get<{ bulletins: Detail['bulletin'][] }>('/api/bulletins');
    expect(list.body.bulletins.find((b) => b.id === id)?.counts?.acknowledged).toBe(1);
  });

  it('re-sends only to those who have not acknowledged, audited', async () => {
    const res = await c.coordinator.post<{ resent: number; detail: Detail }>(`/api/bulletins/${id}/resend`);
    expect(res.status).toBe(200);
    expect(res.body.resent).toBe(1);
    expect(res.body.detail.bulletin.resendCount).toBe(1);
    await runDueJobs(mailDeps, jobHandlers);
    expect(mailsTo('infosak@grannstad.example').map((m) => m.subject)).toEqual([
      'Larm: Intrång upptäckt i Anfallsby',
      'Påminnelse – Larm: Intrång upptäckt i Anfallsby',
    ]);
    expect(mailsTo('infosak@anfallsby.example')).toHaveLength(1);
    const rows = await getDb()
      .db.select()
      .from(bulletinRecipients)
      .where(eq(bulletinRecipients.bulletinId, id));
    expect(rows.find((r) => r.userId === userIds.infosakB)?.mailCount).toBe(2);
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'bulletin.resend')));
    expect(audit[0]?.after).toMatchObject({ recipients: [userIds.infosakB] });
  });
});

describe('re-sending when everyone has acknowledged', () => {
  it('sends nothing and records nothing', async () => {
    const res = await send(c.coordinator, {
      ...larm,
      title: 'Larm till en enda',
      functions: ['digitaliseringschef'],
    });
    const id = res.body.bulletin.id;
    expect(res.body.recipients.map((r) => r.name)).toEqual(['Bertil Infosäk']);
    expect((await c.infosakB.post(`/api/bulletins/${id}/acknowledge`)).status).toBe(200);
    const resend = await c.coordinator.post<{ resent: number; detail: Detail }>(
      `/api/bulletins/${id}/resend`,
    );
    expect(resend.body.resent).toBe(0);
    expect(resend.body.detail.bulletin.resendCount).toBe(0);
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'bulletin.resend')));
    expect(audit).toEqual([]);
    await runDueJobs(mailDeps, jobHandlers);
  });
});

describe('OpenAPI', () => {
  it('documents the bulletin routes', async () => {
    const doc = await c.coordinator.get<{ paths: Record<string, unknown> }>('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/bulletins',
        '/api/bulletins/alarms',
        '/api/networks/{networkId}/bulletins',
        '/api/bulletins/{id}/acknowledge',
        '/api/bulletins/{id}/resend',
      ]),
    );
  });
});

describe('info and viktigt', () => {
  it('sends info to everyone in the network without e-mail, as in-app notices, searchable by all', async () => {
    t.setNow(new Date('2026-03-02T10:00:00Z'));
    const before = peer.received.length;
    const res = await send(c.liaison, {
      title: 'Nya rutiner för anvisningar',
      body: 'Från 1 april gäller nya blanketter.',
      urgency: 'info',
      audience: 'all',
    });
    expect(res.status).toBe(201);
    const id = res.body.bulletin.id;
    const names = res.body.recipients.map((r) => r.userId).sort();
    const expected = ['coordinator', 'infosakA', 'infosakB', 'beredskap', 'viewer']
      .map((k) => userIds[k])
      .sort();
    expect(names).toEqual(expected);
    await runDueJobs(mailDeps, jobHandlers);
    expect(peer.received.length).toBe(before);
    const notices = await getDb().db.select().from(notifications).where(eq(notifications.kind, 'bulletin'));
    expect(notices.filter((n) => n.payload.bulletinId === id)).toHaveLength(5);
    const doc = await getDb().db.select().from(searchDocuments).where(eq(searchDocuments.entityId, id));
    expect(doc[0]).toMatchObject({ kind: 'bulletin', audienceUserIds: null, url: `/meddelanden/${id}` });
    // The sender is no addressee: may see it but not acknowledge it.
    expect((await c.liaison.post(`/api/bulletins/${id}/acknowledge`)).status).toBe(403);
    // Members see bulletins to everyone; receipts only for the sender and coordinators.
    const viewer = await c.viewer.get<Detail>(`/api/bulletins/${id}`);
    expect(viewer.status).toBe(200);
    expect(viewer.body.bulletin.counts).toBeNull();
    expect(viewer.body.recipients).toEqual([]);
  });

  it('e-mails viktigt to a function and limits search to the addressees and sender', async () => {
    t.setNow(new Date('2026-03-02T11:00:00Z'));
    const res = await send(c.coordinator, {
      title: 'Viktigt om beredskapsläget',
      body: 'Höjd beredskap från måndag.',
      urgency: 'viktigt',
      audience: 'functions',
      functions: ['beredskapssamordnare'],
    });
    expect(res.status).toBe(201);
    await runDueJobs(mailDeps, jobHandlers);
    expect(mailsTo('beredskap@anfallsby.example').map((m) => m.subject)).toEqual([
      'Viktigt: Viktigt om beredskapsläget',
    ]);
    const doc = await getDb()
      .db.select()
      .from(searchDocuments)
      .where(eq(searchDocuments.entityId, res.body.bulletin.id));
    expect(doc[0]?.audienceUserIds?.sort()).toEqual([userIds.coordinator, userIds.beredskap].sort());
  });

  it('lists for each user what they may see, and where they may send', async () => {
    type List = { bulletins: { title: string }[]; sendableNetworks: { id: string }[] };
    const reporter = await c.infosakB.get<List>('/api/bulletins');
    expect(reporter.body.bulletins.map((b) => b.title)).toEqual([
      'Nya rutiner för anvisningar',
      'Intrång upptäckt i Anfallsby',
      'Larm till en enda',
    ]);
    expect(reporter.body.sendableNetworks).toEqual([]);
    const liaison = await c.liaison.get<List>(`/api/bulletins?networkId=${networkId}`);
    expect(liaison.body.bulletins.map((b) => b.title)).toEqual(['Nya rutiner för anvisningar']);
    expect(liaison.body.sendableNetworks.map((n) => n.id)).toEqual([networkId]);
    const coordinator = await c.coordinator.get<List>('/api/bulletins');
    expect(coordinator.body.bulletins).toHaveLength(4);
    expect((await c.outsider.get(`/api/bulletins?networkId=${networkId}`)).status).toBe(404);
  });
});
