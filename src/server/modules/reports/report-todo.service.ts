import type { z } from '@hono/zod-openapi';
import type { Ctx } from '../../platform/context';
import { nowOf } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { filingRefusal, presentRound } from './filing-context';
import { mayFileFor, ownOrgId } from './reports.policy';
import * as repo from './reports.repository';
import type { todoItem, todoResponse } from './reports.schemas';

type TodoItem = z.infer<typeof todoItem>;
export type ReportTodo = z.infer<typeof todoResponse>;

const DAY = 24 * 3600 * 1000;
/** Rounds whose deadline passed this recently are still listed: late filing is allowed. */
const CLOSED_WINDOW_DAYS = 14;
/** Rounds opening this soon are listed as coming up. */
const UPCOMING_WINDOW_DAYS = 7;

const order: Record<TodoItem['status'], number> = {
  missing: 0,
  draft: 1,
  not_started: 1,
  late: 2,
  submitted: 2,
};

/**
 * "Att göra" for the actor's organisation, across every network it files in: open rounds,
 * rounds opening within a week, and rounds closed in the last two weeks, each with the
 * organisation's status. What needs doing comes first (overdue, then by deadline).
 */
export async function listTodo(ctx: Ctx): Promise<ReportTodo> {
  const orgId = ownOrgId(ctx.actor);
  if (!orgId) throw new AppError('forbidden', { reason: 'no_organisation' });
  const now = nowOf(ctx);
  const rows = await repo.listTodoRounds(ctx.db, {
    orgId,
    deadlineFrom: new Date(now.getTime() - CLOSED_WINDOW_DAYS * DAY),
    opensBefore: new Date(now.getTime() + UPCOMING_WINDOW_DAYS * DAY),
  });
  const mayFile = mayFileFor(ctx.actor, orgId);
  const items = rows.map((row): TodoItem => {
    const round = presentRound({ ...row, id: row.roundId }, now, ctx.locale);
    const submitted = row.status === 'submitted';
    const status: TodoItem['status'] = submitted
      ? row.isLate
        ? 'late'
        : 'submitted'
      : round.state === 'closed'
        ? 'missing'
        : row.reportId
          ? 'draft'
          : 'not_started';
    const report = row.status ? { status: row.status } : null;
    return {
      round,
      reportId: row.reportId,
      status,
      hasPendingRevision: row.hasPendingRevision === true,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      canFile: mayFile && filingRefusal(row, report, now) === null,
    };
  });
  items.sort(
    (a, b) => order[a.status] - order[b.status] || a.round.deadlineAt.localeCompare(b.round.deadlineAt),
  );
  return { orgId, now: now.toISOString(), items };
}
