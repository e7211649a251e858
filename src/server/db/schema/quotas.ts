import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ApportionParams, CountyAllocation, MunicipalityInput } from '../../../core/reception/apportion';
import { users } from './accounts';
import { organisations } from './registry';

/** Everything of ApportionParams but the total, which has its own column; plus N of "the last N years". */
export type QuotaParams = Omit<ApportionParams, 'nationalTotal'> & { receptionYears: number };

/** One plan per year: the national total to apportion and the parameters of the model. */
export const quotaPlans = pgTable('quota_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  year: integer('year').notNull().unique(),
  nationalTotal: integer('national_total').notNull(),
  params: jsonb('params').$type<QuotaParams>().notNull(),
  status: text('status', { enum: ['draft', 'adopted'] })
    .notNull()
    .default('draft'),
  /** Raised by every change of inputs, scenarios or the allocation: optimistic locking. */
  version: integer('version').notNull().default(1),
  adoptedScenarioId: uuid('adopted_scenario_id'),
  adoptedAt: timestamp('adopted_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The model's inputs per municipality for a year (see core/reception/apportion.ts). */
export const quotaInputs = pgTable(
  'quota_inputs',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => quotaPlans.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    population: integer('population').notNull(),
    labourMarket: doublePrecision('labour_market').notNull(),
    newcomersReceived: integer('newcomers_received').notNull(),
    minorsReceived: integer('minors_received').notNull(),
    asylumSeekersAbo: integer('asylum_seekers_abo').notNull(),
    asylumSeekersEbo: integer('asylum_seekers_ebo').notNull(),
    temporaryProtection: integer('temporary_protection').notNull(),
    housing: doublePrecision('housing'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.orgId] })],
);

export type ScenarioInputOverride = Partial<Omit<MunicipalityInput, 'countyCode'>> & { code: string };

/** A computed alternative (e.g. another registration date): its own total, parameters and input changes. */
export const quotaScenarios = pgTable(
  'quota_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => quotaPlans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** For example the date from which people under the directive can be registered. */
    referenceDate: date('reference_date', { mode: 'string' }),
    nationalTotal: integer('national_total').notNull(),
    params: jsonb('params').$type<QuotaParams>().notNull(),
    overrides: jsonb('overrides').$type<ScenarioInputOverride[]>().notNull().default([]),
    counties: jsonb('counties').$type<CountyAllocation[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('quota_scenarios_plan_idx').on(t.planId)],
);

export const quotaScenarioResults = pgTable(
  'quota_scenario_results',
  {
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => quotaScenarios.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    countyCode: text('county_code').notNull(),
    kommuntal: integer('kommuntal').notNull(),
    quota: doublePrecision('quota').notNull(),
    share: doublePrecision('share').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.orgId] })],
);

/** The adopted kommuntal (persons) of each municipality for the plan's year, as revised. */
export const quotaAllocations = pgTable(
  'quota_allocations',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => quotaPlans.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    countyCode: text('county_code').notNull(),
    kommuntal: integer('kommuntal').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.orgId] }), index('quota_allocations_org_idx').on(t.orgId)],
);

export const quotaTransfers = pgTable(
  'quota_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => quotaPlans.id, { onDelete: 'cascade' }),
    fromOrgId: uuid('from_org_id')
      .notNull()
      .references(() => organisations.id),
    toOrgId: uuid('to_org_id')
      .notNull()
      .references(() => organisations.id),
    persons: integer('persons').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('quota_transfers_plan_idx').on(t.planId)],
);

/**
 * Every change of an adopted number: adoption, revision or transfer, with who, when, why
 * and the number before. The allocation table holds only the latest.
 */
export const quotaChanges = pgTable(
  'quota_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => quotaPlans.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind', { enum: ['adopt', 'revise', 'transfer'] }).notNull(),
    previous: integer('previous'),
    kommuntal: integer('kommuntal').notNull(),
    reason: text('reason').notNull().default(''),
    scenarioId: uuid('scenario_id'),
    transferId: uuid('transfer_id').references(() => quotaTransfers.id),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorOrgId: uuid('actor_org_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('quota_changes_plan_idx').on(t.planId, t.createdAt),
    index('quota_changes_org_idx').on(t.orgId),
  ],
);
