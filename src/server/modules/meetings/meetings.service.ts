import { DateTime } from 'luxon';
import { isOverdue } from '../../../core/meetings/actions';
import { ZONE } from '../../../core/time/iso-week';
import { writeAudit } from '../../platform/audit';
import { actorOrgId, type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { getAttachmentMeta, summarize } from '../attachments/attachments.service';
import { loadNetworkAccess, type NetworkAccess } from '../registry/network-access';
import { canManageMeetings, canReadMeetings, canReadMinutes } from './meetings.policy';
import type { MeetingRow } from './meetings.repository';
import * as repo from './meetings.repository';

export interface MeetingInput {
  title: string;
  kind: 'meeting' | 'webinar' | 'lunch_meeting';
  startsAt: string;
  endsAt: string;
  place: string;
  videoUrl: string;
}

/** Today's date in Sweden, for due dates. */
export function swedishToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate() ?? '';
}

export function presentSummary(meeting: MeetingRow, networkName: string) {
  return {
    id: meeting.id,
    networkId: meeting.networkId,
    networkName,
    title: meeting.title,
    kind: meeting.kind,
    status: meeting.status,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    sequence: meeting.sequence,
    version: meeting.version,
    minutesStatus: meeting.minutesStatus,
    minutesVersion: meeting.minutesVersion,
    minutesPublishedAt: meeting.minutesPublishedAt?.toISOString() ?? null,
  };
}

type NamedAction = Awaited<ReturnType<typeof repo.listActions>>[number];

export function presentAction(row: NamedAction, today: string) {
  const a = row.action;
  return {
    id: a.id,
    meetingId: a.meetingId,
    agendaItemId: a.agendaItemId,
    text: a.text,
    ownerUserId: a.ownerUserId,
    ownerUserName: row.ownerUserName,
    ownerOrgId: a.ownerOrgId,
    ownerOrgName: row.ownerOrgName,
    dueDate: a.dueDate,
    status: a.status,
    version: a.version,
    overdue: isOverdue(a, today),
  };
}

export interface LoadedMeeting {
  meeting: MeetingRow;
  access: NetworkAccess;
}

/** A meeting for a member of its network; anyone else gets 404. */
export async function loadMeeting(ctx: Ctx, meetingId: string): Promise<LoadedMeeting> {
  const meeting = await repo.findMeeting(ctx.db, meetingId);
  if (!meeting) throw notFound('meeting');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, meeting.networkId);
  authorize(ctx.actor, canReadMeetings(access));
  return { meeting, access };
}

export async function meetingDetail(ctx: Ctx, meeting: MeetingRow, access: NetworkAccess) {
  const today = swedishToday(nowOf(ctx));
  const minutesVisible = canReadMinutes(access, meeting.minutesStatus);
  const agenda = await repo.listAgenda(ctx.db, meeting.id);
  const links = await repo.listAgendaAttachmentIds(
    ctx.db,
    agenda.map((a) => a.item.id),
  );
  const files = new Map(
    (await getAttachmentMeta(ctx.db, [...new Set(links.map((l) => l.attachmentId))])).map((m) => [m.id, m]),
  );
  const attachmentsOf = (itemId: string) =>
    links.flatMap((l) => {
      const meta = l.agendaItemId === itemId ? files.get(l.attachmentId) : undefined;
      // Private files of another organisation stay out of sight, as in the attachments module.
      if (
        !meta ||
        (meta.visibility === 'private' && !access.isCoordinator && meta.orgId !== actorOrgId(ctx.actor))
      )
        return [];
      return [summarize(meta)];
    });
  const attendance = await repo.listAttendance(ctx.db, meeting.id);
  const decisions = minutesVisible ? await repo.listDecisions(ctx.db, meeting.id) : [];
  const actions = minutesVisible ? await repo.listActions(ctx.db, meeting.id) : [];
  const followUp = await repo.listFollowUp(ctx.db, meeting, { includeUnpublished: access.isCoordinator });
  const history = minutesVisible ? await repo.listMinutesVersions(ctx.db, meeting.id) : [];
  return {
    meeting: presentSummary(meeting, access.network.name),
    agenda: agenda.map(({ item, presenterOrgName, sourceOrgName }) => ({
      id: item.id,
      position: item.position,
      topic: item.topic,
      presenterName: item.presenterName,
      presenterOrgId: item.presenterOrgId,
      presenterOrgName,
      slotStart: item.slotStart,
      slotEnd: item.slotEnd,
      minutes: minutesVisible ? item.minutes : null,
      sourceReport:
        item.sourceReportId && item.sourceOrgId
          ? { reportId: item.sourceReportId, orgId: item.sourceOrgId, orgName: sourceOrgName ?? '' }
          : null,
      attachments: attachmentsOf(item.id),
    })),
    attendance,
    minutesVisible,
    decisions,
    actions: actions.map((a) => presentAction(a, today)),
    followUp: followUp.map((f) => ({
      ...presentAction(f, today),
      meetingTitle: f.meetingTitle,
      meetingStartsAt: f.meetingStartsAt.toISOString(),
    })),
    history: history.map(({ row, createdByName }) => ({
      version: row.version,
      kind: row.kind,
      reason: row.reason,
      createdAt: row.createdAt.toISOString(),
      createdByName,
      content: row.content,
    })),
    invitedCount: access.isCoordinator ? await repo.countInvitations(ctx.db, meeting.id) : 0,
    canManage: canManageMeetings(access),
  };
}

