import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../core/reports/answers';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { users } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { jobs, mails, notifications } from '../../db/schema/messaging';
import { networkMembers } from '../../db/schema/registry';
import { jobHandlers, periodicTasks } from '../../jobs';
import type { AppDeps } from '../../platform/http';
import { runDueJobs } from '../../platform/jobs';
import { createMailer } from '../../platform/mail';
import { makeNetwork, makeOrg, makeReport, makeRound, makeTemplate, makeUser } from '../../testing/factories';
import { createTestApp } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { scheduleReminders } from './reminders.service';
import { type ReceivedMail, startSmtpPeer } from './smtp-test-peer';

const getDb = useTestDatabase();
let peer: Awaited<ReturnType<typeof startSmtpPeer>>;
let deps: AppDeps;
let now = new Date('2025-03-11T12:00:00Z');
const ids = { round: '', later: '', version: '', pending: '', filed: '', drafting: '', agency: '' };
const emails = { sv: 'rut.reporter@pending.example', en: 'alan.admin@pending.example' };

// Plain data, not the core fixtures: nothing here needs the schemas, only their shape.
const definition: TemplateDefinition = {
  areas: [{ key: 'ifo', label: { sv: 'IFO' }, impactMode: 'direct', commentRequiredFrom: null, figures: [] }],
  figures: [],
  texts: [],
};
const answers: Answers = {
  areas: { ifo: { impact: 1, criteria: null, comment: '' } },
  figures: {},
  texts: {},
};

beforeAll(async () => {
  peer = await startSmtpPeer();
  const t = createTestApp(getDb());
  deps = {
    ...t.deps,
    config: { ...t.deps.config, publicUrl: 'https://samla.example.se' },
    mailer: createMailer({ SMTP_URL: peer.url, MAIL_FROM: 'Samla <noreply@samla.example.se>' }),
    now: () => now,
  };
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association', name: 'Påminnelseförbundet' });
  const pending = await makeOrg(db, { name: 'Väntby kommun' });
  const filed = await makeOrg(db, { name: 'Klarby kommun' });
  const drafting = await makeOrg(db, { name: 'Utkastby kommun' });
  const agency = await makeOrg(db, { kind: 'agency', name: 'Verket' });
  Object.assign(ids, { pending: pending.id, filed: filed.id, drafting: drafting.id, agency: agency.id });
  const network = await makeNetwork(db, {
    ownerOrgId: owner.id,
    memberOrgIds: [pending.id, filed.id, drafting.id, agency.id],
    name: 'Påminnelsenätverket',
  });
  await db
    .update(networkMembers)
    .set({ reports: 0 })
    .where(and(eq(networkMembers.networkId, network.id), eq(networkMembers.orgId, agency.id)));

  await makeUser(db, { orgId: pending.id, roles: ['reporter'], email: emails.sv, name: 'Rut Reporter' });
  const en = await makeUser(db, {
    orgId: pending.id,
    roles: ['org_admin'],
    email: emails.en,
    name: 'Alan Admin',
  });
  await db.update(users).set({ locale: 'en' }).where(eq(users.id, en.id));
  await makeUser(db, { orgId: pending.id, roles: ['viewer'], email: 'vera.viewer@pending.example' });
  const gone = await makeUser(db, { orgId: pending.id, roles: ['reporter'], email: 'gone@pending.example' });
  await db.update(users).set({ isActive: false }).where(eq(users.id, gone.id));
  await makeUser(db, { orgId: filed.id, roles: ['reporter'], email: 'klar@filed.example' });
  await makeUser(db, { orgId: drafting.id, roles: ['reporter'], email: 'utkast@drafting.example' });
  await makeUser(db, { orgId: agency.id, roles: ['reporter'], email: 'verket@agency.example' });

  const { template, version } = await makeTemplate(db, {
    networkId: network.id,
    definition,
    name: 'Socialtjänstens lägesrapport',
  });
  const base = { networkId: network.id, templateId: template.id, templateVersionId: version.id };
  // Week 11 of 2025: opens Monday 08:00, due Wednesday 12:00 Stockholm time (CET, UTC+1).
  const round = await makeRound(db, {
    ...base,
    isoYear: 2025,
    isoWeek: 11,
    opensAt: new Date('2025-03-10T07:00:00Z'),
    deadlineAt: new Date('2025-03-12T11:00:00Z'),
  });
  // Due in more than 24 hours: not yet.
  const later = await makeRound(db, {
    ...base,
    kind: 'extra',
    isoYear: 2025,
    isoWeek: 11,
    opensAt: new Date('2025-03-10T07:00:00Z'),
    deadlineAt: new Date('2025-03-14T11:00:00Z'),
  });
  // Already past its deadline: never.
  await makeRound(db, {
    ...base,
    isoYear: 2025,
    isoWeek: 10,
    opensAt: new Date('2025-03-03T07:00:00Z'),
    deadlineAt: new Date('2025-03-05T11:00:00Z'),
  });
  ids.round = round.id;
  ids.later = later.id;
  ids.version = version.id;
  const report = { roundId: round.id, templateVersionId: version.id, answers };
  await makeReport(db, { ...report, orgId: filed.id, status: 'submitted' });
  await makeReport(db, { ...report, orgId: drafting.id, status: 'draft' });
});

