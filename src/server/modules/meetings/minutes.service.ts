import { canMoveMinutes } from '../../../core/meetings/actions';
import type { MinutesSnapshot, MinutesStatus } from '../../db/schema/meetings';
import { writeAudit } from '../../platform/audit';
import { actorUserId, type Ctx, nowOf } from '../../platform/context';
import { AppError } from '../../platform/errors';
import * as repo from './meetings.repository';
import { changeMeeting } from './meetings.service';
import { indexPublishedMinutes } from './meetings-search';

export interface MinutesInput {
  version: number;
  items: { agendaItemId: string; minutes: string }[];
  decisions: { id?: string | undefined; agendaItemId: string | null; text: string }[];
  actions: {
    id?: string | undefined;
    agendaItemId: string | null;
    text: string;
    ownerUserId: string | null;
    ownerOrgId: string | null;
    dueDate: string | null;
  }[];
  correctionReason?: string | undefined;
}

type Field = { path: string; code: string };

export async function minutesSnapshot(ctx: Ctx, meetingId: string): Promise<MinutesSnapshot> {
  const items = await repo.listAgenda(ctx.db, meetingId);
  const decisions = await repo.listDecisions(ctx.db, meetingId);
  const actions = await repo.listActions(ctx.db, meetingId);
  return {
    items: items.map(({ item }) => ({
      id: item.id,
      position: item.position,
      topic: item.topic,
      minutes: item.minutes,
    })),
    decisions,
    actions: actions.map(({ action: a }) => ({
      id: a.id,
      agendaItemId: a.agendaItemId,
      text: a.text,
      ownerUserId: a.ownerUserId,
      ownerOrgId: a.ownerOrgId,
      dueDate: a.dueDate,
    })),
  };
}

async function checkMinutes(
  ctx: Ctx,
  meeting: repo.MeetingRow,
  input: MinutesInput,
  current: MinutesSnapshot,
) {
  const fields: Field[] = [];
  const itemIds = new Set(current.items.map((i) => i.id));
  const decisionIds = new Set(current.decisions.map((d) => d.id));
  const actionIds = new Set(current.actions.map((a) => a.id));
  const orgIds = await repo.networkOrgIds(ctx.db, meeting.networkId);
  const ownerUserIds = [...new Set(input.actions.flatMap((a) => (a.ownerUserId ? [a.ownerUserId] : [])))];
  const owners = new Map((await repo.activeUsersIn(ctx.db, ownerUserIds)).map((u) => [u.id, u.orgId]));
  if (meeting.minutesStatus === 'published' && !input.correctionReason?.trim())
    fields.push({ path: 'correctionReason', code: 'correction_reason_required' });
  for (const [i, item] of input.items.entries()) {
    if (!itemIds.has(item.agendaItemId))
      fields.push({ path: `items.${i}.agendaItemId`, code: 'invalid_value' });
  }
  for (const [i, d] of input.decisions.entries()) {
    if (d.id && !decisionIds.has(d.id)) fields.push({ path: `decisions.${i}.id`, code: 'invalid_value' });
    if (d.agendaItemId && !itemIds.has(d.agendaItemId))
      fields.push({ path: `decisions.${i}.agendaItemId`, code: 'invalid_value' });
  }
  for (const [i, a] of input.actions.entries()) {
    if (a.id && !actionIds.has(a.id)) fields.push({ path: `actions.${i}.id`, code: 'invalid_value' });
    if (a.agendaItemId && !itemIds.has(a.agendaItemId))
      fields.push({ path: `actions.${i}.agendaItemId`, code: 'invalid_value' });
    if (!a.ownerUserId && !a.ownerOrgId)
      fields.push({ path: `actions.${i}.ownerOrgId`, code: 'owner_required' });
    if (a.ownerOrgId && !orgIds.has(a.ownerOrgId))
      fields.push({ path: `actions.${i}.ownerOrgId`, code: 'not_network_member' });
    const ownerOrg = a.ownerUserId ? owners.get(a.ownerUserId) : undefined;
    if (a.ownerUserId && (!ownerOrg || !orgIds.has(ownerOrg)))
      fields.push({ path: `actions.${i}.ownerUserId`, code: 'not_network_member' });
  }
  if (fields.length > 0) throw new AppError('validation', { fields });
}

