import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { consultationRecipients } from '../../db/schema/consultations';
import { jobs } from '../../db/schema/messaging';
import { searchDocuments } from '../../db/schema/search';
import { jobHandlers, periodicTasks } from '../../jobs';
import { readPdf } from '../../platform/export/pdf-inspect';
import type { AppDeps } from '../../platform/http';
import { runDueJobs } from '../../platform/jobs';
import { createMailer } from '../../platform/mail';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { calendarSources } from '../calendar/calendar-sources';
import { type ReceivedMail, startSmtpPeer } from '../reminders/smtp-test-peer';
import { scheduleConsultationReminders } from './consultation-reminders';
import { consultationsCalendarSource } from './consultations-calendar-source';

const getDb = useTestDatabase();
let t: TestApp;
let peer: Awaited<ReturnType<typeof startSmtpPeer>>;
let smtpDeps: AppDeps;
let now = new Date('2026-11-23T10:00:00Z');
const ids = { network: '', other: '', a: '', b: '', c: '', agency: '', document: '', consultation: '' };
type Who = 'coordinator' | 'reporterA' | 'adminB' | 'reporterC' | 'viewerA' | 'outsider' | 'otherCoordinator';
const as = {} as Record<Who, TestClient>;
const logins = {} as Record<Who, string>;

/** Sessions lapse when the clock jumps days ahead: sign everyone in again at the new time. */
async function signInAll() {
  for (const [key, email] of Object.entries(logins)) as[key as Who] = await t.signIn(email, TEST_PASSWORD);
}

async function setClock(at: Date) {
  now = at;
  t.setNow(at);
  await signInAll();
}
const emails = { a: 'anna@a.example', aEn: 'alex@a.example', b: 'bo@b.example', c: 'cilla@c.example' };

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function upload(client: TestClient, networkId: string, filename: string, visibility = 'network') {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(pdf)], filename));
  form.set('visibility', visibility);
  const res = await client.raw(`/api/networks/${networkId}/attachments`, { method: 'POST', body: form });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

interface Answer {
  orgId: string;
  orgName: string;
  status: string;
  text: string;
  version: number;
  attachment: { id: string; filename: string } | null;
}
interface Detail {
  id: string;
  isOpen: boolean;
  canAnswer: boolean;
  isCoordinator: boolean;
  myStatus: string | null;
  myAnswer: Answer | null;
  answers: Answer[] | null;
  counts: { comments: number; noComments: number; notAnswered: number } | null;
  deadline: string;
  deadlineChanges: number;
  attachment: { id: string; filename: string };
}

const detail = async (client: TestClient, id = ids.consultation) =>
  client.get<Detail>(`/api/consultations/${id}`);
const answer = (client: TestClient, body: Record<string, unknown>, id = ids.consultation) =>
  client.put<{ error?: { code: string; details: Record<string, unknown> } } & Answer>(
    `/api/consultations/${id}/answer`,
    body,
  );

function send(client: TestClient, body: Record<string, unknown>, networkId = ids.network) {
  return client.post<{
    id: string;
    error?: { code: string; details: { fields?: { path: string; code: string }[] } };
  }>(`/api/networks/${networkId}/consultations`, {
    title: 'Remiss: Regional plan för mottagande 2027',
    description: 'Synpunkter på förslaget till regional plan.',
    attachmentId: ids.document,
    deadline: '2026-12-04',
    orgIds: [ids.a, ids.b],
    ...body,
  });
}

