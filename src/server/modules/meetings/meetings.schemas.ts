import { z } from '@hono/zod-openapi';
import {
  actionStatuses,
  attendanceStatuses,
  meetingKinds,
  meetingStatuses,
  minutesStatuses,
} from '../../db/schema/meetings';

export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const meetingIdParam = z.object({ id: z.string().uuid() });
export const agendaItemParam = z.object({ id: z.string().uuid(), itemId: z.string().uuid() });
export const actionIdParam = z.object({ id: z.string().uuid() });

const instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-03-23T09:00:00+01:00' });
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time')
  .or(z.literal(''));
const isoDate = z.iso.date().openapi({ example: '2026-04-01' });
/** Video links open in the browser of every member: https only. */
const videoUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^https:\/\/\S+$/, 'invalid_url')
  .or(z.literal(''));
const expectedVersion = z
  .number()
  .int()
  .min(1)
  .openapi({ description: 'The meeting version the change is based on' });

export const listMeetingsQuery = z.object({
  networkId: z.string().uuid().optional(),
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const meetingInput = z.object({
  title: z.string().trim().min(1).max(200),
  kind: z.enum(meetingKinds).default('meeting'),
  startsAt: instant,
  endsAt: instant,
  place: z.string().trim().max(300).default(''),
  videoUrl: videoUrl.default(''),
});
export const createMeetingBody = meetingInput.openapi('CreateMeetingBody');
export const updateMeetingBody = meetingInput
  .extend({ version: expectedVersion })
  .openapi('UpdateMeetingBody');
export const versionBody = z.object({ version: expectedVersion }).openapi('MeetingVersionBody');

export const agendaItemInput = z.object({
  topic: z.string().trim().min(1).max(300),
  presenterName: z.string().trim().max(200).default(''),
  presenterOrgId: z.string().uuid().nullable().default(null),
  slotStart: clock.default(''),
  slotEnd: clock.default(''),
  /** Uploaded through the attachments API first; the whole list replaces the item's files. */
  attachmentIds: z.array(z.string().uuid()).max(20).default([]),
});
export const agendaItemBody = agendaItemInput.extend({ version: expectedVersion }).openapi('AgendaItemBody');
export const agendaOrderBody = z
  .object({ version: expectedVersion, itemIds: z.array(z.string().uuid()).max(200) })
  .openapi('AgendaOrderBody');
export const deleteAgendaItemQuery = z.object({ version: z.coerce.number().int().min(1) });

export const attendanceBody = z
  .object({
    version: expectedVersion,
    entries: z
      .array(
        z.object({
          orgId: z.string().uuid(),
          personName: z.string().trim().max(200).default(''),
          status: z.enum(attendanceStatuses),
        }),
      )
      .max(2000),
  })
  .openapi('AttendanceBody');

export const minutesBody = z
  .object({
    version: expectedVersion,
    items: z.array(z.object({ agendaItemId: z.string().uuid(), minutes: z.string().max(50_000) })).max(200),
    decisions: z
      .array(
        z.object({
          id: z.string().uuid().optional(),
          agendaItemId: z.string().uuid().nullable().default(null),
          text: z.string().trim().min(1).max(5000),
        }),
      )
      .max(500),
    actions: z
      .array(
        z.object({
          id: z.string().uuid().optional(),
          agendaItemId: z.string().uuid().nullable().default(null),
          text: z.string().trim().min(1).max(2000),
          ownerUserId: z.string().uuid().nullable().default(null),
          ownerOrgId: z.string().uuid().nullable().default(null),
          dueDate: isoDate.nullable().default(null),
        }),
      )
      .max(500),
    /** Required once the minutes are published: a correction says why. */
    correctionReason: z.string().trim().max(1000).optional(),
  })
  .openapi('MinutesBody');

export const minutesStatusBody = z
  .object({ version: expectedVersion, status: z.enum(minutesStatuses) })
  .openapi('MinutesStatusBody');

export const actionStatusBody = z
  .object({ version: z.number().int().min(1), status: z.enum(actionStatuses) })
  .openapi('ActionStatusBody');

export const myActionsQuery = z.object({ status: z.enum(['open', 'all']).default('open') });

export const minutesPdfQuery = z.object({ from: isoDate, to: isoDate });

const meetingSummary = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    networkName: z.string(),
    title: z.string(),
    kind: z.enum(meetingKinds),
    status: z.enum(meetingStatuses),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string(),
    videoUrl: z.string(),
    sequence: z.number().int(),
    version: z.number().int(),
    minutesStatus: z.enum(minutesStatuses),
    minutesVersion: z.number().int(),
    minutesPublishedAt: z.string().nullable(),
  })
  .openapi('MeetingSummary');