afterAll(async () => {
  await peer?.close();
});

/** One worker pass: the reminder task (the other periodic tasks are not under test here), then the jobs. */
async function pass() {
  await scheduleReminders(deps);
  await runDueJobs(deps, jobHandlers);
}

function mailsTo(address: string): ReceivedMail[] {
  return peer.received.filter((m) => m.envelopeTo.includes(address));
}

describe('reminders before the deadline', () => {
  it('is registered as a periodic task', () => {
    expect(periodicTasks).toContain(scheduleReminders);
  });

  it('e-mails reporters and admins of organisations that have not filed, over real SMTP', async () => {
    await pass();
    const sv = mailsTo(emails.sv);
    expect(sv).toHaveLength(1);
    expect(sv[0]?.to).toContain(emails.sv);
    expect(sv[0]?.from).toContain('noreply@samla.example.se');
    expect(sv[0]?.subject).toBe(
      'Påminnelse: lägesrapporten för Socialtjänstens lägesrapport, vecka 11 2025 ska in senast onsdag 12 mars 2025 kl. 12:00',
    );
    expect(sv[0]?.text).toContain('Hej Rut Reporter');
    expect(sv[0]?.text).toContain('Väntby kommun har ännu inte lämnat');
    expect(sv[0]?.text).toContain('onsdag 12 mars 2025 kl. 12:00');
    expect(sv[0]?.text).toContain(`https://samla.example.se/rapporter/${ids.round}`);

    const en = mailsTo(emails.en);
    expect(en).toHaveLength(1);
    expect(en[0]?.subject).toContain('Reminder: the situation report');
    expect(en[0]?.text).toContain('Wednesday 12 March 2025 at 12:00');
    expect(en[0]?.text).toContain(`https://samla.example.se/rapporter/${ids.round}`);
  });

  it('reminds an organisation with only a draft, not one that has filed, nor viewers, inactive users or non-reporting members', async () => {
    expect(mailsTo('utkast@drafting.example')).toHaveLength(1);
    expect(mailsTo('klar@filed.example')).toHaveLength(0);
    expect(mailsTo('vera.viewer@pending.example')).toHaveLength(0);
    expect(mailsTo('gone@pending.example')).toHaveLength(0);
    expect(mailsTo('verket@agency.example')).toHaveLength(0);
    expect(peer.received).toHaveLength(3);
  });

  it('creates an in-app notice per recipient pointing at the report', async () => {
    const rows = await getDb()
      .db.select({ email: users.email, kind: notifications.kind, payload: notifications.payload })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.kind, 'reminder'));
    expect(rows.map((r) => r.email).sort()).toEqual([emails.en, emails.sv, 'utkast@drafting.example'].sort());
    expect(rows[0]?.payload).toMatchObject({
      roundId: ids.round,
      link: `/rapporter/${ids.round}`,
      deadlineAt: '2025-03-12T11:00:00.000Z',
      networkName: 'Påminnelsenätverket',
    });
  });

  it('sends exactly one reminder per organisation however many passes run', async () => {
    await pass();
    await pass();
    expect(peer.received).toHaveLength(3);
    const reminderJobs = await getDb().db.select().from(jobs).where(eq(jobs.kind, 'reminder.send'));
    expect(reminderJobs.map((j) => j.uniqueKey).sort()).toEqual(
      [`reminder:${ids.round}:${ids.pending}`, `reminder:${ids.round}:${ids.drafting}`].sort(),
    );
    const audits = await getDb().db.select().from(auditLog).where(eq(auditLog.action, 'reminder.send'));
    expect(audits).toHaveLength(2);
    const sent = await getDb().db.select().from(mails).where(eq(mails.status, 'sent'));
    expect(sent.length).toBeGreaterThanOrEqual(3);
  });

  it('reminds for a later round once it comes within the window, skipping who filed meanwhile', async () => {
    await makeReport(getDb().db, {
      roundId: ids.later,
      orgId: ids.pending,
      templateVersionId: ids.version,
      answers,
      status: 'submitted',
    });
    now = new Date('2025-03-13T12:00:00Z');
    await pass();
    expect(mailsTo(emails.sv)).toHaveLength(1);
    expect(mailsTo('utkast@drafting.example')).toHaveLength(2);
    expect(mailsTo('utkast@drafting.example')[1]?.text).toContain('fredag 14 mars 2025 kl. 12:00');
  });
});