beforeAll(async () => {
  const db = getDb().db;
  t = createTestApp(getDb(), { now });
  t.setNow(now);
  peer = await startSmtpPeer();
  smtpDeps = {
    ...t.deps,
    config: { ...t.deps.config, publicUrl: 'https://samla.example.se' },
    mailer: createMailer({ SMTP_URL: peer.url, MAIL_FROM: 'Samla <noreply@samla.example.se>' }),
    now: () => now,
  };
  const owner = await makeOrg(db, { kind: 'association', name: 'Remissförbundet' });
  const a = await makeOrg(db, { name: 'Aby kommun', code: '9001' });
  const b = await makeOrg(db, { name: 'Bestad kommun', code: '9002' });
  const c = await makeOrg(db, { name: 'Cerum kommun', code: '9003' });
  const agency = await makeOrg(db, { kind: 'agency', name: 'Verket' });
  const outside = await makeOrg(db, { name: 'Utanby kommun' });
  const otherOwner = await makeOrg(db, { kind: 'association', name: 'Annat förbund' });
  Object.assign(ids, { a: a.id, b: b.id, c: c.id, agency: agency.id });
  ids.network = (
    await makeNetwork(db, {
      ownerOrgId: owner.id,
      memberOrgIds: [a.id, b.id, c.id, agency.id],
      name: 'Remissnätverket',
    })
  ).id;
  ids.other = (await makeNetwork(db, { ownerOrgId: otherOwner.id, memberOrgIds: [outside.id] })).id;
  const people: Record<Who, Awaited<ReturnType<typeof makeUser>>> = {
    coordinator: await makeUser(db, {
      orgId: owner.id,
      roles: ['coordinator'],
      email: 'samordnare@owner.example',
    }),
    reporterA: await makeUser(db, { orgId: a.id, roles: ['reporter'], email: emails.a, name: 'Anna Aby' }),
    adminB: await makeUser(db, { orgId: b.id, roles: ['org_admin'], email: emails.b, name: 'Bo Bestad' }),
    reporterC: await makeUser(db, { orgId: c.id, roles: ['reporter'], email: emails.c }),
    viewerA: await makeUser(db, { orgId: a.id, roles: ['viewer'], email: 'viewer@a.example' }),
    outsider: await makeUser(db, { orgId: outside.id, roles: ['reporter'] }),
    otherCoordinator: await makeUser(db, { orgId: otherOwner.id, roles: ['coordinator'] }),
  };
  const en = await makeUser(db, { orgId: a.id, roles: ['org_admin'], email: emails.aEn, name: 'Alex Aby' });
  await db.update(users).set({ locale: 'en' }).where(eq(users.id, en.id));
  for (const [key, user] of Object.entries(people)) logins[key as Who] = user.email;
  await signInAll();
  ids.document = await upload(as.coordinator, ids.network, 'Regional plan – förslag.pdf');
});

afterAll(async () => {
  await peer?.close();
});

function mailsTo(address: string, subjectStart: string): ReceivedMail[] {
  return peer.received.filter((m) => m.envelopeTo.includes(address) && m.subject.startsWith(subjectStart));
}

describe('sending a consultation', () => {
  it('is refused to reporters, non-members and coordinators of other networks', async () => {
    expect((await send(as.reporterA, {})).status).toBe(403);
    expect((await send(as.outsider, {})).status).toBe(404);
    expect((await send(as.otherCoordinator, {})).status).toBe(404);
  });

  it('refuses bad input precisely and stores nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ orgIds: [ids.a, (await makeOrg(getDb().db)).id] }, 'orgIds', 'not_network_member'],
      [{ deadline: '2026-11-22' }, 'deadline', 'deadline_in_past'],
      [{ deadline: '2026-02-30' }, 'deadline', 'invalid_date'],
      [{ title: '' }, 'title', 'too_small'],
      [{ orgIds: [] }, 'orgIds', 'too_small'],
    ];
    for (const [body, path, code] of cases) {
      const res = await send(as.coordinator, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error?.details.fields).toContainEqual(expect.objectContaining({ path, code }));
    }
    // A document from another network cannot be sent here.
    const foreign = await upload(as.otherCoordinator, ids.other, 'annan.pdf');
    const res = await send(as.coordinator, { attachmentId: foreign });
    expect(res.status).toBe(400);
    expect(res.body.error?.details.fields).toContainEqual(expect.objectContaining({ path: 'attachmentId' }));
    // Nor a private file, which the addressed organisations could not open.
    const hidden = await upload(as.coordinator, ids.network, 'intern.pdf', 'private');
    const privateDoc = await send(as.coordinator, { attachmentId: hidden });
    expect(privateDoc.status).toBe(400);
    expect(privateDoc.body.error?.details.fields).toContainEqual(
      expect.objectContaining({ path: 'attachmentId' }),
    );
    expect(
      (await as.coordinator.get<{ consultations: unknown[] }>('/api/consultations')).body.consultations,
    ).toEqual([]);
  });

  it('sends it to the chosen organisations: audited, searchable, and e-mailed to who answers', async () => {
    const res = await send(as.coordinator, {});
    expect(res.status).toBe(201);
    ids.consultation = res.body.id;
    const db = getDb().db;
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, ids.consultation));
    expect(audit.map((a) => a.action)).toEqual(['consultation.send']);
    const docs = await db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.entityId, ids.consultation));
    expect(docs[0]).toMatchObject({ kind: 'consultation', url: `/remisser/${ids.consultation}` });
    await runDueJobs(smtpDeps, jobHandlers);
    const sv = mailsTo(emails.a, 'Remiss:');
    expect(sv).toHaveLength(1);
    expect(sv[0]?.subject).toBe(
      'Remiss: Remiss: Regional plan för mottagande 2027 – svara senast fredag 4 december 2026',
    );
    expect(sv[0]?.text).toContain(`${t.deps.config.publicUrl}/remisser/${ids.consultation}`);
    expect(mailsTo(emails.aEn, 'Consultation:')[0]?.text).toContain('Friday 4 December 2026');
    expect(mailsTo(emails.b, 'Remiss:')).toHaveLength(1);
    expect(mailsTo(emails.c, 'Remiss:')).toHaveLength(0);
    expect(mailsTo('viewer@a.example', 'Remiss:')).toHaveLength(0);
  });

  it('shows it to network members, the own organisation’s part first, and hides it from others', async () => {
    const list = await as.reporterA.get<{
      consultations: { id: string; myStatus: string | null; isOpen: boolean }[];
    }>('/api/consultations?state=open');
    expect(list.body.consultations).toEqual([
      expect.objectContaining({ id: ids.consultation, myStatus: 'not_answered', isOpen: true }),
    ]);
    const c = await as.reporterC.get<{ consultations: { myStatus: string | null }[] }>('/api/consultations');
    expect(c.body.consultations[0]?.myStatus).toBeNull();
    expect(
      (await as.reporterA.get<{ consultations: unknown[] }>('/api/consultations?state=closed')).body
        .consultations,
    ).toEqual([]);
    expect(
      (await as.outsider.get<{ consultations: unknown[] }>('/api/consultations')).body.consultations,
    ).toEqual([]);
    expect((await detail(as.outsider)).status).toBe(404);
    expect((await as.outsider.raw(`/api/attachments/${ids.document}`, {})).status).toBe(404);
    const mine = await detail(as.reporterA);
    expect(mine.body).toMatchObject({ canAnswer: true, isCoordinator: false, answers: null, counts: null });
    expect(mine.body.attachment.filename).toBe('Regional plan – förslag.pdf');
    expect((await detail(as.reporterC)).body.canAnswer).toBe(false);
    expect((await detail(as.viewerA)).body.canAnswer).toBe(false);
  });
});

