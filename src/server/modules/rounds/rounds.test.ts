import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { auditLog } from '../../db/schema/audit';
import { networkMembers } from '../../db/schema/registry';
import { reports, rounds } from '../../db/schema/reports';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { ensureWeeklyRounds } from './weekly-rounds';

const getDb = useTestDatabase();
// Thursday of ISO week 12 2026, after that week's Wednesday deadline.
const NOW = new Date('2026-03-19T10:00:00Z');
let t: TestApp;
let coordinator: TestClient;
let reporter: TestClient;
let outsider: TestClient;
let networkId: string;
let templateId: string;
let otherTemplateId: string;
let memberIds: string[];

const definition: TemplateDefinition = {
  areas: [{ key: 'sabo', label: { sv: 'SÄBO' }, impactMode: 'either', commentRequiredFrom: 4, figures: [] }],
  figures: [],
  texts: [],
};

interface Summary {
  id: string;
  kind: string;
  isoWeek: number;
  title: string;
  state: string;
  filed: number;
  late: number;
  expected: number;
  templateVersion: number;
  deadlineAt: string;
}
interface Detail {
  round: Summary;
  definition: TemplateDefinition;
  canManage: boolean;
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string; code: string }[] } };
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const members = await Promise.all([makeOrg(db), makeOrg(db), makeOrg(db)]);
  memberIds = members.map((m) => m.id);
  const agency = await makeOrg(db, { kind: 'agency' });
  const other = await makeOrg(db, { kind: 'association' });
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: memberIds })).id;
  // An agency takes part without filing: it is not expected to report.
  await db.insert(networkMembers).values({ networkId, orgId: agency.id, reports: 0 });
  const otherNetworkId = (await makeNetwork(db, { ownerOrgId: other.id })).id;
  const signIn = async (orgId: string, role: 'coordinator' | 'reporter') =>
    t.signIn((await makeUser(db, { orgId, roles: [role] })).email, TEST_PASSWORD);
  coordinator = await signIn(owner.id, 'coordinator');
  reporter = await signIn(memberIds[0] ?? '', 'reporter');
  outsider = await signIn(other.id, 'coordinator');
  const created = await coordinator.post<{ template: { id: string } }>(
    `/api/networks/${networkId}/templates`,
    {
      name: 'Veckorapport',
      definition,
    },
  );
  templateId = created.body.template.id;
  const otherTemplate = await outsider.post<{ template: { id: string } }>(
    `/api/networks/${otherNetworkId}/templates`,
    {
      name: 'Annan',
      definition,
    },
  );
  otherTemplateId = otherTemplate.body.template.id;
  await ensureWeeklyRounds({ db, actor: { kind: 'system' } }, NOW);
});

async function listRounds(client: TestClient) {
  return client.get<{ rounds: Summary[]; canManage: boolean }>(`/api/networks/${networkId}/rounds?limit=10`);
}

