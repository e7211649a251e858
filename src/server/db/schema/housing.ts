import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { housingTypes } from '../../../core/reception/housing';
import { users } from './accounts';
import { organisations } from './registry';

/** A municipality's rule for contract lengths (months) and what a large household is. */
export const housingPolicies = pgTable('housing_policies', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id),
  singleMonths: integer('single_months').notNull().default(24),
  familyMonths: integer('family_months').notNull().default(48),
  largeHouseholdSize: integer('large_household_size').notNull().default(5),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A dwelling or a group of places of one type; `label` is an address or site name, never a person. */
export const housingUnits = pgTable(
  'housing_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    label: text('label').notNull(),
    type: text('type', { enum: housingTypes }).notNull(),
    rooms: integer('rooms').notNull(),
    beds: integer('beds').notNull(),
    accessible: boolean('accessible').notNull().default(false),
    placesTotal: integer('places_total').notNull(),
    placesOccupied: integer('places_occupied').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('housing_units_org_idx').on(t.orgId),
    check(
      'housing_units_counts_ck',
      sql`${t.placesTotal} >= 0 and ${t.placesOccupied} >= 0 and ${t.placesOccupied} <= ${t.placesTotal} and ${t.rooms} >= 0 and ${t.beds} >= 0`,
    ),
  ],
);

/** Every change of a unit's counts, with the date it took effect. */
export const housingUnitStatus = pgTable(
  'housing_unit_status',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => housingUnits.id, { onDelete: 'cascade' }),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    placesTotal: integer('places_total').notNull(),
    placesOccupied: integer('places_occupied').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('housing_unit_status_unit_idx').on(t.unitId, t.changedOn)],
);

/** A household's contract in the municipality's housing; `household_ref` is the municipality's own code. */
export const housingPlacements = pgTable(
  'housing_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    householdRef: text('household_ref').notNull(),
    householdSize: integer('household_size').notNull(),
    unitId: uuid('unit_id').references(() => housingUnits.id),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    contractMonths: integer('contract_months').notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    /** True when end_on was set by hand rather than computed from the policy. */
    endOverridden: boolean('end_overridden').notNull().default(false),
    /** The day the household moved out; it then leaves the forecast. */
    endedOn: date('ended_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('housing_placements_org_end_idx').on(t.orgId, t.endOn),
    check('housing_placements_ck', sql`${t.householdSize} >= 1 and ${t.endOn} >= ${t.startOn}`),
  ],
);