describe('answering', () => {
  it('lets only reporters and admins of addressed organisations answer', async () => {
    const body = { kind: 'no_comments', version: 0 };
    expect((await answer(as.reporterC, body)).status).toBe(403);
    expect((await answer(as.viewerA, body)).status).toBe(403);
    expect((await answer(as.coordinator, body)).status).toBe(403);
    expect((await answer(as.outsider, body)).status).toBe(404);
  });

  it('takes "inga synpunkter" in one action', async () => {
    const res = await answer(as.adminB, { kind: 'no_comments', version: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ orgId: ids.b, status: 'no_comments', text: '', version: 1 });
  });

  it('takes comments with a private attachment, and asks for something when the answer is empty', async () => {
    const empty = await answer(as.reporterA, { kind: 'comments', text: '  ', version: 0 });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.details.fields).toContainEqual(
      expect.objectContaining({ code: 'answer_required' }),
    );
    // Another organisation's file cannot be passed off as one's own.
    const notOurs = await upload(as.adminB, ids.network, 'b.pdf', 'network');
    expect(
      (await answer(as.reporterA, { kind: 'comments', text: 'x', attachmentId: notOurs, version: 0 })).status,
    ).toBe(400);

    const file = await upload(as.reporterA, ids.network, 'Yttrande Aby.pdf', 'private');
    const res = await answer(as.reporterA, {
      kind: 'comments',
      text: 'Aby kommun tillstyrker förslaget men vill se en tydligare tidsplan.',
      attachmentId: file,
      version: 0,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'comments',
      version: 1,
      attachment: { filename: 'Yttrande Aby.pdf' },
    });
    expect((await as.adminB.raw(`/api/attachments/${file}`, {})).status).toBe(404);
    expect((await as.coordinator.raw(`/api/attachments/${file}`, {})).status).toBe(200);
  });

  it('lets an answer be revised, and never silently overwrites a colleague’s save', async () => {
    const revised = await answer(as.reporterA, {
      kind: 'comments',
      text: 'Reviderat: vi tillstyrker.',
      version: 1,
    });
    expect(revised.status).toBe(200);
    expect(revised.body.version).toBe(2);
    const stale = await answer(as.reporterA, { kind: 'no_comments', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('version_conflict');
    expect(stale.body.error?.details.current).toMatchObject({
      text: 'Reviderat: vi tillstyrker.',
      version: 2,
    });
    const audits = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ids.consultation), eq(auditLog.action, 'consultation.answer.revise')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.before).toMatchObject({ kind: 'comments', version: 1 });
  });

  it('shows the coordinator the compiled answers', async () => {
    const res = await detail(as.coordinator);
    expect(res.body.counts).toEqual({ comments: 1, noComments: 1, notAnswered: 0 });
    expect(res.body.answers?.map((a) => [a.orgName, a.status])).toEqual([
      ['Aby kommun', 'comments'],
      ['Bestad kommun', 'no_comments'],
    ]);
    expect((await detail(as.reporterA)).body.myAnswer).toMatchObject({ status: 'comments', version: 2 });
  });
});

