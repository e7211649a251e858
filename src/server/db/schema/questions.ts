import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { networks, organisations } from './registry';

export const questionStatuses = ['new', 'assigned', 'answered'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

/** The searchable text of a question; the similar-question query must use exactly this expression. */
export const questionDocument = sql.raw(
  `(setweight(to_tsvector('swedish'::regconfig, "title"), 'A') || setweight(to_tsvector('swedish'::regconfig, "body"), 'B') || setweight(to_tsvector('swedish'::regconfig, coalesce("answer", '')), 'C'))`,
);

/**
 * A question a network member puts to an agency of the network or to its coordinator
 * ("nätverkets frågeställningar"). Once answered it is published to the network as Q&A.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    askedBy: uuid('asked_by')
      .notNull()
      .references(() => users.id),
    askerOrgId: uuid('asker_org_id')
      .notNull()
      .references(() => organisations.id),
    /** An agency that is a member of the network, or the network's owner for "the coordinator". */
    addressedOrgId: uuid('addressed_org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: questionStatuses }).notNull().default('new'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    tags: text('tags').array().notNull().default([]),
    /** Optimistic locking: every change bumps it; a stale write gets 409 with the current state. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('questions_network_status_idx').on(t.networkId, t.status, t.answeredAt),
    index('questions_addressed_idx').on(t.addressedOrgId, t.createdAt),
    index('questions_asker_idx').on(t.askerOrgId, t.createdAt),
    // "Similar earlier questions" search published Q&A by Swedish stems and by trigrams of the title.
    index('questions_fts_idx').using('gin', sql`${questionDocument}`).where(sql`status = 'answered'`),
    index('questions_title_trgm_idx')
      .using('gin', t.title.op('gin_trgm_ops'))
      .where(sql`status = 'answered'`),
  ],
);
