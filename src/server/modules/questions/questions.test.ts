import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { questions } from '../../db/schema/questions';
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
const ids = { network: '', agency: '', owner: '', askerOrg: '', person: '', liaison: '', outsiderOrg: '' };
const c = {} as Record<
  'asker' | 'colleague' | 'viewer' | 'other' | 'liaison' | 'agencyStaff' | 'coordinator' | 'outsider',
  TestClient
>;

interface Detail {
  question: {
    id: string;
    status: string;
    version: number;
    tags: string[];
    answer: string | null;
    askerName: string | null;
    assigneeName: string | null;
    toCoordinator: boolean;
  };
  canAssign: boolean;
  canAnswer: boolean;
  canEditTags: boolean;
  assignees: { id: string; name: string }[];
}
interface List {
  questions: { id: string; title: string; status: string }[];
  canAsk: boolean;
  hasInbox: boolean;
}

beforeAll(async () => {
  peer = await startSmtpPeer();
  t = createTestApp(getDb(), { now: new Date('2026-03-02T09:00:00Z') });
  mailDeps = {
    ...t.deps,
    mailer: createMailer({ SMTP_URL: peer.url, MAIL_FROM: 'Samla <noreply@samla.example.se>' }),
  };
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association', name: 'Frågeförbundet' });
  const agency = await makeOrg(db, { kind: 'agency', name: 'Bosättningsverket' });
  const askerOrg = await makeOrg(db, { name: 'Frågeby kommun' });
  const otherOrg = await makeOrg(db, { name: 'Grannby kommun' });
  const outsiderOrg = await makeOrg(db, { name: 'Utanförby kommun' });
  const network = await makeNetwork(db, {
    ownerOrgId: owner.id,
    memberOrgIds: [agency.id, askerOrg.id, otherOrg.id],
    name: 'Frågenätverket',
  });
  Object.assign(ids, {
    network: network.id,
    agency: agency.id,
    owner: owner.id,
    askerOrg: askerOrg.id,
    outsiderOrg: outsiderOrg.id,
  });
  const users = {
    asker: await makeUser(db, { orgId: askerOrg.id, email: 'asker@fragby.example', name: 'Astrid Frågare' }),
    colleague: await makeUser(db, { orgId: askerOrg.id, email: 'kollega@fragby.example' }),
    viewer: await makeUser(db, { orgId: askerOrg.id, roles: ['viewer'], email: 'lasare@fragby.example' }),
    other: await makeUser(db, { orgId: otherOrg.id, email: 'granne@grannby.example' }),
    liaison: await makeUser(db, {
      orgId: agency.id,
      roles: ['agency_liaison'],
      email: 'kontakt@verket.example',
      name: 'Lars Kontakt',
    }),
    agencyStaff: await makeUser(db, {
      orgId: agency.id,
      roles: ['reporter'],
      email: 'handlaggare@verket.example',
      name: 'Hanna Handläggare',
    }),
    coordinator: await makeUser(db, {
      orgId: owner.id,
      roles: ['coordinator'],
      email: 'samordnare@forbundet.example',
    }),
    outsider: await makeUser(db, { orgId: outsiderOrg.id, email: 'ute@utanfor.example' }),
  };
  ids.person = users.agencyStaff.id;
  ids.liaison = users.liaison.id;
  for (const [key, user] of Object.entries(users)) {
    c[key as keyof typeof c] = await t.signIn(user.email, TEST_PASSWORD);
  }
});

afterAll(async () => {
  await peer?.close();
});

const base = () => `/api/networks/${ids.network}/questions`;

async function ask(client: TestClient, title: string, body = 'Hur gör vi?', addressedOrgId = ids.agency) {
  return client.post<Detail>(base(), { addressedOrgId, title, body });
}

