import type { z } from '@hono/zod-openapi';
import { type RoundState, roundState } from '../../../core/reports/round-state';
import { weekLabel } from '../../../core/time/iso-week';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { assertMayFile, assertMayRead } from './reports.policy';
import * as repo from './reports.repository';
import type { reportSummary, roundSummary } from './reports.schemas';

export type RoundSummary = z.infer<typeof roundSummary>;
export type ReportSummary = z.infer<typeof reportSummary>;

/**
 * The round an organisation files in, after the policy check: 403 for another
 * organisation or a role that may not file, 404 for a round outside the organisation's
 * networks, 403 for a member that takes part without filing (an agency).
 */
export async function loadFilingRound(
  ctx: Ctx,
  roundId: string,
  orgId: string,
  purpose: 'read' | 'file',
): Promise<repo.FilingRound> {
  if (purpose === 'file') assertMayFile(ctx.actor, orgId);
  else assertMayRead(ctx.actor, orgId);
  const round = await repo.findRoundForOrg(ctx.db, roundId, orgId);
  if (!round) throw notFound('round');
  if (round.memberReports !== 1) throw new AppError('forbidden', { reason: 'not_reporting_member' });
  return round;
}

export type ClosedReason = 'not_open' | 'deadline_passed';

/**
 * Whether the round takes a draft or a submission now. Before it opens: no. After the
 * deadline a report that was never submitted may still be filed (it is marked late), but a
 * submitted one is final: revisions are possible until the deadline.
 */
export function filingRefusal(
  round: { opensAt: Date; deadlineAt: Date },
  report: { status: 'draft' | 'submitted' } | null,
  now: Date,
): ClosedReason | null {
  const state = roundState(round, now);
  if (state === 'upcoming') return 'not_open';
  if (state === 'closed' && report?.status === 'submitted') return 'deadline_passed';
  return null;
}

export function assertFilingAllowed(
  round: { opensAt: Date; deadlineAt: Date },
  report: { status: 'draft' | 'submitted' } | null,
  now: Date,
): void {
  const reason = filingRefusal(round, report, now);
  if (reason) {
    throw new AppError('round_closed', {
      reason,
      opensAt: round.opensAt.toISOString(),
      deadlineAt: round.deadlineAt.toISOString(),
    });
  }
}

export function roundLabel(
  round: { kind: string; title: string; isoYear: number; isoWeek: number },
  locale?: string,
): string {
  const week = weekLabel(round, locale);
  return round.kind === 'extra' && round.title ? `${round.title} (${week})` : week;
}

export function presentRound(
  round: {
    id: string;
    networkId: string;
    networkName: string;
    templateId: string;
    templateName: string;
    kind: 'weekly' | 'extra';
    isoYear: number;
    isoWeek: number;
    title: string;
    opensAt: Date;
    deadlineAt: Date;
  },
  now: Date,
  locale?: string,
): RoundSummary {
  const state: RoundState = roundState(round, now);
  return {
    id: round.id,
    networkId: round.networkId,
    networkName: round.networkName,
    templateId: round.templateId,
    templateName: round.templateName,
    kind: round.kind,
    isoYear: round.isoYear,
    isoWeek: round.isoWeek,
    label: roundLabel(round, locale),
    title: round.title,
    opensAt: round.opensAt.toISOString(),
    deadlineAt: round.deadlineAt.toISOString(),
    state,
  };
}

export function presentReport(report: repo.ReportRow, updatedByName: string | null): ReportSummary {
  return {
    id: report.id,
    roundId: report.roundId,
    orgId: report.orgId,
    status: report.status,
    version: report.version,
    submittedAt: report.submittedAt?.toISOString() ?? null,
    firstSubmittedAt: report.firstSubmittedAt?.toISOString() ?? null,
    isLate: report.isLate,
    carriedOver: report.carriedOver,
    hasPendingRevision: report.draftAnswers !== null,
    updatedAt: report.updatedAt.toISOString(),
    updatedByName,
  };
}

/** The name to show for whoever acts: a person's name, or null for a token or the system. */
export function actorName(ctx: Ctx): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.name : null;
}