describe('the deadline', () => {
  it('closes answers at the end of the day in Swedish time, then reopens when the coordinator extends it', async () => {
    await setClock(new Date('2026-12-04T22:59:00Z'));
    expect((await detail(as.reporterA)).body.isOpen).toBe(true);
    now = new Date('2026-12-04T23:00:00Z');
    t.setNow(now);
    const late = await answer(as.reporterA, { kind: 'no_comments', version: 2 });
    expect(late.status).toBe(422);
    expect(late.body.error?.code).toBe('consultation_closed');
    expect((await detail(as.reporterA)).body).toMatchObject({ isOpen: false, canAnswer: false });
    const closed = await as.reporterA.get<{ consultations: { id: string }[] }>(
      '/api/consultations?state=closed',
    );
    expect(closed.body.consultations.map((c) => c.id)).toEqual([ids.consultation]);

    expect(
      (
        await as.reporterA.patch(`/api/consultations/${ids.consultation}/deadline`, {
          deadline: '2026-12-11',
        })
      ).status,
    ).toBe(403);
    const reopened = await as.coordinator.patch<Detail>(`/api/consultations/${ids.consultation}/deadline`, {
      deadline: '2026-12-11',
      version: 0,
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ isOpen: true, deadline: '2026-12-11', deadlineChanges: 1 });
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ids.consultation), eq(auditLog.action, 'consultation.reopen')));
    expect(audit[0]?.before).toMatchObject({ deadline: '2026-12-04' });
    expect(audit[0]?.after).toMatchObject({ deadline: '2026-12-11' });
    const lateAnswer = await answer(as.reporterA, {
      kind: 'comments',
      text: 'Sent svar efter förlängningen.',
      version: 2,
    });
    expect(lateAnswer.status).toBe(200);
    await setClock(new Date('2026-11-23T10:00:00Z'));
  });

  it('puts the end date in the network calendar, with a raised sequence after the change', async () => {
    expect(calendarSources).toContain(consultationsCalendarSource);
    const entries = await consultationsCalendarSource(getDb().db, {
      networkIds: [ids.network],
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2027-01-01T00:00:00Z'),
    });
    expect(entries).toEqual([
      expect.objectContaining({
        uid: `consultation-deadline-${ids.consultation}@samla`,
        kind: 'consultation_deadline',
        allDay: true,
        sequence: 1,
        start: new Date('2026-12-10T23:00:00Z'),
        path: `/remisser/${ids.consultation}`,
      }),
    ]);
    const none = await consultationsCalendarSource(getDb().db, {
      networkIds: [ids.other],
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2027-01-01T00:00:00Z'),
    });
    expect(none).toEqual([]);
  });
});

describe('reminders', () => {
  it('e-mails unanswered organisations 3 days and 1 day before, each once, over real SMTP', async () => {
    expect(periodicTasks).toContain(scheduleConsultationReminders);
    const res = await send(as.coordinator, {
      title: 'Snabbremiss om boendeplatser',
      orgIds: [ids.a, ids.b, ids.c],
      deadline: '2026-11-30',
    });
    expect(res.status).toBe(201);
    const id = res.body.id;
    await answer(as.adminB, { kind: 'no_comments', version: 0 }, id);
    const pass = async (at: string) => {
      now = new Date(at);
      t.setNow(now);
      for (const task of periodicTasks) await task(smtpDeps);
      await runDueJobs(smtpDeps, jobHandlers);
    };
    const reminders = (address: string) =>
      mailsTo(address, 'Påminnelse: remissen Snabbremiss').concat(
        mailsTo(address, 'Reminder: the consultation Snabbremiss'),
      );

    await pass('2026-11-26T12:00:00Z'); // more than 3 days before
    expect(reminders(emails.a)).toHaveLength(0);
    await pass('2026-11-27T23:30:00Z'); // within 3 days (deadline ends 2026-11-30 23:00 UTC)
    await pass('2026-11-28T08:00:00Z');
    expect(reminders(emails.a)).toHaveLength(1);
    expect(reminders(emails.a)[0]?.subject).toBe(
      'Påminnelse: remissen Snabbremiss om boendeplatser ska besvaras senast måndag 30 november 2026',
    );
    expect(reminders(emails.aEn)[0]?.text).toContain('Monday 30 November 2026');
    expect(reminders(emails.c)).toHaveLength(1);
    expect(reminders(emails.b)).toHaveLength(0);

    await signInAll();
    expect((await answer(as.reporterC, { kind: 'no_comments', version: 0 }, id)).status).toBe(200);
    await pass('2026-11-30T08:00:00Z'); // the last day
    await pass('2026-11-30T20:00:00Z');
    expect(reminders(emails.a)).toHaveLength(2);
    expect(reminders(emails.c)).toHaveLength(1);
    await pass('2026-12-01T08:00:00Z'); // after the deadline
    expect(reminders(emails.a)).toHaveLength(2);

    const keys = await getDb()
      .db.select({ key: jobs.uniqueKey })
      .from(jobs)
      .where(eq(jobs.kind, 'consultation.reminder'));
    expect(
      keys
        .map((k) => k.key)
        .filter((k) => k?.includes(id))
        .sort(),
    ).toEqual(
      [
        `consultation-reminder:${id}:${ids.a}:2026-11-30:1`,
        `consultation-reminder:${id}:${ids.a}:2026-11-30:3`,
        `consultation-reminder:${id}:${ids.c}:2026-11-30:3`,
      ].sort(),
    );
    await setClock(new Date('2026-11-23T10:00:00Z'));
  });
});