describe('asking', () => {
  it('lists the member agencies and the coordinator as addressees', async () => {
    const res = await c.asker.get<{ addressees: { orgId: string; name: string; toCoordinator: boolean }[] }>(
      `${base()}/addressees`,
    );
    expect(res.status).toBe(200);
    expect(res.body.addressees).toEqual([
      { orgId: ids.agency, name: 'Bosättningsverket', toCoordinator: false },
      { orgId: ids.owner, name: 'Frågeförbundet', toCoordinator: true },
    ]);
  });

  it('stores a new question, audits it and e-mails the agency liaison over SMTP', async () => {
    const res = await ask(
      c.asker,
      'Bostadsanvisning för stora familjer',
      'Hur hanterar ni familjer med åtta barn?',
    );
    expect(res.status).toBe(201);
    expect(res.body.question).toMatchObject({ status: 'new', version: 1, askerName: 'Astrid Frågare' });
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'question.ask'), eq(auditLog.entityId, res.body.question.id)));
    expect(audit).toHaveLength(1);
    await runDueJobs(mailDeps, jobHandlers);
    const mail = peer.received.filter((m) => m.envelopeTo.includes('kontakt@verket.example'));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe('Ny fråga i Frågenätverket: Bostadsanvisning för stora familjer');
    expect(mail[0]?.text).toContain('Frågeby kommun har ställt en fråga till er');
    expect(mail[0]?.text).toContain(`${t.deps.config.publicUrl}/fragor/${res.body.question.id}`);
    // Staff without the liaison role are not notified of every question.
    expect(peer.received.filter((m) => m.envelopeTo.includes('handlaggare@verket.example'))).toHaveLength(0);
  });

  it('asks the coordinator when addressed to the network owner', async () => {
    const res = await ask(c.asker, 'Fråga till samordnaren', 'När är nästa möte?', ids.owner);
    expect(res.status).toBe(201);
    expect(res.body.question.toCoordinator).toBe(true);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const before = (await getDb().db.select().from(questions)).length;
    const short = await c.asker.post<{ error: { code: string; details: { fields: { path: string }[] } } }>(
      base(),
      { addressedOrgId: ids.agency, title: 'x', body: '' },
    );
    expect(short.status).toBe(400);
    expect(short.body.error.details.fields.map((f) => f.path).sort()).toEqual(['body', 'title']);
    const notAgency = await ask(c.asker, 'Till en kommun?', 'Går det?', ids.askerOrg);
    expect(notAgency.status).toBe(400);
    expect(JSON.stringify(notAgency.body)).toContain('addressedOrgId');
    expect((await getDb().db.select().from(questions)).length).toBe(before);
  });

  it('lets viewers read but not ask, and hides the network from non-members', async () => {
    expect((await ask(c.viewer, 'Får jag fråga?')).status).toBe(403);
    expect((await ask(c.outsider, 'Får jag fråga?')).status).toBe(404);
    expect((await c.outsider.get(base())).status).toBe(404);
    expect((await c.outsider.get(`${base()}/similar?q=bostad`)).status).toBe(404);
  });
});

describe('visibility before the answer', () => {
  let id = '';
  beforeAll(async () => {
    id = (await ask(c.asker, 'Synlighetsfrågan om skolskjuts')).body.question.id;
  });

  it('shows the question to the asking and addressed organisations and to coordinators only', async () => {
    expect((await c.colleague.get(`/api/questions/${id}`)).status).toBe(200);
    expect((await c.liaison.get(`/api/questions/${id}`)).status).toBe(200);
    expect((await c.agencyStaff.get(`/api/questions/${id}`)).status).toBe(200);
    expect((await c.coordinator.get(`/api/questions/${id}`)).status).toBe(200);
    expect((await c.other.get(`/api/questions/${id}`)).status).toBe(404);
    expect((await c.outsider.get(`/api/questions/${id}`)).status).toBe(404);
  });

  it('lists it under "mine" for the asker org and in the inbox of the addressed org', async () => {
    const mine = await c.colleague.get<List>(base(), {});
    expect(mine.body.questions.some((q) => q.id === id)).toBe(false);
    const mineScope = await c.colleague.get<List>(`${base()}?scope=mine`);
    expect(mineScope.body.questions.some((q) => q.id === id)).toBe(true);
    expect(mineScope.body.hasInbox).toBe(false);
    const inbox = await c.liaison.get<List>(`${base()}?scope=inbox`);
    expect(inbox.body.hasInbox).toBe(true);
    expect(inbox.body.questions.some((q) => q.id === id)).toBe(true);
    const coordinatorInbox = await c.coordinator.get<List>(`${base()}?scope=inbox`);
    expect(coordinatorInbox.body.questions.some((q) => q.id === id)).toBe(true);
    const otherInbox = await c.other.get<List>(`${base()}?scope=inbox`);
    expect(otherInbox.body.questions).toEqual([]);
    const otherMine = await c.other.get<List>(`${base()}?scope=mine`);
    expect(otherMine.body.questions.some((q) => q.id === id)).toBe(false);
  });
});

