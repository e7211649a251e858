import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { networks } from './registry';

export const networkEventKinds = ['webinar', 'lunch_meeting', 'event'] as const;
export type NetworkEventKind = (typeof networkEventKinds)[number];

/**
 * Free-standing calendar events of a network (webinars, lunch meetings, other events);
 * meetings live in their own tables. All-day events keep midnight Stockholm time of their
 * first and last day in `starts_at`/`ends_at`, so one range index serves both kinds.
 */
export const networkEvents = pgTable(
  'network_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    kind: text('kind', { enum: networkEventKinds }).notNull(),
    title: text('title').notNull(),
    allDay: boolean('all_day').notNull().default(false),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    location: text('location').notNull().default(''),
    url: text('url').notNull().default(''),
    description: text('description').notNull().default(''),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** iCalendar SEQUENCE: raised when time, place or status changes. */
    sequence: integer('sequence').notNull().default(0),
    /** Optimistic-lock counter: raised on every change. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_events_network_start_idx').on(t.networkId, t.startsAt)],
);

/**
 * Secret iCalendar feed URLs: one per user for all their networks (`network_id` null) and
 * one per user and network. Only the token's SHA-256 is stored; rotating replaces it.
 */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').references(() => networks.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feed_tokens_user_uq').on(t.userId).where(sql`network_id is null`),
    uniqueIndex('calendar_feed_tokens_user_network_uq')
      .on(t.userId, t.networkId)
      .where(sql`network_id is not null`),
  ],
);