describe('exports of the compiled answers', () => {
  it('gives the coordinator an XLSX workbook that reads back with every organisation', async () => {
    const res = await as.coordinator.raw(`/api/consultations/${ids.consultation}/answers.xlsx`, {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'remissvar-remiss-regional-plan-for-mottagande-2027.xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows: unknown[][] = [];
    book.getWorksheet('Remissvar')?.eachRow((row) => {
      rows.push(Array.isArray(row.values) ? row.values.slice(1, 5) : []);
    });
    expect(rows).toEqual([
      ['Organisation', 'Kod', 'Svar', 'Synpunkter'],
      ['Aby kommun', '9001', 'Har lämnat synpunkter', 'Sent svar efter förlängningen.'],
      ['Bestad kommun', '9002', 'Inga synpunkter', undefined],
    ]);
  });

  it('gives the coordinator a PDF with the answers and who has not answered', async () => {
    const second = await detail(as.coordinator);
    expect(second.body.counts?.notAnswered).toBe(0);
    // The reminder consultation still has one organisation without an answer.
    const list = await as.coordinator.get<{ consultations: { id: string; title: string }[] }>(
      '/api/consultations',
    );
    const quick = list.body.consultations.find((c) => c.title.startsWith('Snabbremiss'));
    const res = await as.coordinator.raw(`/api/consultations/${quick?.id}/answers.pdf`, {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = readPdf(new Uint8Array(await res.arrayBuffer())).text;
    expect(text).toContain('Snabbremiss om boendeplatser');
    expect(text).toContain('Aby kommun');
    expect(text).toContain('Har inte svarat');
    expect(text).toContain('Inga synpunkter');
    expect(text).toContain(
      '3 organisationer fick remissen: 0 har lämnat synpunkter, 2 har inga synpunkter och 1 har inte svarat.',
    );
  });

  it('is refused to everyone but the coordinators', async () => {
    expect((await as.reporterA.raw(`/api/consultations/${ids.consultation}/answers.pdf`, {})).status).toBe(
      403,
    );
    expect((await as.outsider.raw(`/api/consultations/${ids.consultation}/answers.xlsx`, {})).status).toBe(
      404,
    );
  });

  it('keeps one recipient row per addressed organisation', async () => {
    const rows = await getDb()
      .db.select()
      .from(consultationRecipients)
      .where(eq(consultationRecipients.consultationId, ids.consultation));
    expect(rows.map((r) => r.orgId).sort()).toEqual([ids.a, ids.b].sort());
  });
});

describe('OpenAPI', () => {
  it('documents the consultation and attachment routes with their schemas', async () => {
    const doc = await t
      .anonymous()
      .get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(doc.status).toBe(200);
    const paths = doc.body.paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/consultations',
        '/api/consultations/{id}',
        '/api/consultations/{id}/answer',
        '/api/consultations/{id}/deadline',
        '/api/consultations/{id}/answers.pdf',
        '/api/consultations/{id}/answers.xlsx',
        '/api/networks/{networkId}/consultations',
        '/api/networks/{networkId}/attachments',
        '/api/attachments/{id}',
      ]),
    );
    expect(JSON.stringify(paths['/api/consultations/{id}/answer'])).toContain('ConsultationAnswerInput');
  });
});