describe('assign and answer', () => {
  let id = '';
  beforeAll(async () => {
    id = (await ask(c.asker, 'Barnomsorg under introduktionstiden', 'Har barnen rätt till förskola direkt?'))
      .body.question.id;
  });

  it('refuses assigning by the wrong role and to someone outside the addressed organisation', async () => {
    expect(
      (await c.asker.post(`/api/questions/${id}/assign`, { assigneeId: ids.person, version: 1 })).status,
    ).toBe(403);
    expect(
      (await c.agencyStaff.post(`/api/questions/${id}/assign`, { assigneeId: ids.person, version: 1 }))
        .status,
    ).toBe(403);
    const outsider = await c.liaison.post(`/api/questions/${id}/assign`, {
      assigneeId: (await c.asker.get<{ user: { id: string } }>('/api/auth/me')).body.user.id,
      version: 1,
    });
    expect(outsider.status).toBe(400);
    expect(JSON.stringify(outsider.body)).toContain('assignee_not_in_organisation');
  });

  it('lets the liaison assign to a person of the agency, who is told by e-mail', async () => {
    const detail = await c.liaison.get<Detail>(`/api/questions/${id}`);
    expect(detail.body.canAssign).toBe(true);
    expect(detail.body.assignees.map((a) => a.name)).toContain('Hanna Handläggare');
    const res = await c.liaison.post<Detail>(`/api/questions/${id}/assign`, {
      assigneeId: ids.person,
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.question).toMatchObject({
      status: 'assigned',
      version: 2,
      assigneeName: 'Hanna Handläggare',
    });
    await runDueJobs(mailDeps, jobHandlers);
    const mail = peer.received.filter((m) => m.envelopeTo.includes('handlaggare@verket.example'));
    expect(mail.map((m) => m.subject)).toEqual([
      'Du har fått en fråga att besvara: Barnomsorg under introduktionstiden',
    ]);
  });

  it('refuses an answer from the asker, and a stale version with 409 and the current question', async () => {
    expect(
      (await c.asker.post(`/api/questions/${id}/answer`, { answer: 'Själv', tags: [], version: 2 })).status,
    ).toBe(403);
    const stale = await c.agencyStaff.post<{
      error: { code: string; details: { current: { version: number } } };
    }>(`/api/questions/${id}/answer`, { answer: 'Ja.', tags: [], version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.details.current.version).toBe(2);
    const row = (await getDb().db.select().from(questions).where(eq(questions.id, id)))[0];
    expect(row?.answer).toBeNull();
  });

  it('publishes the assignee’s answer with normalised tags, indexes it and e-mails the asker', async () => {
    const res = await c.agencyStaff.post<Detail>(`/api/questions/${id}/answer`, {
      answer: 'Ja, barnen har rätt till förskola från första dagen i kommunen.',
      tags: ['Förskola', ' förskola ', 'Barnomsorg'],
      version: 2,
    });
    expect(res.status).toBe(200);
    expect(res.body.question).toMatchObject({
      status: 'answered',
      version: 3,
      tags: ['förskola', 'barnomsorg'],
    });
    expect(res.body.canEditTags).toBe(true);
    const doc = await getDb()
      .db.select()
      .from(searchDocuments)
      .where(and(eq(searchDocuments.kind, 'question'), eq(searchDocuments.entityId, id)));
    expect(doc[0]).toMatchObject({ networkId: ids.network, url: `/fragor/${id}`, audienceUserIds: null });
    expect(doc[0]?.body).toContain('förskola från första dagen');
    await runDueJobs(mailDeps, jobHandlers);
    const mail = peer.received.filter((m) => m.envelopeTo.includes('asker@fragby.example'));
    expect(mail.map((m) => m.subject)).toEqual([
      'Din fråga har besvarats: Barnomsorg under introduktionstiden',
    ]);
    expect(mail[0]?.text).toContain('Bosättningsverket har besvarat frågan');
  });

  it('shows the published Q&A to every member, without the asker’s name for the uninvolved', async () => {
    const list = await c.other.get<List>(base());
    expect(list.body.questions.map((q) => q.id)).toContain(id);
    const detail = await c.other.get<Detail>(`/api/questions/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.question.askerName).toBeNull();
    expect(detail.body).toMatchObject({ canAssign: false, canAnswer: false, canEditTags: false });
    const byTag = await c.other.get<List>(`${base()}?tag=F%C3%B6rskola`);
    expect(byTag.body.questions.map((q) => q.id)).toEqual([id]);
  });

  it('refuses to answer or assign again, and tag edits by others than the coordinator and answerer', async () => {
    const again = await c.liaison.post<{ error: { code: string } }>(`/api/questions/${id}/answer`, {
      answer: 'Nytt svar',
      tags: [],
      version: 3,
    });
    expect(again.status).toBe(403);
    const coordinator = await c.coordinator.post<{ error: { code: string } }>(`/api/questions/${id}/assign`, {
      assigneeId: ids.person,
      version: 3,
    });
    expect(coordinator.status).toBe(403);
    expect((await c.liaison.put(`/api/questions/${id}/tags`, { tags: ['x'], version: 3 })).status).toBe(403);
    expect((await c.asker.put(`/api/questions/${id}/tags`, { tags: ['x'], version: 3 })).status).toBe(403);
  });

  it('lets the coordinator edit the tags, audited and re-indexed', async () => {
    const res = await c.coordinator.put<Detail>(`/api/questions/${id}/tags`, {
      tags: ['förskola', 'introduktion'],
      version: 3,
    });
    expect(res.status).toBe(200);
    expect(res.body.question).toMatchObject({ tags: ['förskola', 'introduktion'], version: 4 });
    const audits = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.entityType, 'question')));
    expect(audits.map((a) => a.action).sort()).toEqual(
      ['question.answer', 'question.ask', 'question.assign', 'question.tags'].sort(),
    );
    const doc = await getDb().db.select().from(searchDocuments).where(eq(searchDocuments.entityId, id));
    expect(doc[0]?.body).toContain('introduktion');
  });

  it('refuses tags on an unanswered question', async () => {
    const open = (await ask(c.asker, 'Obesvarad fråga om tolk')).body.question;
    const res = await c.coordinator.put(`/api/questions/${open.id}/tags`, { tags: ['tolk'], version: 1 });
    expect(res.status).toBe(403);
  });

  it('lets the coordinator answer a question addressed to the coordinator directly from new', async () => {
    const q = (await ask(c.asker, 'Direktsvar från samordnaren', 'Kan vi få mallen?', ids.owner)).body
      .question;
    const res = await c.coordinator.post<Detail>(`/api/questions/${q.id}/answer`, {
      answer: 'Ja, den finns under mallar.',
      tags: [],
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.question.status).toBe('answered');
  });
});

describe('similar questions while typing', () => {
  interface Similar {
    suggestions: { id: string; title: string; answerExcerpt: string; tags: string[] }[];
  }

  it('finds published Q&A by an inflected Swedish word and by a half-typed word', async () => {
    const inflected = await c.other.get<Similar>(
      `${base()}/similar?q=${encodeURIComponent('barnomsorgen för nyanlända')}`,
    );
    expect(inflected.status).toBe(200);
    expect(inflected.body.suggestions.map((s) => s.title)).toContain('Barnomsorg under introduktionstiden');
    expect(inflected.body.suggestions[0]?.answerExcerpt).toContain('förskola');
    const partial = await c.other.get<Similar>(
      `${base()}/similar?q=${encodeURIComponent('introduktionsti')}`,
    );
    expect(partial.body.suggestions.map((s) => s.title)).toContain('Barnomsorg under introduktionstiden');
  });

  it('finds a misspelt title by trigrams', async () => {
    const res = await c.other.get<Similar>(
      `${base()}/similar?q=${encodeURIComponent('Barnomsorj under introduktionstiden')}`,
    );
    expect(res.body.suggestions.map((s) => s.title)).toContain('Barnomsorg under introduktionstiden');
  });

  it('suggests only published questions, and nothing for empty or operator-only input', async () => {
    const unpublished = await c.other.get<Similar>(`${base()}/similar?q=${encodeURIComponent('skolskjuts')}`);
    expect(unpublished.body.suggestions).toEqual([]);
    const empty = await c.other.get<Similar>(`${base()}/similar?q=${encodeURIComponent("& | ! ' :*")}`);
    expect(empty.status).toBe(200);
    expect(empty.body.suggestions).toEqual([]);
  });
});

describe('OpenAPI', () => {
  it('documents the question routes', async () => {
    const doc = await c.asker.get<{ paths: Record<string, unknown> }>('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/networks/{networkId}/questions',
        '/api/networks/{networkId}/questions/similar',
        '/api/questions/{id}/assign',
        '/api/questions/{id}/answer',
        '/api/questions/{id}/tags',
      ]),
    );
  });
});