export const actionItem = z
  .object({
    id: z.string().uuid(),
    meetingId: z.string().uuid(),
    agendaItemId: z.string().uuid().nullable(),
    text: z.string(),
    ownerUserId: z.string().uuid().nullable(),
    ownerUserName: z.string().nullable(),
    ownerOrgId: z.string().uuid().nullable(),
    ownerOrgName: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(actionStatuses),
    version: z.number().int(),
    overdue: z.boolean(),
  })
  .openapi('MeetingActionItem');

const followUpItem = actionItem
  .extend({ meetingTitle: z.string(), meetingStartsAt: z.string() })
  .openapi('FollowUpActionItem');

export const meetingDetail = z
  .object({
    meeting: meetingSummary,
    agenda: z.array(
      z.object({
        id: z.string().uuid(),
        position: z.number().int(),
        topic: z.string(),
        presenterName: z.string(),
        presenterOrgId: z.string().uuid().nullable(),
        presenterOrgName: z.string().nullable(),
        slotStart: z.string(),
        slotEnd: z.string(),
        /** Null when the actor may not see the minutes in their current state. */
        minutes: z.string().nullable(),
        sourceReport: z
          .object({ reportId: z.string().uuid(), orgId: z.string().uuid(), orgName: z.string() })
          .nullable(),
        attachments: z.array(
          z.object({
            id: z.string().uuid(),
            filename: z.string(),
            contentType: z.string(),
            size: z.number().int(),
          }),
        ),
      }),
    ),
    attendance: z.array(
      z.object({
        orgId: z.string().uuid(),
        orgName: z.string(),
        personName: z.string(),
        status: z.enum(attendanceStatuses),
      }),
    ),
    minutesVisible: z.boolean(),
    decisions: z.array(
      z.object({ id: z.string().uuid(), agendaItemId: z.string().uuid().nullable(), text: z.string() }),
    ),
    actions: z.array(actionItem),
    followUp: z.array(followUpItem),
    history: z.array(
      z.object({
        version: z.number().int(),
        kind: z.enum(['publication', 'correction']),
        reason: z.string(),
        createdAt: z.string(),
        createdByName: z.string().nullable(),
        content: z.object({
          items: z.array(
            z.object({ id: z.string(), position: z.number().int(), topic: z.string(), minutes: z.string() }),
          ),
          decisions: z.array(
            z.object({ id: z.string(), agendaItemId: z.string().nullable(), text: z.string() }),
          ),
          actions: z.array(
            z.object({
              id: z.string(),
              agendaItemId: z.string().nullable(),
              text: z.string(),
              ownerUserId: z.string().nullable(),
              ownerOrgId: z.string().nullable(),
              dueDate: z.string().nullable(),
            }),
          ),
        }),
      }),
    ),
    invitedCount: z.number().int(),
    canManage: z.boolean(),
  })
  .openapi('MeetingDetail');

export const meetingListResponse = z
  .object({
    meetings: z.array(meetingSummary),
    networks: z.array(z.object({ id: z.string().uuid(), name: z.string(), canManage: z.boolean() })),
  })
  .openapi('MeetingList');

export const myActionsResponse = z
  .object({
    actions: z.array(
      actionItem.extend({
        meetingTitle: z.string(),
        meetingStartsAt: z.string(),
        networkId: z.string().uuid(),
        networkName: z.string(),
        canUpdate: z.boolean(),
      }),
    ),
  })
  .openapi('MyActions');

export const actionStatusResponse = z.object({ action: actionItem }).openapi('ActionStatusResult');
export const invitationsResponse = z.object({ invited: z.number().int() }).openapi('InvitationsResult');
