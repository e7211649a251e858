import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { attachments } from './attachments';
import { networks, organisations } from './registry';

/**
 * A consultation (remiss): a document a coordinator sends to chosen organisations of a
 * network for comment. Answers are taken until `deadline_at`, the end of `deadline_date`
 * in Europe/Stockholm; moving the deadline raises `deadline_changes` (the calendar's SEQUENCE).
 */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id),
    deadlineDate: date('deadline_date').notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    deadlineChanges: integer('deadline_changes').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consultations_network_idx').on(t.networkId, t.deadlineAt),
    index('consultations_deadline_idx').on(t.deadlineAt),
  ],
);

export const consultationAnswerKinds = ['comments', 'no_comments'] as const;
export type ConsultationAnswerKind = (typeof consultationAnswerKinds)[number];

/**
 * One row per addressed organisation, holding its answer once given. `version` counts
 * saves of the answer (0 = not answered) for optimistic locking; the audit log keeps
 * every earlier answer.
 */
export const consultationRecipients = pgTable(
  'consultation_recipients',
  {
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    answerKind: text('answer_kind', { enum: consultationAnswerKinds }),
    answerText: text('answer_text').notNull().default(''),
    answerAttachmentId: uuid('answer_attachment_id').references(() => attachments.id),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.orgId] }),
    index('consultation_recipients_org_idx').on(t.orgId),
  ],
);
