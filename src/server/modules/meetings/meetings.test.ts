import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { actionItems, meetings, minutesVersions } from '../../db/schema/meetings';
import { mails } from '../../db/schema/messaging';
import { searchDocuments } from '../../db/schema/search';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { collectCalendarEntries } from '../calendar/calendar-sources';
import { meetingsCalendarSource } from './meetings-calendar-source';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-19T10:00:00Z');
let t: TestApp;
let coordinator: TestClient;
let reporter: TestClient;
let otherMember: TestClient;
let outsider: TestClient;
let networkId: string;
let memberOrgId: string;
let otherOrgId: string;
let reporterUserId: string;
let strangerOrgId: string;
let outsiderNetworkId: string;

interface Detail {
  meeting: {
    id: string;
    version: number;
    sequence: number;
    status: string;
    minutesStatus: string;
    minutesVersion: number;
    title: string;
  };
  agenda: { id: string; topic: string; position: number; minutes: string | null }[];
  attendance: { orgId: string; personName: string; status: string }[];
  minutesVisible: boolean;
  decisions: { id: string; text: string }[];
  actions: {
    id: string;
    text: string;
    status: string;
    version: number;
    overdue: boolean;
    ownerOrgId: string | null;
  }[];
  followUp: { id: string; text: string; overdue: boolean; meetingTitle: string }[];
  history: { version: number; kind: string; reason: string; content: { decisions: { text: string }[] } }[];
  canManage: boolean;
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string; code: string }[]; current?: Detail } };
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const member = await makeOrg(db);
  const other = await makeOrg(db);
  const stranger = await makeOrg(db, { kind: 'association' });
  memberOrgId = member.id;
  otherOrgId = other.id;
  strangerOrgId = stranger.id;
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [member.id, other.id] })).id;
  outsiderNetworkId = (await makeNetwork(db, { ownerOrgId: stranger.id })).id;
  const coordinatorUser = await makeUser(db, { orgId: owner.id, roles: ['coordinator'] });
  const reporterUser = await makeUser(db, { orgId: member.id, roles: ['reporter'] });
  reporterUserId = reporterUser.id;
  const otherUser = await makeUser(db, { orgId: other.id, roles: ['reporter'] });
  const outsiderUser = await makeUser(db, { orgId: stranger.id, roles: ['coordinator'] });
  coordinator = await t.signIn(coordinatorUser.email, TEST_PASSWORD);
  reporter = await t.signIn(reporterUser.email, TEST_PASSWORD);
  otherMember = await t.signIn(otherUser.email, TEST_PASSWORD);
  outsider = await t.signIn(outsiderUser.email, TEST_PASSWORD);
});

const base = {
  title: 'Veckomöte mottagande',
  kind: 'meeting',
  startsAt: '2026-03-23T09:00:00+01:00',
  endsAt: '2026-03-23T10:00:00+01:00',
  place: 'GR, Anders Personsgatan 8',
  videoUrl: 'https://teams.example/mote',
};

async function create(over: Partial<typeof base> = {}) {
  const res = await coordinator.post<Detail>(`/api/networks/${networkId}/meetings`, { ...base, ...over });
  expect(res.status).toBe(201);
  return res.body;
}

