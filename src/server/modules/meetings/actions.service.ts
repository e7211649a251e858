import type { ActionStatus } from '../../db/schema/meetings';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize, requireUser } from '../../platform/policy';
import { loadNetworkAccess } from '../registry/network-access';
import { canReadMinutes, canUpdateAction } from './meetings.policy';
import * as repo from './meetings.repository';
import { presentAction, swedishToday } from './meetings.service';

/** "Mina åtgärder": actions of published minutes owned by me or my organisation, in every network. */
export async function listMyActions(ctx: Ctx, options: { status: 'open' | 'all' }) {
  const actor = requireUser(ctx.actor);
  const rows = await repo.listMyActions(
    ctx.db,
    { userId: actor.userId, orgId: actor.orgId },
    { onlyOpen: options.status === 'open' },
  );
  const today = swedishToday(nowOf(ctx));
  return {
    actions: rows.map((r) => ({
      ...presentAction(r, today),
      meetingTitle: r.meetingTitle,
      meetingStartsAt: r.meetingStartsAt.toISOString(),
      networkId: r.networkId,
      networkName: r.networkName,
      canUpdate: true,
    })),
  };
}

/** Done, cancelled or reopened: by a coordinator or the owner, with optimistic locking of the action. */
export async function setActionStatus(
  ctx: Ctx,
  actionId: string,
  input: { version: number; status: ActionStatus },
) {
  const found = await repo.findActionWithMeeting(ctx.db, actionId);
  if (!found) throw notFound('action_item');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, found.meeting.networkId);
  if (!canReadMinutes(access, found.meeting.minutesStatus)) throw notFound('action_item');
  authorize(ctx.actor, canUpdateAction(access, ctx.actor, found.action));
  const today = swedishToday(nowOf(ctx));
  return inTransaction(ctx, async (tx) => {
    const updated = await repo.setActionStatus(tx.db, actionId, input.version, input.status, nowOf(tx));
    if (!updated) {
      const current = await repo.findActionNamed(tx.db, actionId);
      if (!current) throw notFound('action_item');
      throw new AppError('version_conflict', {
        currentVersion: current.action.version,
        current: presentAction(current, today),
      });
    }
    await writeAudit(tx, {
      action: 'meeting.action.status',
      entityType: 'action_item',
      entityId: actionId,
      before: { status: found.action.status },
      after: { status: updated.status },
    });
    const named = await repo.findActionNamed(tx.db, actionId);
    if (!named) throw notFound('action_item');
    return { action: presentAction(named, today) };
  });
}
