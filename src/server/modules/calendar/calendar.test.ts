import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { networkEvents } from '../../db/schema/calendar';
import {
  makeNetwork,
  makeOrg,
  makeRound,
  makeTemplate,
  makeUser,
  TEST_PASSWORD,
} from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-16T09:00:00Z');
let t: TestApp;
let coordinator: TestClient;
let member: TestClient;
let outsider: TestClient;
let networkId: string;
let otherNetworkId: string;
let roundId: string;

interface EventBody {
  id: string;
  version: number;
  sequence: number;
  cancelled: boolean;
  startsAt: string;
  startDate: string | null;
  endDate: string | null;
  canManage: boolean;
}
interface Entry {
  uid: string;
  kind: string;
  title: string;
  start: string;
  cancelled: boolean;
  eventId: string | null;
  startDate: string | null;
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string; code: string }[]; currentVersion?: number } };
}

const webinar = {
  kind: 'webinar',
  title: 'Webbinarium om boende',
  startsAt: '2026-03-26T10:00:00+01:00',
  endsAt: '2026-03-26T11:30:00+01:00',
  location: 'Teams',
  url: 'https://teams.example/mote',
  description: 'Migrationsverket berättar.',
};

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const municipality = await makeOrg(db);
  const other = await makeOrg(db, { kind: 'association' });
  networkId = (
    await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [municipality.id], name: 'GR test' })
  ).id;
  otherNetworkId = (await makeNetwork(db, { ownerOrgId: other.id })).id;
  const signIn = async (orgId: string, role: 'coordinator' | 'reporter') =>
    t.signIn((await makeUser(db, { orgId, roles: [role] })).email, TEST_PASSWORD);
  coordinator = await signIn(owner.id, 'coordinator');
  member = await signIn(municipality.id, 'coordinator');
  outsider = await signIn(other.id, 'coordinator');
  const { template, version } = await makeTemplate(db, {
    networkId,
    definition: { areas: [], figures: [], texts: [] },
    name: 'Veckorapport',
  });
  roundId = (
    await makeRound(db, {
      networkId,
      templateId: template.id,
      templateVersionId: version.id,
      isoYear: 2026,
      isoWeek: 13,
      opensAt: new Date('2026-03-23T07:00:00Z'),
      deadlineAt: new Date('2026-03-25T11:00:00Z'),
    })
  ).id;
});

async function createWebinar(body: Record<string, unknown> = webinar) {
  const res = await coordinator.post<EventBody>(`/api/networks/${networkId}/calendar/events`, body);
  expect(res.status).toBe(201);
  return res.body;
}

async function calendar(client: TestClient, query = 'from=2026-03-01&to=2026-03-31') {
  return client.get<{ entries: Entry[]; networks: { id: string; canManage: boolean }[] } & ErrorBody>(
    `/api/calendar?${query}`,
  );
}