async function addItem(d: Detail, topic: string) {
  const res = await coordinator.post<Detail>(`/api/meetings/${d.meeting.id}/agenda-items`, {
    version: d.meeting.version,
    topic,
    presenterName: 'Anna Exempel',
    presenterOrgId: memberOrgId,
    slotStart: '09:00',
    slotEnd: '09:20',
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function count(table: typeof meetings | typeof actionItems) {
  return (await getDb().db.select().from(table)).length;
}

describe('creating and changing meetings', () => {
  it('creates a meeting for a coordinator, audited', async () => {
    const d = await create();
    expect(d.meeting).toMatchObject({ title: base.title, status: 'planned', sequence: 0, version: 1 });
    expect(d.canManage).toBe(true);
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting.create'), eq(auditLog.entityId, d.meeting.id)));
    expect(audit).toHaveLength(1);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const before = await count(meetings);
    const res = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/meetings`, {
      ...base,
      endsAt: '2026-03-23T08:00:00+01:00',
      place: '',
      videoUrl: '',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields?.map((f) => [f.path, f.code])).toEqual([
      ['endsAt', 'ends_before_start'],
      ['place', 'place_or_video_required'],
    ]);
    const bad = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/meetings`, {
      ...base,
      title: '',
      videoUrl: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields?.map((f) => f.path).sort()).toEqual(['title', 'videoUrl']);
    expect(await count(meetings)).toBe(before);
  });

  it('does not let a reporter create, and hides the network from non-members', async () => {
    const before = await count(meetings);
    expect((await reporter.post(`/api/networks/${networkId}/meetings`, base)).status).toBe(403);
    expect((await outsider.post(`/api/networks/${networkId}/meetings`, base)).status).toBe(404);
    expect(await count(meetings)).toBe(before);
  });

  it('raises the sequence on time, place or title changes, not on the kind', async () => {
    const d = await create();
    const kind = await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}`, {
      ...base,
      kind: 'webinar',
      version: 1,
    });
    expect(kind.body.meeting).toMatchObject({ sequence: 0, version: 2 });
    const moved = await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}`, {
      ...base,
      kind: 'webinar',
      startsAt: '2026-03-23T13:00:00+01:00',
      endsAt: '2026-03-23T14:00:00+01:00',
      version: 2,
    });
    expect(moved.body.meeting).toMatchObject({ sequence: 1, version: 3 });
    const cancelled = await coordinator.post<Detail>(`/api/meetings/${d.meeting.id}/cancel`, { version: 3 });
    expect(cancelled.body.meeting).toMatchObject({ status: 'cancelled', sequence: 2, version: 4 });
    const again = await coordinator.post<ErrorBody>(`/api/meetings/${d.meeting.id}/cancel`, { version: 4 });
    expect(again.status).toBe(422);
  });

  it('answers 409 with the current state on a stale version and changes nothing', async () => {
    const d = await create();
    await coordinator.put(`/api/meetings/${d.meeting.id}`, { ...base, title: 'Ny titel', version: 1 });
    const stale = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}`, {
      ...base,
      title: 'Annan titel',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.details.current?.meeting.title).toBe('Ny titel');
    const read = await coordinator.get<Detail>(`/api/meetings/${d.meeting.id}`);
    expect(read.body.meeting).toMatchObject({ title: 'Ny titel', version: 2 });
  });

  it('lists meetings across my networks, upcoming and past', async () => {
    const upcoming = await reporter.get<{
      meetings: { id: string; startsAt: string }[];
      networks: { id: string }[];
    }>('/api/meetings?when=upcoming');
    expect(upcoming.status).toBe(200);
    expect(upcoming.body.networks.map((n) => n.id)).toEqual([networkId]);
    expect(upcoming.body.meetings.length).toBeGreaterThan(0);
    const past = await reporter.get<{ meetings: unknown[] }>(
      `/api/meetings?when=past&networkId=${networkId}`,
    );
    expect(past.body.meetings).toHaveLength(0);
    expect((await outsider.get(`/api/meetings?networkId=${networkId}`)).status).toBe(404);
    const theirs = await outsider.get<{ meetings: unknown[] }>('/api/meetings');
    expect(theirs.body.meetings).toHaveLength(0);
  });
});

describe('agenda and attendance', () => {
  it('adds, edits, reorders and removes agenda items', async () => {
    let d = await create();
    d = await addItem(d, 'Läget i kommunerna');
    d = await addItem(d, 'Boende');
    d = await addItem(d, 'Övrigt');
    expect(d.agenda.map((i) => i.topic)).toEqual(['Läget i kommunerna', 'Boende', 'Övrigt']);
    const ids = d.agenda.map((i) => i.id);
    const reordered = await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}/agenda-order`, {
      version: d.meeting.version,
      itemIds: [ids[1], ids[0], ids[2]],
    });
    expect(reordered.body.agenda.map((i) => [i.topic, i.position])).toEqual([
      ['Boende', 1],
      ['Läget i kommunerna', 2],
      ['Övrigt', 3],
    ]);
    const incomplete = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}/agenda-order`, {
      version: reordered.body.meeting.version,
      itemIds: [ids[0]],
    });
    expect(incomplete.status).toBe(400);
    const edited = await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}/agenda-items/${ids[2]}`, {
      version: reordered.body.meeting.version,
      topic: 'Övriga frågor',
    });
    expect(edited.body.agenda[2]?.topic).toBe('Övriga frågor');
    const removed = await coordinator.delete<Detail>(
      `/api/meetings/${d.meeting.id}/agenda-items/${ids[0]}?version=${edited.body.meeting.version}`,
    );
    expect(removed.body.agenda.map((i) => [i.topic, i.position])).toEqual([
      ['Boende', 1],
      ['Övriga frågor', 2],
    ]);
    const byReporter = await reporter.post(`/api/meetings/${d.meeting.id}/agenda-items`, {
      version: removed.body.meeting.version,
      topic: 'X',
    });
    expect(byReporter.status).toBe(403);
  });

  it('attaches uploaded files of the network to an agenda item, not files of another network', async () => {
    const d = await create();
    const upload = async (client: TestClient, network: string) => {
      const form = new FormData();
      form.set('file', new File([new TextEncoder().encode('Bilder till mötet')], 'underlag.txt'));
      const res = await client.raw(`/api/networks/${network}/attachments`, { method: 'POST', body: form });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const ours = await upload(coordinator, networkId);
    const theirs = await upload(outsider, outsiderNetworkId);
    const foreign = await coordinator.post<ErrorBody>(`/api/meetings/${d.meeting.id}/agenda-items`, {
      version: 1,
      topic: 'Med bilaga',
      attachmentIds: [theirs],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.fields?.[0]?.path).toBe('attachmentIds.0');
    const added = await coordinator.post<
      Detail & { agenda: { attachments: { id: string; filename: string }[] }[] }
    >(`/api/meetings/${d.meeting.id}/agenda-items`, {
      version: 1,
      topic: 'Med bilaga',
      attachmentIds: [ours],
    });
    expect(added.status).toBe(201);
    const read = await reporter.get<{ agenda: { attachments: { id: string; filename: string }[] }[] }>(
      `/api/meetings/${d.meeting.id}`,
    );
    expect(read.body.agenda[0]?.attachments).toEqual([
      expect.objectContaining({ id: ours, filename: 'underlag.txt' }),
    ]);
  });

  it('rejects a presenter organisation outside the network', async () => {
    const d = await create();
    const res = await coordinator.post<ErrorBody>(`/api/meetings/${d.meeting.id}/agenda-items`, {
      version: 1,
      topic: 'Punkt',
      presenterOrgId: strangerOrgId,
      slotStart: '25:00',
    });
    expect(res.status).toBe(400);
    const again = await coordinator.post<ErrorBody>(`/api/meetings/${d.meeting.id}/agenda-items`, {
      version: 1,
      topic: 'Punkt',
      presenterOrgId: strangerOrgId,
    });
    expect(again.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'presenterOrgId', code: 'not_network_member' }),
    ]);
  });

  it('records attendance per organisation and person', async () => {
    const d = await create();
    const res = await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}/attendance`, {
      version: 1,
      entries: [
        { orgId: memberOrgId, personName: 'Anna Exempel', status: 'present' },
        { orgId: otherOrgId, personName: '', status: 'excused' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.attendance.map((a) => [a.personName, a.status])).toHaveLength(2);
    const bad = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}/attendance`, {
      version: 2,
      entries: [{ orgId: strangerOrgId, personName: '', status: 'present' }],
    });
    expect(bad.status).toBe(400);
    const read = await reporter.get<Detail>(`/api/meetings/${d.meeting.id}`);
    expect(read.body.attendance).toHaveLength(2);
  });
});

