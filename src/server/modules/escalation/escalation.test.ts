import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../core/reports/answers';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { agendaItems } from '../../db/schema/meetings';
import {
  makeNetwork,
  makeOrg,
  makeReport,
  makeRound,
  makeTemplate,
  makeUser,
  TEST_PASSWORD,
} from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-19T10:00:00Z');
const definition: TemplateDefinition = {
  areas: [
    {
      key: 'sabo',
      label: { sv: 'SÄBO', en: 'Care homes' },
      impactMode: 'direct',
      commentRequiredFrom: 4,
      figures: [],
    },
  ],
  figures: [],
  texts: [{ key: 'needs', label: { sv: 'Behov av stöd' }, required: false, maxLength: 2000 }],
} as TemplateDefinition;

let t: TestApp;
let coordinator: TestClient;
let member: TestClient;
let outsider: TestClient;
let networkId: string;
let emptyNetworkId: string;
let orgId: string;
let criticalId: string;
let calmId: string;
let needsId: string;
let meetingId: string;

interface Listed {
  canEscalate: boolean;
  reports: {
    reportId: string;
    worstImpact: number | null;
    eligible: boolean;
    needsStreak: number;
    seriousAreas: { label: string; impact: number; comment: string }[];
    escalations: { meetingId: string; topic: string; actions: { text: string; status: string }[] }[];
  }[];
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string; code: string }[] } };
}

function answers(impact: number, needs = ''): Answers {
  return {
    areas: { sabo: { impact, criteria: null, comment: impact >= 4 ? 'Brist på personal' : '' } },
    figures: {},
    texts: needs ? { needs } : {},
  };
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const municipality = await makeOrg(db);
  const other = await makeOrg(db, { kind: 'association' });
  orgId = municipality.id;
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [orgId] })).id;
  emptyNetworkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [orgId] })).id;
  await makeNetwork(db, { ownerOrgId: other.id });
  const { template, version } = await makeTemplate(db, { networkId, definition });
  const report = async (week: number, a: Answers) => {
    const round = await makeRound(db, {
      networkId,
      templateId: template.id,
      templateVersionId: version.id,
      isoYear: 2026,
      isoWeek: week,
      opensAt: new Date(Date.UTC(2026, 2, 2 + (week - 10) * 7, 7)),
    });
    return (await makeReport(db, { roundId: round.id, orgId, templateVersionId: version.id, answers: a })).id;
  };
  calmId = await report(9, answers(2));
  await report(10, answers(1, 'Tolkstöd'));
  needsId = await report(11, answers(1, 'Tolkstöd'));
  criticalId = await report(12, answers(5));
  const signIn = async (org: string, role: 'coordinator' | 'reporter') =>
    t.signIn((await makeUser(db, { orgId: org, roles: [role] })).email, TEST_PASSWORD);
  coordinator = await signIn(owner.id, 'coordinator');
  member = await signIn(orgId, 'reporter');
  outsider = await signIn(other.id, 'coordinator');
  const meeting = await coordinator.post<{ meeting: { id: string } }>(`/api/networks/${networkId}/meetings`, {
    title: 'Veckomöte',
    startsAt: '2026-03-24T09:00:00+01:00',
    endsAt: '2026-03-24T10:30:00+01:00',
    place: 'Göteborg',
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  meetingId = meeting.body.meeting.id;
});

const listPath = () => `/api/networks/${networkId}/organisations/${orgId}/escalations`;
const escalatePath = (reportId: string, network = networkId) =>
  `/api/networks/${network}/reports/${reportId}/escalations`;
const body = { topic: 'Kritiskt läge på SÄBO', actionText: 'Kommunen redovisar läget och behovet av stöd' };

describe('escalation', () => {
  it('lists Kritisk reports and repeated needs for support, not calm ones', async () => {
    const res = await coordinator.get<Listed>(listPath());
    expect(res.status).toBe(200);
    expect(res.body.canEscalate).toBe(true);
    const ids = res.body.reports.map((r) => r.reportId);
    expect(ids).toEqual([criticalId, needsId]);
    expect(ids).not.toContain(calmId);
    expect(res.body.reports[0]?.seriousAreas).toEqual([
      { key: 'sabo', label: 'SÄBO', impact: 5, comment: 'Brist på personal' },
    ]);
    expect(res.body.reports[1]?.needsStreak).toBe(2);
    const asMember = await member.get<Listed>(listPath());
    expect(asMember.body.canEscalate).toBe(false);
    expect((await outsider.get(listPath())).status).toBe(404);
  });

  it('puts a Kritisk report on the next meeting with an action, linked both ways', async () => {
    const res = await coordinator.post<{
      meetingId: string;
      agendaItemId: string;
      escalations: Listed['reports'][0]['escalations'];
    }>(escalatePath(criticalId), body);
    expect(res.status).toBe(201);
    expect(res.body.meetingId).toBe(meetingId);
    expect(res.body.escalations).toHaveLength(1);
    expect(res.body.escalations[0]?.actions[0]).toMatchObject({ text: body.actionText, status: 'open' });
    const item = (
      await getDb().db.select().from(agendaItems).where(eq(agendaItems.id, res.body.agendaItemId))
    )[0];
    expect(item?.sourceReportId).toBe(criticalId);
    expect(item?.topic).toBe(body.topic);
    // From the report: the member sees the agenda item and the action too.
    const listed = await member.get<Listed>(listPath());
    const critical = listed.body.reports.find((r) => r.reportId === criticalId);
    expect(critical?.escalations.map((e) => e.topic)).toEqual([body.topic]);
    // From the minutes: the agenda item names the report.
    const meeting = await coordinator.get<{ agenda: { id: string; sourceReportId?: string | null }[] }>(
      `/api/meetings/${meetingId}`,
    );
    expect(JSON.stringify(meeting.body)).toContain(criticalId);
  });

  it('refuses members, outsiders, calm reports, reports of another network and bad input', async () => {
    const before = (await getDb().db.select().from(agendaItems)).length;
    expect((await member.post<ErrorBody>(escalatePath(needsId), body)).status).toBe(403);
    expect((await outsider.post<ErrorBody>(escalatePath(needsId), body)).status).toBe(404);
    const calm = await coordinator.post<ErrorBody>(escalatePath(calmId), body);
    expect(calm.status).toBe(400);
    expect(calm.body.error.details.fields).toContainEqual(
      expect.objectContaining({ code: 'not_escalatable' }),
    );
    expect((await coordinator.post(escalatePath(criticalId, emptyNetworkId), body)).status).toBe(404);
    const bad = await coordinator.post<ErrorBody>(escalatePath(needsId), { topic: ' ', actionText: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields?.map((f) => f.path).sort()).toEqual(['actionText', 'topic']);
    expect((await t.anonymous().post(escalatePath(needsId), body)).status).toBe(401);
    expect((await getDb().db.select().from(agendaItems)).length).toBe(before);
  });

  it('says so when the network has no planned meeting', async () => {
    const current = await coordinator.get<{ meeting: { version: number } }>(`/api/meetings/${meetingId}`);
    const cancelled = await coordinator.post(`/api/meetings/${meetingId}/cancel`, {
      version: current.body.meeting.version,
    });
    expect(cancelled.status).toBe(200);
    const res = await coordinator.post<ErrorBody>(escalatePath(needsId), body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('no_planned_meeting');
  });
});
