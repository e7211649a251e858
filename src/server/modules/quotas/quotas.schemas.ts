import { z } from '@hono/zod-openapi';

export const yearParam = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' }, example: 2026 }),
});
export const scenarioIdParam = z.object({ id: z.string().uuid() });

const direction = z
  .union([z.literal(1), z.literal(-1)])
  .openapi({ description: '1 = räknas för, −1 = räknas emot' });
const weight = z.number().min(0).max(100);
const factor = z.object({ weight, direction });

export const quotaParams = z
  .object({
    floor: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .openapi({ description: 'Lägsta kommuntal per kommun', example: 7 }),
    populationWeight: weight,
    receptionYears: z
      .number()
      .int()
      .min(1)
      .max(20)
      .openapi({ description: 'Tidigare mottagande avser de senaste N åren' }),
    factors: z.object({
      labourMarket: factor,
      earlierReception: factor,
      asylumSeekers: factor,
      housing: factor,
    }),
  })
  .openapi('QuotaParams');

const nationalTotal = z
  .number()
  .int()
  .min(0)
  .max(10_000_000)
  .openapi({ description: 'Personer att anvisa i hela landet' });
const expectedVersion = z
  .number()
  .int()
  .min(1)
  .openapi({ description: 'Planens version som ändringen bygger på' });

export const putPlanBody = z
  .object({ nationalTotal, params: quotaParams, expectedVersion: expectedVersion.optional() })
  .openapi('PutQuotaPlanBody');

const overrideNumber = z.number().int().min(0);
export const scenarioOverride = z.object({
  code: z.string().regex(/^\d{4}$/),
  population: z.number().int().min(1).optional(),
  labourMarket: z.number().min(0).optional(),
  newcomersReceived: overrideNumber.optional(),
  minorsReceived: overrideNumber.optional(),
  asylumSeekersAbo: overrideNumber.optional(),
  asylumSeekersEbo: overrideNumber.optional(),
  temporaryProtection: overrideNumber.optional(),
  housing: z.number().min(0).nullable().optional(),
});

export const createScenarioBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    referenceDate: z.iso.date().nullable().optional(),
    nationalTotal,
    params: quotaParams,
    overrides: z.array(scenarioOverride).max(400).default([]),
  })
  .openapi('CreateQuotaScenarioBody');

const reason = z.string().trim().min(1).max(2000);

export const adoptBody = z
  .object({ scenarioId: z.string().uuid(), reason: z.string().trim().max(2000).default(''), expectedVersion })
  .openapi('AdoptQuotaScenarioBody');

export const reviseBody = z
  .object({
    changes: z
      .array(z.object({ code: z.string().regex(/^\d{4}$/), kommuntal: z.number().int().min(0) }))
      .min(1)
      .max(400),
    reason,
    expectedVersion,
  })
  .openapi('ReviseKommuntalBody');

export const transferBody = z
  .object({
    fromCode: z.string().regex(/^\d{4}$/),
    toCode: z.string().regex(/^\d{4}$/),
    persons: z.number().int().min(1),
    reason,
    expectedVersion,
  })
  .openapi('QuotaTransferBody');

export const historyQuery = z.object({
  code: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(300),
});

export const exportQuery = z.object({
  scenarios: z
    .string()
    .optional()
    .openapi({ description: 'Scenario-id:n, kommaseparerade (högst två jämförs)' }),
});

const planSchema = z.object({
  id: z.string().uuid(),
  year: z.number().int(),
  nationalTotal: z.number().int(),
  params: quotaParams,
  status: z.enum(['draft', 'adopted']),
  version: z.number().int(),
  adoptedAt: z.string().nullable(),
  adoptedScenarioId: z.string().uuid().nullable(),
});

export const planListResponse = z
  .object({
    years: z.array(
      z.object({
        year: z.number().int(),
        status: z.enum(['draft', 'adopted']),
        nationalTotal: z.number().int(),
      }),
    ),
    canManage: z.boolean(),
  })
  .openapi('QuotaPlanList');

const municipalityNumber = z.object({
  orgId: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  countyCode: z.string(),
  kommuntal: z.number().int(),
});

export const overviewResponse = z
  .object({
    year: z.number().int(),
    plan: planSchema.nullable(),
    canManage: z.boolean(),
    counties: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        lanstal: z.number().int(),
        municipalities: z.number().int(),
      }),
    ),
    municipalities: z.array(municipalityNumber),
    own: municipalityNumber.nullable(),
    networks: z.array(
      z.object({
        id: z.string().uuid(),
        name: z.string(),
        kommuntal: z.number().int(),
        municipalities: z.number().int(),
      }),
    ),
  })
  .openapi('QuotaOverview');

export const planResponse = z.object({ plan: planSchema }).openapi('QuotaPlanResponse');

export const scenarioSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    referenceDate: z.string().nullable(),
    nationalTotal: z.number().int(),
    params: quotaParams,
    overrides: z.number().int().openapi({ description: 'Antal kommuner med ändrade indata' }),
    createdAt: z.string(),
    counties: z.array(
      z.object({
        countyCode: z.string(),
        name: z.string(),
        lanstal: z.number().int(),
        quota: z.number(),
        share: z.number(),
      }),
    ),
    results: z.array(
      z.object({
        code: z.string(),
        countyCode: z.string(),
        kommuntal: z.number().int(),
        quota: z.number(),
        share: z.number(),
      }),
    ),
  })
  .openapi('QuotaScenario');

export const scenarioListResponse = z
  .object({
    scenarios: z.array(scenarioSchema),
    municipalities: z.array(z.object({ code: z.string(), name: z.string(), countyCode: z.string() })),
  })
  .openapi('QuotaScenarioList');

export const inputsResponse = z
  .object({
    inputs: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        countyCode: z.string(),
        population: z.number().int(),
        labourMarket: z.number(),
        newcomersReceived: z.number().int(),
        minorsReceived: z.number().int(),
        asylumSeekersAbo: z.number().int(),
        asylumSeekersEbo: z.number().int(),
        temporaryProtection: z.number().int(),
        housing: z.number().nullable(),
      }),
    ),
  })
  .openapi('QuotaInputs');

export const historyResponse = z
  .object({
    changes: z.array(
      z.object({
        id: z.string().uuid(),
        kind: z.enum(['adopt', 'revise', 'transfer']),
        code: z.string(),
        name: z.string(),
        previous: z.number().int().nullable(),
        kommuntal: z.number().int(),
        reason: z.string(),
        actorName: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('QuotaHistory');

export const importBody = z
  .object({
    file: z
      .custom<File>((value) => value instanceof File, { message: 'required' })
      .openapi({ type: 'string', format: 'binary', description: '.csv eller .xlsx med kolumnen kommunkod' }),
    mode: z.enum(['dry_run', 'commit']).default('dry_run'),
  })
  .openapi('QuotaInputsUpload');

export const importResult = z
  .object({
    mode: z.enum(['dry_run', 'commit']),
    format: z.enum(['csv', 'xlsx']),
    rows: z.number().int(),
    columns: z.array(z.string()),
    errors: z.array(
      z.object({
        row: z.number().int(),
        column: z.string(),
        columnLetter: z.string().nullable(),
        code: z.string(),
        message: z.string(),
        value: z.string().nullable(),
      }),
    ),
    updated: z.number().int().openapi({ description: 'Kommuner vars indata ändras (0 vid provkörning)' }),
  })
  .openapi('QuotaInputsImportResult');