describe('minutes', () => {
  async function withMinutes() {
    let d = await create({ startsAt: '2026-03-16T09:00:00+01:00', endsAt: '2026-03-16T10:00:00+01:00' });
    d = await addItem(d, 'Barnomsorgen i kommunerna');
    const itemId = d.agenda[0]?.id ?? '';
    const saved = await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}/minutes`, {
      version: d.meeting.version,
      items: [{ agendaItemId: itemId, minutes: 'Kommunerna **rapporterar** läget.' }],
      decisions: [{ agendaItemId: itemId, text: 'Nätverket följer upp barnomsorgen.' }],
      actions: [
        { agendaItemId: itemId, text: 'Sammanställ behoven', ownerOrgId: memberOrgId, dueDate: '2026-03-18' },
        {
          agendaItemId: itemId,
          text: 'Kontakta länsstyrelsen',
          ownerUserId: reporterUserId,
          dueDate: '2026-04-30',
        },
      ],
    });
    expect(saved.status).toBe(200);
    return saved.body;
  }

  it('keeps drafts to coordinators, shows review to members', async () => {
    const d = await withMinutes();
    const asMember = await reporter.get<Detail>(`/api/meetings/${d.meeting.id}`);
    expect(asMember.body.minutesVisible).toBe(false);
    expect(asMember.body.agenda[0]?.minutes).toBeNull();
    expect(asMember.body.decisions).toEqual([]);
    const review = await coordinator.post<Detail>(`/api/meetings/${d.meeting.id}/minutes/status`, {
      version: d.meeting.version,
      status: 'in_review',
    });
    expect(review.body.meeting.minutesStatus).toBe('in_review');
    const inReview = await reporter.get<Detail>(`/api/meetings/${d.meeting.id}`);
    expect(inReview.body.minutesVisible).toBe(true);
    expect(inReview.body.decisions).toHaveLength(1);
    expect((await outsider.get(`/api/meetings/${d.meeting.id}`)).status).toBe(404);
  });

  it('publishes (coordinators only), indexes search, flags overdue actions', async () => {
    const d = await withMinutes();
    const denied = await reporter.post(`/api/meetings/${d.meeting.id}/minutes/status`, {
      version: d.meeting.version,
      status: 'published',
    });
    expect(denied.status).toBe(403);
    const published = await coordinator.post<Detail>(`/api/meetings/${d.meeting.id}/minutes/status`, {
      version: d.meeting.version,
      status: 'published',
    });
    expect(published.status).toBe(200);
    expect(published.body.meeting).toMatchObject({ minutesStatus: 'published', minutesVersion: 1 });
    expect(published.body.history.map((h) => [h.version, h.kind])).toEqual([[1, 'publication']]);
    expect(published.body.actions.map((a) => a.overdue)).toEqual([true, false]);
    const docs = await getDb()
      .db.select()
      .from(searchDocuments)
      .where(eq(searchDocuments.networkId, networkId));
    const kinds = docs.filter((doc) => doc.url.startsWith(`/moten/${d.meeting.id}`)).map((doc) => doc.kind);
    expect(kinds.sort()).toEqual(['agenda_item', 'decision', 'minutes']);
    const back = await coordinator.post<ErrorBody>(`/api/meetings/${d.meeting.id}/minutes/status`, {
      version: published.body.meeting.version,
      status: 'draft',
    });
    expect(back.status).toBe(422);
    const attendance = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}/attendance`, {
      version: published.body.meeting.version,
      entries: [],
    });
    expect(attendance.status).toBe(422);
    const moved = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}`, {
      ...base,
      version: published.body.meeting.version,
    });
    expect(moved.body.error.code).toBe('meeting_state');
  });

  it('corrects published minutes only with a reason, keeping the earlier version', async () => {
    const d = await withMinutes();
    const published = (
      await coordinator.post<Detail>(`/api/meetings/${d.meeting.id}/minutes/status`, {
        version: d.meeting.version,
        status: 'published',
      })
    ).body;
    const itemId = published.agenda[0]?.id ?? '';
    const body = {
      version: published.meeting.version,
      items: [{ agendaItemId: itemId, minutes: 'Rättad text.' }],
      decisions: [
        { id: published.decisions[0]?.id, agendaItemId: itemId, text: 'Nätverket följer upp förskolan.' },
      ],
      actions: published.actions.map((a) => ({
        id: a.id,
        agendaItemId: itemId,
        text: a.text,
        ownerOrgId: memberOrgId,
      })),
    };
    const noReason = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}/minutes`, body);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields?.[0]).toMatchObject({
      path: 'correctionReason',
      code: 'correction_reason_required',
    });
    const corrected = await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}/minutes`, {
      ...body,
      correctionReason: 'Fel ord i beslutet',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.meeting.minutesVersion).toBe(2);
    expect(corrected.body.history.map((h) => [h.version, h.kind, h.reason])).toEqual([
      [2, 'correction', 'Fel ord i beslutet'],
      [1, 'publication', ''],
    ]);
    expect(corrected.body.history[1]?.content.decisions[0]?.text).toBe('Nätverket följer upp barnomsorgen.');
    expect(corrected.body.decisions[0]?.text).toBe('Nätverket följer upp förskolan.');
    const versions = await getDb()
      .db.select()
      .from(minutesVersions)
      .where(eq(minutesVersions.meetingId, d.meeting.id));
    expect(versions).toHaveLength(2);
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'minutes.correct'), eq(auditLog.entityId, d.meeting.id)));
    expect(audit).toHaveLength(1);
    const doc = await getDb()
      .db.select()
      .from(searchDocuments)
      .where(
        and(eq(searchDocuments.kind, 'decision'), eq(searchDocuments.entityId, body.decisions[0]?.id ?? '')),
      );
    expect(doc[0]?.body).toBe('Nätverket följer upp förskolan.');
  });

  it('refuses actions without an owner or with owners outside the network, storing nothing', async () => {
    let d = await create();
    d = await addItem(d, 'Punkt');
    const before = await count(actionItems);
    const res = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}/minutes`, {
      version: d.meeting.version,
      items: [],
      decisions: [],
      actions: [
        { text: 'Ingen ägare' },
        { text: 'Fel org', ownerOrgId: strangerOrgId },
        { text: '', ownerOrgId: memberOrgId },
      ],
    });
    expect(res.status).toBe(400);
    expect(await count(actionItems)).toBe(before);
    const res2 = await coordinator.put<ErrorBody>(`/api/meetings/${d.meeting.id}/minutes`, {
      version: d.meeting.version,
      items: [],
      decisions: [],
      actions: [{ text: 'Ingen ägare' }, { text: 'Fel org', ownerOrgId: strangerOrgId }],
    });
    expect(res2.body.error.details.fields?.map((f) => [f.path, f.code])).toEqual([
      ['actions.0.ownerOrgId', 'owner_required'],
      ['actions.1.ownerOrgId', 'not_network_member'],
    ]);
    expect(await count(actionItems)).toBe(before);
  });
});

