import { z } from '@hono/zod-openapi';
import { plannerRunStatuses } from '../../db/schema/planner';

export const networkIdParam = z.object({ networkId: z.uuid() });
export const runIdParam = z.object({ id: z.uuid() });

export const weightsSchema = z.object({
  person: z.number().min(0).max(10_000).default(100),
  stay: z.number().min(0).max(1000).default(3),
  family: z.number().min(0).max(1000).default(2),
  fit: z.number().min(0).max(1000).default(1),
  largeFrom: z.number().int().min(1).max(30).default(5),
});

export const householdSchema = z.object({
  id: z.string().trim().min(1).max(64),
  persons: z.number().int().min(1).max(30),
  adults: z.number().int().min(0).max(30),
  children: z.number().int().min(0).max(30),
  currentMunicipality: z.string().max(8).nullish(),
  familyMunicipality: z.string().max(8).nullish(),
  needsLarge: z.boolean().optional(),
  needsAccessible: z.boolean().optional(),
  fit: z.record(z.string(), z.number()).optional(),
});

export const municipalityInputSchema = z.object({
  code: z.string().min(1).max(8),
  remainingQuota: z.number(),
  freePlaces: z.number(),
  units: z
    .array(z.object({ beds: z.number().int(), accessible: z.boolean(), count: z.number().int() }))
    .max(200),
});

export const createRunBody = z.object({
  name: z.string().trim().min(1).max(200),
  year: z.number().int().min(2000).max(2100),
  households: z.array(householdSchema).min(1).max(20_000),
  weights: weightsSchema.optional(),
  /** Municipality data entered by hand; by default it is read from kommuntal, ledger and housing. */
  municipalities: z.array(municipalityInputSchema).max(400).optional(),
});

export const overrideBody = z.object({
  householdId: z.string().min(1).max(64),
  /** kommunkod, or null to leave the household unplaced. */
  municipality: z.string().max(8).nullable(),
  version: z.number().int(),
});

export const startBody = z.object({ version: z.number().int() });

export const acceptBody = z.object({
  version: z.number().int(),
  assignedOn: z.iso.date(),
  targetGroup: z.enum(['kvotflykting', 'anlaggningsboende', 'skyddsbehovande_lma']),
});

const progressSchema = z
  .object({
    phase: z.string(),
    elapsedS: z.number(),
    incumbent: z.number().nullable(),
    bound: z.number().nullable(),
    gapPct: z.number().nullable(),
    columns: z.number(),
  })
  .nullable();

const proposalSchema = z.object({
  householdId: z.string(),
  persons: z.number(),
  adults: z.number(),
  children: z.number(),
  proposed: z.string().nullable(),
  municipality: z.string().nullable(),
  overridden: z.boolean(),
  terms: z.array(z.string()),
  unplacedReason: z.string().nullable(),
  unknownCode: z.string().optional(),
});

export const runSummary = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number(),
  status: z.enum(plannerRunStatuses),
  createdAt: z.string(),
});

export const runListResponse = z.object({ runs: z.array(runSummary), canPlan: z.boolean() });

export const runDetail = z.object({
  run: runSummary.extend({ version: z.number(), error: z.string().nullable(), progress: progressSchema }),
  weights: weightsSchema,
  result: z
    .object({
      status: z.string(),
      objective: z.number(),
      bound: z.number(),
      gapPct: z.number(),
      proven: z.boolean(),
      greedyObjective: z.number(),
      gainVsGreedyPct: z.number(),
      placedPersons: z.number(),
      totalPersons: z.number(),
      totalHouseholds: z.number(),
      seconds: z.number(),
      effectiveObjective: z.number(),
      effectivePlacedPersons: z.number(),
    })
    .nullable(),
  issues: z.array(
    z.object({ path: z.string(), code: z.string(), value: z.union([z.string(), z.number()]).optional() }),
  ),
  municipalities: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      remainingQuota: z.number(),
      freePlaces: z.number(),
      proposedPersons: z.number(),
      proposedHouseholds: z.number(),
      quotaAfter: z.number(),
    }),
  ),
  proposals: z.array(proposalSchema),
  violations: z.array(
    z.object({
      code: z.string(),
      kind: z.string(),
      threshold: z.number(),
      used: z.number(),
      capacity: z.number(),
    }),
  ),
  acceptedAssignments: z.number().nullable(),
});

export const batchUploadBody = z
  .object({
    file: z
      .custom<File>((value) => value instanceof File, { message: 'required' })
      .openapi({ type: 'string', format: 'binary', description: '.csv (UTF-8, ; eller ,) eller .xlsx' }),
    name: z.string().trim().min(1).max(200),
    year: z.coerce.number().int().min(2000).max(2100),
    mode: z.enum(['dry_run', 'commit']).default('dry_run'),
  })
  .openapi('PlannerBatchUpload');

export const batchUploadResult = z.object({
  mode: z.enum(['dry_run', 'commit']),
  format: z.enum(['csv', 'xlsx']),
  rows: z.number().int(),
  households: z.number().int(),
  persons: z.number().int(),
  errors: z.array(
    z.object({
      row: z.number().int().openapi({ description: 'Radnummer som i kalkylbladet (rubrikraden är 1)' }),
      column: z.string(),
      code: z.string(),
      message: z.string(),
      value: z.string().nullable(),
    }),
  ),
  /** The stored draft run (commit without errors), to be started from the page. */
  runId: z.string().nullable(),
});