async function applyMinutes(ctx: Ctx, meetingId: string, input: MinutesInput, current: MinutesSnapshot) {
  for (const item of input.items) {
    const before = current.items.find((i) => i.id === item.agendaItemId);
    if (before && before.minutes !== item.minutes)
      await repo.updateAgendaItem(ctx.db, item.agendaItemId, { minutes: item.minutes });
  }
  const keptDecisions = new Set(input.decisions.flatMap((d) => (d.id ? [d.id] : [])));
  await repo.deleteDecisions(
    ctx.db,
    current.decisions.filter((d) => !keptDecisions.has(d.id)).map((d) => d.id),
  );
  for (const [position, d] of input.decisions.entries()) {
    const values = { agendaItemId: d.agendaItemId, text: d.text, position: position + 1 };
    if (d.id) await repo.updateDecision(ctx.db, d.id, values);
    else await repo.insertDecision(ctx.db, { meetingId, ...values });
  }
  const keptActions = new Set(input.actions.flatMap((a) => (a.id ? [a.id] : [])));
  await repo.deleteActions(
    ctx.db,
    current.actions.filter((a) => !keptActions.has(a.id)).map((a) => a.id),
  );
  for (const [position, a] of input.actions.entries()) {
    const values = {
      agendaItemId: a.agendaItemId,
      text: a.text,
      ownerUserId: a.ownerUserId,
      ownerOrgId: a.ownerOrgId,
      dueDate: a.dueDate,
      position: position + 1,
    };
    const before = a.id ? current.actions.find((x) => x.id === a.id) : undefined;
    if (!a.id) await repo.insertAction(ctx.db, { meetingId, ...values });
    else if (
      before &&
      JSON.stringify({ ...before, position: 0 }) !== JSON.stringify({ ...values, id: a.id, position: 0 })
    )
      await repo.updateAction(ctx.db, a.id, values);
  }
}

async function indexMinutes(ctx: Ctx, meeting: repo.MeetingRow, previous?: MinutesSnapshot) {
  const agenda = await repo.listAgenda(ctx.db, meeting.id);
  await indexPublishedMinutes(ctx.db, {
    meeting,
    items: agenda.map(({ item }) => item),
    decisions: await repo.listDecisions(ctx.db, meeting.id),
    ...(previous
      ? {
          previous: {
            itemIds: previous.items.map((i) => i.id),
            decisionIds: previous.decisions.map((d) => d.id),
          },
        }
      : {}),
  });
}

/**
 * Saves the minutes as a whole. Before publication this is the working copy; once published,
 * the same save is a correction: it needs a reason and adds a new version beside the earlier
 * ones, which stay as they were.
 */
export async function saveMinutes(ctx: Ctx, meetingId: string, input: MinutesInput) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, meeting) => {
    const before = await minutesSnapshot(tx, meetingId);
    await checkMinutes(tx, meeting, input, before);
    await applyMinutes(tx, meetingId, input, before);
    const after = await minutesSnapshot(tx, meetingId);
    if (meeting.minutesStatus !== 'published') {
      await writeAudit(tx, {
        action: 'minutes.save',
        entityType: 'meeting',
        entityId: meetingId,
        before,
        after,
      });
      return undefined;
    }
    const version = meeting.minutesVersion + 1;
    const reason = input.correctionReason?.trim() ?? '';
    await repo.insertMinutesVersion(tx.db, {
      meetingId,
      version,
      kind: 'correction',
      reason,
      content: after,
      createdBy: actorUserId(tx.actor),
      createdAt: nowOf(tx),
    });
    await writeAudit(tx, {
      action: 'minutes.correct',
      entityType: 'meeting',
      entityId: meetingId,
      before: { version: meeting.minutesVersion, content: before },
      after: { version, reason, content: after },
    });
    await indexMinutes(tx, meeting, before);
    return { minutesVersion: version };
  });
}

/** draft ⇄ in review → published. Publishing stores version 1 and makes the minutes searchable. */
export async function setMinutesStatus(
  ctx: Ctx,
  meetingId: string,
  input: { version: number; status: MinutesStatus },
) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, meeting) => {
    if (!canMoveMinutes(meeting.minutesStatus, input.status))
      throw new AppError('meeting_state', { minutesStatus: meeting.minutesStatus });
    await writeAudit(tx, {
      action: input.status === 'published' ? 'minutes.publish' : 'minutes.status',
      entityType: 'meeting',
      entityId: meetingId,
      before: { minutesStatus: meeting.minutesStatus },
      after: { minutesStatus: input.status },
    });
    if (input.status !== 'published') return { minutesStatus: input.status };
    const now = nowOf(tx);
    await repo.insertMinutesVersion(tx.db, {
      meetingId,
      version: 1,
      kind: 'publication',
      content: await minutesSnapshot(tx, meetingId),
      createdBy: actorUserId(tx.actor),
      createdAt: now,
    });
    await indexMinutes(tx, meeting);
    return { minutesStatus: 'published' as const, minutesVersion: 1, minutesPublishedAt: now };
  });
}
