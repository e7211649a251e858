import { eq } from 'drizzle-orm';
import { reports } from '../../db/schema/reports';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { loadNetworkAccess } from '../registry/network-access';
import { canManageMeetings } from './meetings.policy';
import * as repo from './meetings.repository';

export interface EscalationInput {
  networkId: string;
  reportId: string;
  orgId: string;
  topic: string;
  actionText: string;
}

/**
 * Turns an organisation's situation report into an agenda item of the network's next planned
 * meeting, with an open action owned by the organisation. The agenda item keeps the report's
 * id, so the report links to the minutes and the minutes to the report. Coordinators only;
 * `no_planned_meeting` (422) when there is no meeting to add it to.
 */
export async function addEscalationAgendaItem(ctx: Ctx, input: EscalationInput) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, input.networkId);
  authorize(ctx.actor, canManageMeetings(access));
  const report = (await ctx.db.select().from(reports).where(eq(reports.id, input.reportId)).limit(1))[0];
  if (!report || report.orgId !== input.orgId) throw notFound('report');
  if (!(await repo.networkOrgIds(ctx.db, input.networkId)).has(input.orgId)) throw notFound('organisation');
  return inTransaction(ctx, async (tx) => {
    const next = await repo.nextPlannedMeeting(tx.db, input.networkId, nowOf(tx));
    if (!next) throw new AppError('no_planned_meeting', { networkId: input.networkId });
    const meeting = await repo.lockMeeting(tx.db, next.id);
    if (!meeting) throw notFound('meeting');
    const item = await repo.insertAgendaItem(tx.db, {
      meetingId: meeting.id,
      position: await repo.nextAgendaPosition(tx.db, meeting.id),
      topic: input.topic,
      presenterOrgId: input.orgId,
      sourceReportId: input.reportId,
      sourceOrgId: input.orgId,
    });
    const action = await repo.insertAction(tx.db, {
      meetingId: meeting.id,
      agendaItemId: item.id,
      position: (await repo.listActions(tx.db, meeting.id)).length + 1,
      text: input.actionText,
      ownerOrgId: input.orgId,
    });
    await repo.updateMeeting(tx.db, meeting.id, {}, nowOf(tx));
    await writeAudit(tx, {
      action: 'meeting.escalation',
      entityType: 'agenda_item',
      entityId: item.id,
      after: {
        meetingId: meeting.id,
        reportId: input.reportId,
        orgId: input.orgId,
        topic: input.topic,
        actionItemId: action.id,
        actionText: input.actionText,
      },
    });
    return { meetingId: meeting.id, agendaItemId: item.id, actionItemId: action.id };
  });
}

/**
 * What became of a report's escalations: agenda items with their meetings, decisions and
 * actions. Unfiltered: callers show decisions and actions of minutes that are not yet
 * published (`minutesStatus`) only to coordinators, as the meetings policy does.
 */
export async function listEscalationsForReport(db: DbOrTx, reportId: string) {
  const found = await repo.escalationsOfReport(db, reportId);
  return found.items.map(({ item, meeting }) => ({
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    meetingStartsAt: meeting.startsAt.toISOString(),
    networkId: meeting.networkId,
    minutesStatus: meeting.minutesStatus,
    agendaItemId: item.id,
    topic: item.topic,
    decisions: found.decisions
      .filter((d) => d.agendaItemId === item.id)
      .map((d) => ({ id: d.id, text: d.text })),
    actions: found.actions
      .filter((a) => a.agendaItemId === item.id)
      .map((a) => ({
        id: a.id,
        text: a.text,
        status: a.status,
        dueDate: a.dueDate,
        ownerOrgId: a.ownerOrgId,
      })),
  }));
}