describe('listing and reading rounds', () => {
  it('lists rounds newest first with state and filed of expected', async () => {
    const current = (await listRounds(reporter)).body.rounds.find((r) => r.isoWeek === 12);
    if (!current) throw new Error('week 12 round missing');
    const [a, b] = memberIds;
    const base = {
      roundId: current.id,
      templateVersionId: await versionIdOf(current.id),
      answers: { areas: {}, figures: {}, texts: {} },
    };
    // One filed late, one still a draft: only the filed one counts.
    await getDb()
      .db.insert(reports)
      .values([
        {
          ...base,
          orgId: a ?? '',
          status: 'submitted',
          firstSubmittedAt: NOW,
          submittedAt: NOW,
          isLate: true,
        },
        { ...base, orgId: b ?? '', status: 'draft' },
      ]);
    const res = await listRounds(reporter);
    expect(res.status).toBe(200);
    expect(res.body.canManage).toBe(false);
    expect(res.body.rounds.map((r) => [r.isoWeek, r.state])).toEqual([
      [13, 'upcoming'],
      [12, 'closed'],
    ]);
    expect(res.body.rounds[1]).toMatchObject({
      filed: 1,
      late: 1,
      expected: 3,
      kind: 'weekly',
      templateVersion: 1,
    });
    expect((await listRounds(coordinator)).body.canManage).toBe(true);
  });

  it('reads one round with its template version definition', async () => {
    const id = (await listRounds(reporter)).body.rounds[0]?.id;
    const res = await reporter.get<Detail>(`/api/rounds/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.definition.areas[0]?.key).toBe('sabo');
    expect(res.body.round.id).toBe(id);
  });

  it('answers 401 without session and 404 to non-members', async () => {
    const id = (await listRounds(reporter)).body.rounds[0]?.id;
    expect((await t.anonymous().get(`/api/networks/${networkId}/rounds`)).status).toBe(401);
    expect((await outsider.get(`/api/networks/${networkId}/rounds`)).status).toBe(404);
    expect((await outsider.get(`/api/rounds/${id}`)).status).toBe(404);
    expect((await outsider.patch(`/api/rounds/${id}`, { deadlineAt: '2026-04-01T10:00:00Z' })).status).toBe(
      404,
    );
    expect((await reporter.get('/api/rounds/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('validates the limit', async () => {
    const res = await reporter.get<ErrorBody>(`/api/networks/${networkId}/rounds?limit=0`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields?.[0]?.path).toBe('limit');
  });
});

async function versionIdOf(roundId: string): Promise<string> {
  const row = (await getDb().db.select().from(rounds).where(eq(rounds.id, roundId)))[0];
  return row?.templateVersionId ?? '';
}

describe('extra rounds and deadlines', () => {
  const extra = {
    title: 'Extra: värmebölja',
    opensAt: '2026-03-19T12:00:00+01:00',
    deadlineAt: '2026-03-20T12:00:00+01:00',
  };

  it('lets the coordinator open an extra round, audited', async () => {
    const res = await coordinator.post<Detail>(`/api/networks/${networkId}/rounds`, { ...extra, templateId });
    expect(res.status).toBe(201);
    expect(res.body.round).toMatchObject({
      kind: 'extra',
      title: extra.title,
      isoWeek: 12,
      state: 'upcoming',
      expected: 3,
    });
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, res.body.round.id));
    expect(audit.map((a) => a.action)).toEqual(['round.create']);
  });

  it('refuses non-coordinators with 403', async () => {
    expect((await reporter.post(`/api/networks/${networkId}/rounds`, { ...extra, templateId })).status).toBe(
      403,
    );
    const id = (await listRounds(reporter)).body.rounds[0]?.id;
    expect((await reporter.patch(`/api/rounds/${id}`, { deadlineAt: '2026-04-01T10:00:00Z' })).status).toBe(
      403,
    );
  });

  it('refuses a deadline before the opening, a template of another network and malformed times', async () => {
    const before = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/rounds`, {
      ...extra,
      templateId,
      deadlineAt: '2026-03-19T11:00:00+01:00',
    });
    expect(before.status).toBe(400);
    expect(before.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'deadlineAt', code: 'deadline_not_after_opening' }),
    ]);
    const foreign = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/rounds`, {
      ...extra,
      templateId: otherTemplateId,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.fields?.[0]?.path).toBe('templateId');
    const malformed = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/rounds`, {
      ...extra,
      templateId,
      opensAt: 'i morgon',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.fields?.[0]?.path).toBe('opensAt');
  });

  it('extends a deadline, audited, and refuses one already passed', async () => {
    const week12 = (await listRounds(coordinator)).body.rounds.find(
      (r) => r.isoWeek === 12 && r.kind === 'weekly',
    );
    const res = await coordinator.patch<Detail>(`/api/rounds/${week12?.id}`, {
      deadlineAt: '2026-03-20T12:00:00+01:00',
    });
    expect(res.status).toBe(200);
    expect(res.body.round).toMatchObject({ deadlineAt: '2026-03-20T11:00:00.000Z', state: 'open' });
    const past = await coordinator.patch<ErrorBody>(`/api/rounds/${week12?.id}`, {
      deadlineAt: '2026-03-19T09:00:00Z',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.details.fields?.[0]?.code).toBe('deadline_in_past');
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.entityId, week12?.id ?? ''));
    expect(audit.map((a) => a.action)).toContain('round.deadline');
  });
});

describe('template versions and rounds', () => {
  it('keeps an opened round on its version; an upcoming round takes the new one', async () => {
    const before = (await listRounds(coordinator)).body.rounds.filter((r) => r.kind === 'weekly');
    const open = before.find((r) => r.isoWeek === 12);
    const upcoming = before.find((r) => r.isoWeek === 13);
    const next = structuredClone(definition);
    next.areas.push({
      key: 'hemtjanst',
      label: { sv: 'Hemtjänst' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [],
    });
    const put = await coordinator.put(`/api/templates/${templateId}`, { definition: next, baseVersion: 1 });
    expect(put.status).toBe(200);
    const openNow = await reporter.get<Detail>(`/api/rounds/${open?.id}`);
    expect(openNow.body.round.templateVersion).toBe(1);
    expect(openNow.body.definition.areas.map((a) => a.key)).toEqual(['sabo']);
    const upcomingNow = await reporter.get<Detail>(`/api/rounds/${upcoming?.id}`);
    expect(upcomingNow.body.round.templateVersion).toBe(2);
    expect(upcomingNow.body.definition.areas.map((a) => a.key)).toEqual(['sabo', 'hemtjanst']);
  });
});
