import { index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const organisationKinds = [
  'county',
  'municipality',
  'region',
  'association',
  'agency',
  'civil_society',
  'operator',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: organisationKinds }).notNull(),
    /** kommunkod (4 digits), länskod (2 digits), or a short code for agencies; unique when set. */
    code: text('code').unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** The county a municipality or länsstyrelse lies in (länskod). */
    countyCode: text('county_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_county_idx').on(t.countyCode)],
);

export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** The coordinating organisation (GR, SKR, a länsstyrelse …). Its coordinators run the network. */
  ownerOrgId: uuid('owner_org_id')
    .notNull()
    .references(() => organisations.id),
  /** Weekly round schedule in Europe/Stockholm: ISO weekday 1–7 and "HH:MM". */
  opensWeekday: smallint('opens_weekday').notNull().default(1),
  opensTime: text('opens_time').notNull().default('08:00'),
  deadlineWeekday: smallint('deadline_weekday').notNull().default(3),
  deadlineTime: text('deadline_time').notNull().default('12:00'),
  /** Reminders go out this many hours before the deadline. */
  reminderHours: integer('reminder_hours').notNull().default(24),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    /** Members that file reports (municipalities) vs. members that only take part (agencies). */
    reports: integer('reports').notNull().default(1),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.orgId] }), index('network_members_org_idx').on(t.orgId)],
);

export const counties = pgTable('counties', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
});
