import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { type ContactFunction, users } from './accounts';
import { networks, organisations } from './registry';

export const bulletinUrgencies = ['info', 'viktigt', 'larm'] as const;
export type BulletinUrgency = (typeof bulletinUrgencies)[number];

export const bulletinAudiences = ['all', 'functions'] as const;
export type BulletinAudience = (typeof bulletinAudiences)[number];

/** A message from a coordinator or an agency liaison to a network; never edited after sending. */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id),
    senderOrgId: uuid('sender_org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    urgency: text('urgency', { enum: bulletinUrgencies }).notNull(),
    audience: text('audience', { enum: bulletinAudiences }).notNull(),
    /** For audience 'functions': everyone in the network holding one of these contact functions. */
    functions: text('functions').array().$type<ContactFunction[]>().notNull().default([]),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    resendCount: integer('resend_count').notNull().default(0),
    lastResentAt: timestamp('last_resent_at', { withTimezone: true }),
  },
  (t) => [index('bulletins_network_sent_idx').on(t.networkId, t.sentAt)],
);

/** The addressees, resolved to users when the bulletin is sent, with their receipts. */
export const bulletinRecipients = pgTable(
  'bulletin_recipients',
  {
    bulletinId: uuid('bulletin_id')
      .notNull()
      .references(() => bulletins.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    /** E-mails sent to this recipient for the bulletin (the first and every re-send). */
    mailCount: integer('mail_count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.bulletinId, t.userId] }),
    index('bulletin_recipients_user_idx').on(t.userId, t.acknowledgedAt),
  ],
);
