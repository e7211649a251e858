import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Answers } from '../../../core/reports/answers';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { users } from './accounts';
import { networks, organisations } from './registry';

export const templates = pgTable('templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id')
    .notNull()
    .references(() => networks.id),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** Weekly rounds are created automatically only for active templates. */
  isActive: boolean('is_active').notNull().default(true),
  currentVersion: integer('current_version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Immutable: editing a template inserts a new version. */
export const templateVersions = pgTable(
  'template_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => templates.id),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<TemplateDefinition>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('template_versions_template_version_uq').on(t.templateId, t.version)],
);

export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    templateId: uuid('template_id')
      .notNull()
      .references(() => templates.id),
    /** The version current when the round opened; reports filed in the round use it. */
    templateVersionId: uuid('template_version_id')
      .notNull()
      .references(() => templateVersions.id),
    kind: text('kind', { enum: ['weekly', 'extra'] }).notNull(),
    /** ISO week-numbering year and week in Europe/Stockholm (weekly rounds; extra rounds carry the week they open in). */
    isoYear: smallint('iso_year').notNull(),
    isoWeek: smallint('iso_week').notNull(),
    title: text('title').notNull().default(''),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('rounds_network_opens_idx').on(t.networkId, t.opensAt),
    index('rounds_template_idx').on(t.templateId, t.opensAt),
    // One weekly round per template and ISO week, so several instances creating rounds cannot double them.
    uniqueIndex('rounds_weekly_template_week_uq')
      .on(t.templateId, t.isoYear, t.isoWeek)
      .where(sql`kind = 'weekly'`),
  ],
);

export const reportStatuses = ['draft', 'submitted'] as const;

/** One report per organisation and round; `version` is the optimistic-lock counter. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    templateVersionId: uuid('template_version_id')
      .notNull()
      .references(() => templateVersions.id),
    status: text('status', { enum: reportStatuses }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    /**
     * The answers that count: the last submitted ones once the report has been submitted
     * (the picture, exports and report_values show these), the working copy while it is
     * still a first draft.
     */
    answers: jsonb('answers').$type<Answers>().notNull(),
    /**
     * A revision in progress of a submitted report; null when none. Kept apart so the
     * network keeps seeing the submitted answers until the revision is submitted.
     */
    draftAnswers: jsonb('draft_answers').$type<Answers>(),
    /** Keys of answers carried over unchanged from the previous report, and for how many rounds. */
    carriedOver: jsonb('carried_over').$type<Record<string, number>>().notNull().default({}),
    isLate: boolean('is_late').notNull().default(false),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reports_round_org_uq').on(t.roundId, t.orgId),
    index('reports_org_idx').on(t.orgId, t.createdAt),
  ],
);

/** Full history: one row per saved or submitted version of a report. */
export const reportRevisions = pgTable(
  'report_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    version: integer('version').notNull(),
    status: text('status', { enum: reportStatuses }).notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    actorUserId: uuid('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_revisions_report_version_uq').on(t.reportId, t.version)],
);

/**
 * The submitted answers as rows, one per area impact and per figure, written in the
 * same transaction as the submit. They exist so the picture and the trends aggregate
 * with plain indexed SQL instead of unpacking JSON over ten years of rounds.
 *
 * A report is one (round, organisation), so that pair and the key name a value; there is
 * no report id here and no foreign key. Each index entry and foreign-key check is paid on
 * every changed value of every submit, the hottest write of all: the one unique index
 * below serves the submit's upserts, the picture and the trends alike. Reports with values
 * are never deleted by the app (only the empty rows of refused first submissions are).
 */
export const reportValues = pgTable(
  'report_values',
  {
    roundId: uuid('round_id').notNull(),
    orgId: uuid('org_id').notNull(),
    /** `impact:<areaKey>` or `figure:<figureKey>`. */
    key: text('key').notNull(),
    num: doublePrecision('num'),
  },
  (t) => [
    // Key order (round, key, org) with `num` INCLUDEd (added by hand in migration 0019:
    // drizzle cannot declare it): a round's picture and a key's ten-year trend (one
    // (round, key) range per round) are index-only scans, never visits to a heap where one
    // key's rows are spread over every page (measured: a national 10-year trend went from
    // ~1.3 s to tens of ms). `num` cannot leave the index for cheaper (HOT) updates: the
    // trend then took 280–300 ms.
    uniqueIndex('report_values_round_key_org_uq').on(t.roundId, t.key, t.orgId),
  ],
);

/** Retried submits with the same key return the stored response instead of applying twice. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('idempotency_scope_key_uq').on(t.scope, t.key)],
);