export type MeetingDetail = Awaited<ReturnType<typeof meetingDetail>>;

export async function getMeeting(ctx: Ctx, meetingId: string) {
  const { meeting, access } = await loadMeeting(ctx, meetingId);
  return meetingDetail(ctx, meeting, access);
}

/**
 * Runs a change of a meeting (its details, agenda, attendance or minutes) for a coordinator:
 * locks the meeting, refuses a stale `expectedVersion` with 409 and the current state, raises
 * the version and answers the new state, all in one transaction.
 */
export async function changeMeeting(
  ctx: Ctx,
  meetingId: string,
  expectedVersion: number,
  change: (
    tx: Ctx,
    meeting: MeetingRow,
    access: NetworkAccess,
  ) => Promise<Partial<repo.NewMeeting> | undefined>,
) {
  const { access } = await loadMeeting(ctx, meetingId);
  authorize(ctx.actor, canManageMeetings(access));
  return inTransaction(ctx, async (tx) => {
    const locked = await repo.lockMeeting(tx.db, meetingId);
    if (!locked) throw notFound('meeting');
    if (locked.version !== expectedVersion) {
      throw new AppError('version_conflict', {
        currentVersion: locked.version,
        current: await meetingDetail(tx, locked, access),
      });
    }
    const values = await change(tx, locked, access);
    const updated = await repo.updateMeeting(tx.db, meetingId, values ?? {}, nowOf(tx));
    return meetingDetail(tx, updated, access);
  });
}

/** Published minutes are the record of the meeting: its details and attendance stay as they were. */
function assertNotPublished(meeting: MeetingRow): void {
  if (meeting.minutesStatus === 'published')
    throw new AppError('meeting_state', { minutesStatus: 'published' });
}

function checkMeetingInput(input: MeetingInput): void {
  const fields: { path: string; code: string }[] = [];
  if (new Date(input.endsAt).getTime() <= new Date(input.startsAt).getTime())
    fields.push({ path: 'endsAt', code: 'ends_before_start' });
  if (!input.place.trim() && !input.videoUrl.trim())
    fields.push({ path: 'place', code: 'place_or_video_required' });
  if (fields.length > 0) throw new AppError('validation', { fields });
}

export async function listMeetings(
  ctx: Ctx,
  options: { networkId?: string | undefined; when: 'upcoming' | 'past' | 'all'; limit: number },
) {
  const networks = await repo.listActorNetworks(ctx.db, ctx.actor);
  const withAccess = await Promise.all(
    networks.map(async (n) => ({ ...n, access: await loadNetworkAccess(ctx.db, ctx.actor, n.id) })),
  );
  if (options.networkId && !withAccess.some((n) => n.id === options.networkId)) throw notFound('network');
  const ids = options.networkId ? [options.networkId] : withAccess.map((n) => n.id);
  const rows = await repo.listMeetings(ctx.db, ids, { ...options, now: nowOf(ctx) });
  return {
    meetings: rows.map((r) => presentSummary(r.meeting, r.networkName)),
    networks: withAccess.map((n) => ({ id: n.id, name: n.name, canManage: canManageMeetings(n.access) })),
  };
}

