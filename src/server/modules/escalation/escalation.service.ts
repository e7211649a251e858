import type { TemplateDefinition } from '../../../core/reports/template-definition';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { addEscalationAgendaItem, listEscalationsForReport } from '../meetings/escalation.service';
import { loadNetworkAccess, type NetworkAccess } from '../registry/network-access';
import { canEscalate, canSeeDecisions, canSeeEscalations } from './escalation.policy';
import * as repo from './escalation.repository';
import { escalationGrounds, SERIOUS_IMPACT } from './escalation-rule';

/** Half a year of weekly rounds: far enough back for "repeated", short enough to read. */
const ROUNDS_BACK = 26;

function localeOf(ctx: Ctx): 'sv' | 'en' {
  return ctx.actor.kind === 'user' ? ctx.actor.locale : 'sv';
}

async function linkedItems(db: DbOrTx, access: NetworkAccess, reportId: string) {
  const items = await listEscalationsForReport(db, reportId);
  return items
    .filter((item) => item.networkId === access.network.id)
    .map((item) => ({
      meetingId: item.meetingId,
      meetingTitle: item.meetingTitle,
      meetingStartsAt: item.meetingStartsAt,
      minutesStatus: item.minutesStatus,
      agendaItemId: item.agendaItemId,
      topic: item.topic,
      decisions: canSeeDecisions(access, item.minutesStatus) ? item.decisions : [],
      actions: item.actions.map((a) => ({ id: a.id, text: a.text, status: a.status, dueDate: a.dueDate })),
    }));
}

/**
 * An organisation's reports in the network that a coordinator may take to the next meeting
 * (Allvarlig or Kritisk, or a repeated need for support), newest first, each with the agenda
 * items, decisions and actions it has already led to.
 */
export async function listOrgEscalations(ctx: Ctx, networkId: string, orgId: string) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canSeeEscalations(access));
  const newestFirst = await repo.listSubmittedReports(ctx.db, networkId, orgId, ROUNDS_BACK);
  // "Repeated" is counted per template: two templates are two different questions.
  const oldestFirst = [...newestFirst].reverse();
  const grounds = new Map<string, ReturnType<typeof escalationGrounds>[number]>();
  for (const templateId of new Set(oldestFirst.map((r) => r.templateId))) {
    const series = oldestFirst.filter((r) => r.templateId === templateId);
    escalationGrounds(series.map((r) => r.answers)).forEach((g, i) => {
      const report = series[i];
      if (report) grounds.set(report.reportId, g);
    });
  }
  const locale = localeOf(ctx);
  const out = [];
  for (const report of newestFirst) {
    const g = grounds.get(report.reportId);
    if (!g) continue;
    const escalations = await linkedItems(ctx.db, access, report.reportId);
    if (!g.eligible && escalations.length === 0) continue;
    const definition = report.definition as TemplateDefinition;
    const seriousAreas = definition.areas.flatMap((area) => {
      const answer = report.answers.areas[area.key];
      if (!answer || answer.impact === null || answer.impact < SERIOUS_IMPACT) return [];
      const label = (locale === 'en' ? area.label.en : undefined) || area.label.sv;
      return [{ key: area.key, label, impact: answer.impact, comment: answer.comment }];
    });
    out.push({
      reportId: report.reportId,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      round: {
        id: report.roundId,
        kind: report.roundKind,
        isoYear: report.isoYear,
        isoWeek: report.isoWeek,
        title: report.roundTitle,
      },
      templateName: report.templateName,
      worstImpact: g.worstImpact,
      seriousAreas,
      needs: g.needs,
      needsStreak: g.needsStreak,
      eligible: g.eligible,
      escalations,
    });
  }
  return { canEscalate: canEscalate(access), reports: out };
}

/**
 * Puts the report on the agenda of the network's next planned meeting with an action owned
 * by the organisation (the meetings module links item, action and report and audits it).
 */
export async function escalateReport(
  ctx: Ctx,
  networkId: string,
  reportId: string,
  input: { topic: string; actionText: string },
) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canEscalate(access));
  const report = await repo.findReportInNetwork(ctx.db, networkId, reportId);
  if (!report) throw notFound('report');
  const listed = await listOrgEscalations(ctx, networkId, report.orgId);
  if (!listed.reports.some((r) => r.reportId === reportId && r.eligible)) {
    throw new AppError('validation', { fields: [{ path: 'reportId', code: 'not_escalatable' }] });
  }
  const created = await addEscalationAgendaItem(ctx, {
    networkId,
    reportId,
    orgId: report.orgId,
    topic: input.topic,
    actionText: input.actionText,
  });
  return { ...created, escalations: await linkedItems(ctx.db, access, reportId) };
}
