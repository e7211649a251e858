import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assignmentSources, assignmentStatuses, targetGroups } from '../../../core/reception/ledger';
import { organisations } from './registry';

/**
 * Anvisningar: one row per household assigned to a municipality. No names or identity
 * numbers: `household_ref` is the municipality's own code. The year is the anvisning
 * date's calendar year; persons count against that year's kommuntal once received.
 */
export const receptionAssignments = pgTable(
  'reception_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    householdRef: text('household_ref').notNull(),
    householdSize: integer('household_size').notNull(),
    adults: integer('adults').notNull(),
    children: integer('children').notNull(),
    targetGroup: text('target_group', { enum: targetGroups }).notNull(),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    plannedReceptionOn: date('planned_reception_on', { mode: 'string' }),
    receivedOn: date('received_on', { mode: 'string' }),
    status: text('status', { enum: assignmentStatuses }).notNull().default('assigned'),
    source: text('source', { enum: assignmentSources }).notNull().default('manual'),
    /** The planner run that proposed it (the planner owns that table; no foreign key). */
    plannerRunId: uuid('planner_run_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reception_assignments_ref_uq').on(t.orgId, t.year, t.householdRef),
    index('reception_assignments_year_org_idx').on(t.year, t.orgId),
    check(
      'reception_assignments_size_ck',
      sql`${t.householdSize} = ${t.adults} + ${t.children} and ${t.adults} >= 0 and ${t.children} >= 0 and ${t.householdSize} >= 1`,
    ),
  ],
);