describe('follow-up and my actions', () => {
  let published: Detail;
  beforeAll(async () => {
    let d = await create({
      title: 'Möte vecka 10',
      startsAt: '2026-03-02T09:00:00+01:00',
      endsAt: '2026-03-02T10:00:00+01:00',
    });
    d = await addItem(d, 'Boende');
    const itemId = d.agenda[0]?.id ?? '';
    d = (
      await coordinator.put<Detail>(`/api/meetings/${d.meeting.id}/minutes`, {
        version: d.meeting.version,
        items: [],
        decisions: [],
        actions: [
          {
            agendaItemId: itemId,
            text: 'Inventera bostäder',
            ownerOrgId: memberOrgId,
            dueDate: '2026-03-10',
          },
          { agendaItemId: itemId, text: 'Ring Migrationsverket', ownerOrgId: otherOrgId },
        ],
      })
    ).body;
    published = (
      await coordinator.post<Detail>(`/api/meetings/${d.meeting.id}/minutes/status`, {
        version: d.meeting.version,
        status: 'published',
      })
    ).body;
  });

  it("shows earlier open actions on the next meeting's follow-up, overdue flagged", async () => {
    const next = await create({ title: 'Nästa möte' });
    const read = await reporter.get<Detail>(`/api/meetings/${next.meeting.id}`);
    const mine = read.body.followUp.filter((f) => f.meetingTitle === 'Möte vecka 10');
    expect(mine.map((f) => [f.text, f.overdue])).toEqual([
      ['Inventera bostäder', true],
      ['Ring Migrationsverket', false],
    ]);
  });

  it("lists my organisation's actions and lets the owner mark one done", async () => {
    const list = await reporter.get<{
      actions: { id: string; text: string; version: number; overdue: boolean }[];
    }>('/api/my/action-items');
    const action = list.body.actions.find((a) => a.text === 'Inventera bostäder');
    expect(action?.overdue).toBe(true);
    expect(list.body.actions.some((a) => a.text === 'Ring Migrationsverket')).toBe(false);
    const other = published.actions.find((a) => a.text === 'Ring Migrationsverket');
    const notOwner = await reporter.patch(`/api/action-items/${other?.id}`, { version: 1, status: 'done' });
    expect(notOwner.status).toBe(403);
    const byOutsider = await outsider.patch(`/api/action-items/${action?.id}`, {
      version: 1,
      status: 'done',
    });
    expect(byOutsider.status).toBe(404);
    const done = await reporter.patch<{ action: { status: string; version: number } }>(
      `/api/action-items/${action?.id}`,
      { version: action?.version, status: 'done' },
    );
    expect(done.body.action).toMatchObject({ status: 'done', version: 2 });
    const stale = await reporter.patch<ErrorBody>(`/api/action-items/${action?.id}`, {
      version: 1,
      status: 'cancelled',
    });
    expect(stale.status).toBe(409);
    const after = await reporter.get<{ actions: { text: string }[] }>('/api/my/action-items');
    expect(after.body.actions.some((a) => a.text === 'Inventera bostäder')).toBe(false);
    const theirs = await otherMember.get<{ actions: { text: string }[] }>('/api/my/action-items');
    expect(theirs.body.actions.map((a) => a.text)).toContain('Ring Migrationsverket');
  });
});

