import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { networks } from './registry';

/** `draft`: a batch stored but not yet started (municipality data is read when it starts). */
export const plannerRunStatuses = ['draft', 'queued', 'running', 'done', 'failed', 'accepted'] as const;
export type PlannerRunStatus = (typeof plannerRunStatuses)[number];

/**
 * One planner run: the input as it was when the run was created (households, municipality
 * data, weights), progress while solving, the result with a proposal per household, and the
 * coordinator's overrides. The snapshot keeps a run explainable after quotas have moved on.
 */
export const plannerRuns = pgTable(
  'planner_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    status: text('status', { enum: plannerRunStatuses }).notNull().default('queued'),
    /** PlannerInput (core/planner/types.ts) plus each municipality's organisation id. */
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    progress: jsonb('progress').$type<Record<string, unknown> | null>(),
    /** PlanResult (modules/planner/solver/plan.ts). */
    result: jsonb('result').$type<Record<string, unknown> | null>(),
    /** householdId → kommunkod, or null for "leave unplaced". */
    overrides: jsonb('overrides').$type<Record<string, string | null>>().notNull().default({}),
    error: text('error'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('planner_runs_network_idx').on(t.networkId, t.createdAt)],
);
