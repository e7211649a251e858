import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { attachments } from './attachments';
import { networks, organisations } from './registry';
import { reports } from './reports';

export const meetingKinds = ['meeting', 'webinar', 'lunch_meeting'] as const;
export const meetingStatuses = ['planned', 'cancelled'] as const;
export const minutesStatuses = ['draft', 'in_review', 'published'] as const;
export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export const actionStatuses = ['open', 'done', 'cancelled'] as const;

export type MinutesStatus = (typeof minutesStatuses)[number];
export type ActionStatus = (typeof actionStatuses)[number];

/** A network's meeting. Minutes live beside it; their lifecycle is `minutes_status`. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: meetingKinds }).notNull().default('meeting'),
    status: text('status', { enum: meetingStatuses }).notNull().default('planned'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull().default(''),
    videoUrl: text('video_url').notNull().default(''),
    /** iCalendar SEQUENCE: raised when time, place, title or status change, so calendars update. */
    sequence: integer('sequence').notNull().default(0),
    /** Optimistic locking of the whole meeting (agenda, attendance, minutes). */
    version: integer('version').notNull().default(1),
    minutesStatus: text('minutes_status', { enum: minutesStatuses }).notNull().default('draft'),
    /** Version number of the latest published minutes (0 before publication). */
    minutesVersion: integer('minutes_version').notNull().default(0),
    minutesPublishedAt: timestamp('minutes_published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_network_starts_idx').on(t.networkId, t.startsAt)],
);

export const agendaItems = pgTable(
  'meeting_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    topic: text('topic').notNull(),
    presenterName: text('presenter_name').notNull().default(''),
    presenterOrgId: uuid('presenter_org_id').references(() => organisations.id),
    /** Wall-clock "HH:MM" in Europe/Stockholm on the meeting's day; empty when not set. */
    slotStart: text('slot_start').notNull().default(''),
    slotEnd: text('slot_end').notNull().default(''),
    /** Markdown; rendered with raw HTML disabled. */
    minutes: text('minutes').notNull().default(''),
    /** Set when the item came from the escalation of a situation report. */
    sourceReportId: uuid('source_report_id').references(() => reports.id),
    sourceOrgId: uuid('source_org_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meeting_agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('meeting_agenda_items_report_idx').on(t.sourceReportId).where(sql`source_report_id is not null`),
  ],
);

/** Files shown with an agenda item (slides, background papers), from the attachments module. */
export const agendaAttachments = pgTable(
  'meeting_agenda_attachments',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agendaItemId, t.attachmentId] }),
    index('meeting_agenda_attachments_attachment_idx').on(t.attachmentId),
  ],
);

/** Who took part: an organisation, optionally a named person of it ('' = the organisation). */
export const attendance = pgTable(
  'meeting_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    personName: text('person_name').notNull().default(''),
    status: text('status', { enum: attendanceStatuses }).notNull(),
  },
  (t) => [uniqueIndex('meeting_attendance_uq').on(t.meetingId, t.orgId, t.personName)],
);

export const decisions = pgTable(
  'meeting_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId, t.position)],
);

/** An action item, owned by a person, an organisation or both. */
export const actionItems = pgTable(
  'meeting_action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    ownerOrgId: uuid('owner_org_id').references(() => organisations.id),
    dueDate: date('due_date'),
    status: text('status', { enum: actionStatuses }).notNull().default('open'),
    version: integer('version').notNull().default(1),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meeting_action_items_meeting_idx').on(t.meetingId, t.position),
    index('meeting_action_items_owner_user_idx').on(t.ownerUserId, t.status),
    index('meeting_action_items_owner_org_idx').on(t.ownerOrgId, t.status),
  ],
);

/** What published minutes said, one row per publication or correction; never updated. */
export const minutesVersions = pgTable(
  'minutes_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    kind: text('kind', { enum: ['publication', 'correction'] }).notNull(),
    reason: text('reason').notNull().default(''),
    content: jsonb('content').$type<MinutesSnapshot>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('minutes_versions_meeting_version_uq').on(t.meetingId, t.version)],
);

/** Who was sent an invitation, and for which SEQUENCE of the meeting. */
export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    sequence: integer('sequence').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meeting_invitations_uq').on(t.meetingId, t.userId)],
);

export interface MinutesSnapshot {
  items: { id: string; position: number; topic: string; minutes: string }[];
  decisions: { id: string; agendaItemId: string | null; text: string }[];
  actions: {
    id: string;
    agendaItemId: string | null;
    text: string;
    ownerUserId: string | null;
    ownerOrgId: string | null;
    dueDate: string | null;
  }[];
}