describe('invitations, calendar and export', () => {
  it('mails every user of the network an invitation and serves the .ics', async () => {
    const d = await create({ title: 'Kallelse-test' });
    expect((await reporter.post(`/api/meetings/${d.meeting.id}/invitations`)).status).toBe(403);
    const sent = await coordinator.post<{ invited: number }>(`/api/meetings/${d.meeting.id}/invitations`);
    expect(sent.status).toBe(200);
    expect(sent.body.invited).toBe(3);
    const queued = (await getDb().db.select().from(mails)).filter((m) => m.subject.includes('Kallelse-test'));
    expect(queued).toHaveLength(3);
    expect(queued[0]?.text).toContain(`/moten/${d.meeting.id}`);
    const attached = queued[0]?.attachments?.[0];
    expect(attached?.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    const calendar = new ICAL.Component(ICAL.parse(attached?.content ?? ''));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.uid).toBe(`meeting-${d.meeting.id}@samla`);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-23T08:00:00.000Z');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Stockholm',
    );
    const ics = await reporter.raw(`/api/meetings/${d.meeting.id}/invitation.ics`, { method: 'GET' });
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = await ics.text();
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain(`UID:meeting-${d.meeting.id}@samla`);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20260323T090000');
    expect(
      (await outsider.raw(`/api/meetings/${d.meeting.id}/invitation.ics`, { method: 'GET' })).status,
    ).toBe(404);
  });

  it('gives calendar entries with a stable uid, the sequence and cancellation', async () => {
    const d = await create({ title: 'Kalender-test' });
    await coordinator.post(`/api/meetings/${d.meeting.id}/cancel`, { version: 1 });
    const entries = await meetingsCalendarSource(getDb().db, {
      networkIds: [networkId],
      from: new Date('2026-03-20T00:00:00Z'),
      to: new Date('2026-03-30T00:00:00Z'),
    });
    const entry = entries.find((e) => e.uid === `meeting-${d.meeting.id}@samla`);
    expect(entry).toMatchObject({
      sequence: 1,
      cancelled: true,
      kind: 'meeting',
      path: `/moten/${d.meeting.id}`,
    });
    expect(typeof collectCalendarEntries).toBe('function');
  });

  it('exports the published minutes of a period as one PDF', async () => {
    const res = await reporter.raw(`/api/networks/${networkId}/minutes.pdf?from=2026-03-01&to=2026-03-31`, {
      method: 'GET',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const bad = await reporter.get(`/api/networks/${networkId}/minutes.pdf?from=2026-03-31&to=2026-03-01`);
    expect(bad.status).toBe(400);
    expect(
      (await outsider.get(`/api/networks/${networkId}/minutes.pdf?from=2026-03-01&to=2026-03-31`)).status,
    ).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the meetings routes', async () => {
    const doc = await t
      .anonymous()
      .get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(doc.status).toBe(200);
    for (const [path, method] of [
      ['/api/meetings', 'get'],
      ['/api/networks/{networkId}/meetings', 'post'],
      ['/api/meetings/{id}', 'put'],
      ['/api/meetings/{id}/agenda-order', 'put'],
      ['/api/meetings/{id}/minutes', 'put'],
      ['/api/meetings/{id}/minutes/status', 'post'],
      ['/api/meetings/{id}/invitation.ics', 'get'],
      ['/api/action-items/{id}', 'patch'],
      ['/api/my/action-items', 'get'],
      ['/api/networks/{networkId}/minutes.pdf', 'get'],
    ] as const) {
      expect(doc.body.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });
});
