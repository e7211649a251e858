import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { requireAttachmentInNetwork } from '../attachments/attachments.service';
import * as repo from './meetings.repository';
import { changeMeeting } from './meetings.service';

export interface AgendaItemInput {
  topic: string;
  presenterName: string;
  presenterOrgId: string | null;
  slotStart: string;
  slotEnd: string;
  attachmentIds: string[];
}

/** Published minutes record the agenda as it was; it changes only through a correction of the minutes. */
function assertAgendaOpen(meeting: repo.MeetingRow): void {
  if (meeting.minutesStatus === 'published')
    throw new AppError('meeting_state', { minutesStatus: 'published' });
}

async function checkItem(ctx: Ctx, networkId: string, input: AgendaItemInput): Promise<void> {
  const fields: { path: string; code: string }[] = [];
  if (input.presenterOrgId && !(await repo.networkOrgIds(ctx.db, networkId)).has(input.presenterOrgId))
    fields.push({ path: 'presenterOrgId', code: 'not_network_member' });
  if (input.slotStart && input.slotEnd && input.slotEnd <= input.slotStart)
    fields.push({ path: 'slotEnd', code: 'ends_before_start' });
  if (new Set(input.attachmentIds).size !== input.attachmentIds.length)
    fields.push({ path: 'attachmentIds', code: 'invalid_value' });
  if (fields.length > 0) throw new AppError('validation', { fields });
  for (const [i, id] of input.attachmentIds.entries()) {
    await requireAttachmentInNetwork(ctx, id, networkId, `attachmentIds.${i}`);
  }
}

function audited(item: Omit<AgendaItemInput, 'attachmentIds'>) {
  return {
    topic: item.topic,
    presenterName: item.presenterName,
    presenterOrgId: item.presenterOrgId,
    slotStart: item.slotStart,
    slotEnd: item.slotEnd,
  };
}

export async function addAgendaItem(
  ctx: Ctx,
  meetingId: string,
  input: AgendaItemInput & { version: number },
) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, meeting) => {
    assertAgendaOpen(meeting);
    await checkItem(tx, meeting.networkId, input);
    const item = await repo.insertAgendaItem(tx.db, {
      meetingId,
      position: await repo.nextAgendaPosition(tx.db, meetingId),
      ...audited(input),
    });
    await repo.replaceAgendaAttachments(tx.db, item.id, input.attachmentIds);
    await writeAudit(tx, {
      action: 'meeting.agenda.add',
      entityType: 'agenda_item',
      entityId: item.id,
      after: { meetingId, ...audited(input), attachmentIds: input.attachmentIds },
    });
    return undefined;
  });
}

export async function updateAgendaItem(
  ctx: Ctx,
  meetingId: string,
  itemId: string,
  input: AgendaItemInput & { version: number },
) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, meeting) => {
    const before = await repo.findAgendaItem(tx.db, meetingId, itemId);
    if (!before) throw notFound('agenda_item');
    assertAgendaOpen(meeting);
    await checkItem(tx, meeting.networkId, input);
    const attachmentsBefore = (await repo.listAgendaAttachmentIds(tx.db, [itemId])).map(
      (l) => l.attachmentId,
    );
    await repo.updateAgendaItem(tx.db, itemId, audited(input));
    await repo.replaceAgendaAttachments(tx.db, itemId, input.attachmentIds);
    await writeAudit(tx, {
      action: 'meeting.agenda.update',
      entityType: 'agenda_item',
      entityId: itemId,
      before: { ...audited(before), attachmentIds: attachmentsBefore },
      after: { ...audited(input), attachmentIds: input.attachmentIds },
    });
    return undefined;
  });
}

export async function deleteAgendaItem(
  ctx: Ctx,
  meetingId: string,
  itemId: string,
  input: { version: number },
) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, meeting) => {
    const before = await repo.findAgendaItem(tx.db, meetingId, itemId);
    if (!before) throw notFound('agenda_item');
    assertAgendaOpen(meeting);
    await repo.deleteAgendaItem(tx.db, itemId);
    const rest = (await repo.listAgenda(tx.db, meetingId)).map((r) => r.item.id);
    await repo.setAgendaPositions(tx.db, rest);
    await writeAudit(tx, {
      action: 'meeting.agenda.delete',
      entityType: 'agenda_item',
      entityId: itemId,
      before: { meetingId, ...audited(before), minutes: before.minutes },
    });
    return undefined;
  });
}

/** The new order must name every item of the agenda exactly once. */
export async function reorderAgenda(
  ctx: Ctx,
  meetingId: string,
  input: { version: number; itemIds: string[] },
) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, meeting) => {
    assertAgendaOpen(meeting);
    const current = (await repo.listAgenda(tx.db, meetingId)).map((r) => r.item.id);
    const same =
      current.length === input.itemIds.length &&
      new Set(input.itemIds).size === input.itemIds.length &&
      input.itemIds.every((id) => current.includes(id));
    if (!same) throw new AppError('validation', { fields: [{ path: 'itemIds', code: 'invalid_value' }] });
    await repo.setAgendaPositions(tx.db, input.itemIds);
    await writeAudit(tx, {
      action: 'meeting.agenda.reorder',
      entityType: 'meeting',
      entityId: meetingId,
      before: { itemIds: current },
      after: { itemIds: input.itemIds },
    });
    return undefined;
  });
}
