import { beforeAll, describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import type { Actor, Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import {
  makeNetwork,
  makeOrg,
  makeReport,
  makeRound,
  makeTemplate,
  makeUser,
  TEST_PASSWORD,
} from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { addEscalationAgendaItem, listEscalationsForReport } from './escalation.service';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-19T10:00:00Z');
const definition: TemplateDefinition = {
  areas: [{ key: 'sabo', label: { sv: 'SÄBO' }, impactMode: 'either', commentRequiredFrom: 4, figures: [] }],
  figures: [],
  texts: [],
};
let t: TestApp;
let networkId: string;
let emptyNetworkId: string;
let orgId: string;
let reportId: string;
let coordinatorActor: Actor;
let reporterActor: Actor;

function ctx(actor: Actor): Ctx {
  return { db: getDb().db, actor, now: () => NOW };
}

function userActor(
  user: { id: string; orgId: string; email: string; name: string },
  role: 'coordinator' | 'reporter',
): Actor {
  return {
    kind: 'user',
    userId: user.id,
    orgId: user.orgId,
    roles: [role],
    email: user.email,
    name: user.name,
    locale: 'sv',
  };
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const member = await makeOrg(db);
  orgId = member.id;
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [member.id] })).id;
  emptyNetworkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [member.id] })).id;
  const { template, version } = await makeTemplate(db, { networkId, definition });
  const round = await makeRound(db, {
    networkId,
    templateId: template.id,
    templateVersionId: version.id,
    isoYear: 2026,
    isoWeek: 12,
    opensAt: new Date('2026-03-16T07:00:00Z'),
  });
  reportId = (
    await makeReport(db, {
      roundId: round.id,
      orgId: member.id,
      templateVersionId: version.id,
      answers: { areas: { sabo: { impact: 5, comment: 'Kritiskt' } }, figures: {}, texts: {} } as never,
    })
  ).id;
  const coordinator = await makeUser(db, { orgId: owner.id, roles: ['coordinator'] });
  const reporter = await makeUser(db, { orgId: member.id, roles: ['reporter'] });
  coordinatorActor = userActor(coordinator, 'coordinator');
  reporterActor = userActor(reporter, 'reporter');
  const client = await t.signIn(coordinator.email, TEST_PASSWORD);
  const created = await client.post(`/api/networks/${networkId}/meetings`, {
    title: 'Nästa veckomöte',
    startsAt: '2026-03-26T09:00:00+01:00',
    endsAt: '2026-03-26T10:00:00+01:00',
    place: 'Teams',
  });
  expect(created.status).toBe(201);
});

describe('escalation into the next meeting', () => {
  const input = () => ({
    networkId,
    reportId,
    orgId,
    topic: 'Kritiskt läge i SÄBO',
    actionText: 'Ta fram en plan',
  });

  it('appends an agenda item linked to the report with an open action owned by the organisation', async () => {
    const result = await addEscalationAgendaItem(ctx(coordinatorActor), input());
    expect(result).toEqual({
      meetingId: expect.any(String),
      agendaItemId: expect.any(String),
      actionItemId: expect.any(String),
    });
    const linked = await listEscalationsForReport(getDb().db, reportId);
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({
      meetingId: result.meetingId,
      agendaItemId: result.agendaItemId,
      topic: 'Kritiskt läge i SÄBO',
      actions: [{ id: result.actionItemId, text: 'Ta fram en plan', status: 'open', ownerOrgId: orgId }],
    });
    const client = await t.signIn(
      (await makeUser(getDb().db, { orgId, roles: ['reporter'] })).email,
      TEST_PASSWORD,
    );
    const meeting = await client.get<{
      agenda: { id: string; sourceReport: { reportId: string; orgId: string } | null }[];
    }>(`/api/meetings/${result.meetingId}`);
    expect(meeting.body.agenda.find((i) => i.id === result.agendaItemId)?.sourceReport).toMatchObject({
      reportId,
      orgId,
    });
  });

  it('is for coordinators only', async () => {
    await expect(addEscalationAgendaItem(ctx(reporterActor), input())).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('says clearly when the network has no planned meeting', async () => {
    const error = await addEscalationAgendaItem(ctx(coordinatorActor), {
      ...input(),
      networkId: emptyNetworkId,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('no_planned_meeting');
  });
});