describe('network events', () => {
  it('coordinators create events that members see with round deadlines, audited', async () => {
    const event = await createWebinar();
    expect(event).toMatchObject({ version: 1, sequence: 0, cancelled: false, canManage: true });
    const res = await calendar(member);
    expect(res.status).toBe(200);
    const kinds = res.body.entries.map((e) => e.kind);
    expect(kinds).toContain('webinar');
    expect(kinds).toContain('round_deadline');
    const deadline = res.body.entries.find((e) => e.kind === 'round_deadline');
    expect(deadline?.uid).toBe(`round-deadline-${roundId}@samla`);
    expect(deadline?.title).toContain('v. 13');
    expect(res.body.entries.find((e) => e.eventId === event.id)?.title).toBe(webinar.title);
    expect(res.body.networks.find((n) => n.id === networkId)?.canManage).toBe(false);
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, event.id), eq(auditLog.action, 'calendar.event.create')));
    expect(audit).toHaveLength(1);
  });

  it('stores all-day events by local day, across midnight UTC', async () => {
    const event = await createWebinar({
      kind: 'event',
      title: 'Regional konferens',
      allDay: true,
      startDate: '2026-03-30',
      endDate: '2026-03-31',
    });
    expect(event.startDate).toBe('2026-03-30');
    expect(event.endDate).toBe('2026-03-31');
    // Midnight in Stockholm (summer time) is 22:00 UTC the day before.
    expect(event.startsAt).toBe('2026-03-29T22:00:00.000Z');
    const res = await calendar(member, 'from=2026-03-31&to=2026-03-31');
    expect(res.body.entries.map((e) => e.eventId)).toContain(event.id);
  });

  it('refuses members that are not coordinators, and hides the network from outsiders', async () => {
    const byMember = await member.post<ErrorBody>(`/api/networks/${networkId}/calendar/events`, webinar);
    expect(byMember.status).toBe(403);
    const byOutsider = await outsider.post<ErrorBody>(`/api/networks/${networkId}/calendar/events`, webinar);
    expect(byOutsider.status).toBe(404);
    const event = await createWebinar();
    expect((await outsider.get(`/api/calendar/events/${event.id}`)).status).toBe(404);
    expect((await calendar(outsider, `from=2026-03-01&to=2026-03-31&networkId=${networkId}`)).status).toBe(
      404,
    );
    const own = await calendar(outsider);
    expect(own.body.entries.some((e) => e.eventId === event.id)).toBe(false);
    expect((await t.anonymous().get('/api/calendar?from=2026-03-01&to=2026-03-31')).status).toBe(401);
    const put = await member.put<ErrorBody>(`/api/calendar/events/${event.id}`, { ...webinar, version: 1 });
    expect(put.status).toBe(403);
  });

  it('rejects bad input with field codes and stores nothing', async () => {
    const before = (await getDb().db.select().from(networkEvents)).length;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...webinar, title: '  ' }, 'title', 'too_small'],
      [{ ...webinar, kind: 'party' }, 'kind', 'invalid_value'],
      [{ ...webinar, url: 'javascript:alert(1)' }, 'url', 'invalid_format'],
      [{ ...webinar, startsAt: undefined }, 'startsAt', 'required'],
      [{ ...webinar, endsAt: '2026-03-26T09:00:00+01:00' }, 'endsAt', 'ends_before_start'],
      [
        { ...webinar, allDay: true, startDate: '2026-03-30', endDate: '2026-03-29' },
        'endDate',
        'end_before_start',
      ],
      [{ ...webinar, startsAt: 'tomorrow' }, 'startsAt', 'invalid_format'],
    ];
    for (const [body, path, code] of cases) {
      const res = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/calendar/events`, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.details.fields).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await getDb().db.select().from(networkEvents)).length).toBe(before);
    expect((await calendar(member, 'from=2026-03-31&to=2026-03-01')).status).toBe(400);
    expect((await calendar(member, 'from=2026-01-01&to=2027-12-31')).status).toBe(400);
  });

  it('updates with optimistic locking, raising version and sequence; a stale version gets 409', async () => {
    const event = await createWebinar();
    const moved = { ...webinar, startsAt: '2026-03-27T13:00:00+01:00', endsAt: '2026-03-27T14:00:00+01:00' };
    const ok = await coordinator.put<EventBody>(`/api/calendar/events/${event.id}`, { ...moved, version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, sequence: 1, startsAt: '2026-03-27T12:00:00.000Z' });
    const stale = await coordinator.put<ErrorBody>(`/api/calendar/events/${event.id}`, {
      ...webinar,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.details.currentVersion).toBe(2);
    const cancelled = await coordinator.post<EventBody>(`/api/calendar/events/${event.id}/cancel`, {
      version: 2,
    });
    expect(cancelled.body).toMatchObject({ cancelled: true, sequence: 2, version: 3 });
    const again = await coordinator.put<ErrorBody>(`/api/calendar/events/${event.id}`, {
      ...webinar,
      version: 3,
    });
    expect(again.status).toBe(409);
    const listed = await calendar(member);
    expect(listed.body.entries.find((e) => e.eventId === event.id)?.cancelled).toBe(true);
  });
});

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar;
}

function feedEvent(text: string, uid: string) {
  const component = parseFeed(text)
    .getAllSubcomponents('vevent')
    .find((c) => c.getFirstPropertyValue('uid') === uid);
  return component ? new ICAL.Event(component) : null;
}

describe('iCalendar feeds', () => {
  it('serves a per-network feed by secret token without a cookie; updates and cancellations propagate', async () => {
    const created = await member.post<{ path: string; url: string; token: string; networkId: string }>(
      '/api/calendar/feeds',
      { networkId },
    );
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/^https?:\/\/.+\/api\/calendar\/feeds\/[A-Za-z0-9_-]+\.ics$/);
    const anonymous = t.anonymous();
    const event = await createWebinar();
    const uid = `event-${event.id}@samla`;

    const first = await anonymous.get<string>(created.body.path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('private, max-age=300');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect(first.body).toContain('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n');
    const original = feedEvent(first.body, uid);
    expect(original?.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(original?.startDate.hour).toBe(10);
    expect(original?.sequence).toBe(0);
    expect(feedEvent(first.body, `round-deadline-${roundId}@samla`)?.startDate.toJSDate().toISOString()).toBe(
      '2026-03-25T11:00:00.000Z',
    );
    expect((await anonymous.get(created.body.path, { 'if-none-match': etag })).status).toBe(304);

    const moved = { ...webinar, startsAt: '2026-03-26T14:00:00+01:00', endsAt: '2026-03-26T15:00:00+01:00' };
    await coordinator.put(`/api/calendar/events/${event.id}`, { ...moved, version: 1 });
    const second = await anonymous.get<string>(created.body.path);
    const updated = feedEvent(second.body, uid);
    expect(updated?.uid).toBe(original?.uid);
    expect(updated?.sequence).toBe(1);
    expect(updated?.startDate.hour).toBe(14);
    expect(second.headers.get('etag')).not.toBe(etag);

    await coordinator.post(`/api/calendar/events/${event.id}/cancel`, { version: 2 });
    const third = await anonymous.get<string>(created.body.path);
    const cancelled = feedEvent(third.body, uid);
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled?.sequence).toBe(2);
  });

  it("a per-user feed covers all the user's networks; rotating kills the old URL; wrong tokens get 404", async () => {
    const first = await outsider.post<{ path: string }>('/api/calendar/feeds', { networkId: null });
    const own = await outsider.post<{ id: string }>(
      `/api/networks/${otherNetworkId}/calendar/events`,
      webinar,
    );
    expect(own.status).toBe(201);
    const feed = await t.anonymous().get<string>(first.body.path);
    expect(feed.status).toBe(200);
    expect(feedEvent(feed.body, `event-${own.body.id}@samla`)).not.toBeNull();
    // Nothing from a network the user is not a member of.
    expect(feed.body).not.toContain('GR test');

    const rotated = await outsider.post<{ path: string }>('/api/calendar/feeds', { networkId: null });
    expect(rotated.body.path).not.toBe(first.body.path);
    expect((await t.anonymous().get(first.body.path)).status).toBe(404);
    expect((await t.anonymous().get(rotated.body.path)).status).toBe(200);
    const list = await outsider.get<{ feeds: { networkId: string | null }[] }>('/api/calendar/feeds');
    expect(list.body.feeds).toEqual([expect.objectContaining({ networkId: null })]);
    expect(JSON.stringify(list.body)).not.toContain(rotated.body.path);

    expect(
      (await t.anonymous().get('/api/calendar/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).status,
    ).toBe(404);
    expect((await t.anonymous().get('/api/calendar/feeds/short.ics')).status).toBe(400);

    expect((await outsider.delete(`/api/calendar/feeds`)).status).toBe(204);
    expect((await t.anonymous().get(rotated.body.path)).status).toBe(404);
    const audit = await getDb()
      .db.select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityType, 'calendar_feed'));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['calendar.feed.create', 'calendar.feed.rotate', 'calendar.feed.delete']),
    );
  });

  it('moves a report-round deadline in the feed with a higher SEQUENCE', async () => {
    const created = await member.post<{ path: string }>('/api/calendar/feeds', { networkId });
    const uid = `round-deadline-${roundId}@samla`;
    const before = feedEvent((await t.anonymous().get<string>(created.body.path)).body, uid);
    expect(before?.sequence).toBe(0);
    const moved = await coordinator.patch(`/api/rounds/${roundId}`, {
      deadlineAt: '2026-03-26T12:00:00+01:00',
    });
    expect(moved.status).toBe(200);
    const after = feedEvent((await t.anonymous().get<string>(created.body.path)).body, uid);
    expect(after?.sequence).toBe(1);
    expect(after?.startDate.toJSDate().toISOString()).toBe('2026-03-26T11:00:00.000Z');
    expect(after?.startDate.hour).toBe(12);
  });

  it('refuses a feed for a network the user is not in', async () => {
    expect((await outsider.post('/api/calendar/feeds', { networkId })).status).toBe(404);
    expect((await t.anonymous().post('/api/calendar/feeds', { networkId: null })).status).toBe(401);
  });

  it('documents the feed route as text/calendar in the OpenAPI', async () => {
    const doc = await t.anonymous().get<{
      paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    }>('/api/openapi.json');
    const feed = doc.body.paths['/api/calendar/feeds/{file}'] ?? doc.body.paths['/calendar/feeds/{file}'];
    expect(feed?.get?.responses['200']?.content).toHaveProperty('text/calendar');
  });
});