function auditedFields(m: MeetingRow) {
  return {
    title: m.title,
    kind: m.kind,
    status: m.status,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    place: m.place,
    videoUrl: m.videoUrl,
    sequence: m.sequence,
  };
}

export async function createMeeting(ctx: Ctx, networkId: string, input: MeetingInput) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canManageMeetings(access));
  checkMeetingInput(input);
  return inTransaction(ctx, async (tx) => {
    const meeting = await repo.insertMeeting(tx.db, {
      networkId,
      title: input.title,
      kind: input.kind,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      place: input.place,
      videoUrl: input.videoUrl,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: nowOf(tx),
      updatedAt: nowOf(tx),
    });
    await writeAudit(tx, {
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { networkId, ...auditedFields(meeting) },
    });
    return meetingDetail(tx, meeting, access);
  });
}

/** Time, place and title are what calendars show: a change of them raises the SEQUENCE. */
function calendarChanged(before: MeetingRow, input: MeetingInput): boolean {
  return (
    before.title !== input.title ||
    before.startsAt.getTime() !== new Date(input.startsAt).getTime() ||
    before.endsAt.getTime() !== new Date(input.endsAt).getTime() ||
    before.place !== input.place ||
    before.videoUrl !== input.videoUrl
  );
}

export async function updateMeeting(ctx: Ctx, meetingId: string, input: MeetingInput & { version: number }) {
  checkMeetingInput(input);
  return changeMeeting(ctx, meetingId, input.version, async (tx, before) => {
    assertNotPublished(before);
    const values = {
      title: input.title,
      kind: input.kind,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      place: input.place,
      videoUrl: input.videoUrl,
      sequence: calendarChanged(before, input) ? before.sequence + 1 : before.sequence,
    };
    await writeAudit(tx, {
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: meetingId,
      before: auditedFields(before),
      after: { ...auditedFields({ ...before, ...values }) },
    });
    return values;
  });
}

export async function cancelMeeting(ctx: Ctx, meetingId: string, input: { version: number }) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, before) => {
    assertNotPublished(before);
    if (before.status === 'cancelled') throw new AppError('meeting_state', { status: before.status });
    await writeAudit(tx, {
      action: 'meeting.cancel',
      entityType: 'meeting',
      entityId: meetingId,
      before: { status: before.status, sequence: before.sequence },
      after: { status: 'cancelled', sequence: before.sequence + 1 },
    });
    return { status: 'cancelled' as const, sequence: before.sequence + 1 };
  });
}

export async function setAttendance(
  ctx: Ctx,
  meetingId: string,
  input: {
    version: number;
    entries: { orgId: string; personName: string; status: 'present' | 'absent' | 'excused' }[];
  },
) {
  return changeMeeting(ctx, meetingId, input.version, async (tx, meeting) => {
    assertNotPublished(meeting);
    const allowed = await repo.networkOrgIds(tx.db, meeting.networkId);
    const fields: { path: string; code: string }[] = [];
    const seen = new Set<string>();
    for (const [i, e] of input.entries.entries()) {
      if (!allowed.has(e.orgId)) fields.push({ path: `entries.${i}.orgId`, code: 'not_network_member' });
      const key = `${e.orgId}\u0000${e.personName.toLowerCase()}`;
      if (seen.has(key)) fields.push({ path: `entries.${i}.personName`, code: 'duplicate_attendee' });
      seen.add(key);
    }
    if (fields.length > 0) throw new AppError('validation', { fields });
    const before = await repo.listAttendance(tx.db, meetingId);
    await repo.replaceAttendance(tx.db, meetingId, input.entries);
    await writeAudit(tx, {
      action: 'meeting.attendance',
      entityType: 'meeting',
      entityId: meetingId,
      before: before.map(({ orgId, personName, status }) => ({ orgId, personName, status })),
      after: input.entries,
    });
    return undefined;
  });
}
