import { z } from '@hono/zod-openapi';
import type { OrgHistory, Picture, Trend } from './picture.types';

/** The longest history asked for at once: ten years of weekly rounds. */
export const MAX_ROUNDS = 520;

const uuid = z.string().uuid();
const countyCode = z
  .string()
  .regex(/^\d{2}$/, 'invalid_format')
  .openapi({ description: 'Länskod, två siffror (t.ex. 14 för Västra Götalands län)', example: '14' });
const roundCount = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_ROUNDS)
    .default(fallback)
    .openapi({ description: 'Antal omgångar bakåt' });

export const networkParams = z.object({
  networkId: uuid.openapi({ param: { name: 'networkId', in: 'path' } }),
});
export const orgParams = z.object({
  networkId: uuid.openapi({ param: { name: 'networkId', in: 'path' } }),
  orgId: uuid.openapi({ param: { name: 'orgId', in: 'path' } }),
});

export const pictureQuery = z.object({
  roundId: uuid.optional().openapi({ description: 'Omgång; utan den den senast öppnade' }),
  county: countyCode.optional(),
  mapFigure: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,47}$/, 'invalid_format')
    .optional()
    .openapi({
      description:
        'Nyckeltal vars värde per organisation ska följa med i `byOrg` (för kartan); utan den har `byOrg` bara påverkansnivåerna',
      example: 'sabo_infected_users',
    }),
});

export const trendQuery = z.object({
  templateId: uuid,
  key: z
    .string()
    .regex(/^(impact|figure):[a-z][a-z0-9_]{0,47}$/, 'invalid_format')
    .openapi({
      description: '`impact:<område>` eller `figure:<nyckeltal>`',
      example: 'figure:sabo_infected_users',
    }),
  rounds: roundCount(12),
  county: countyCode.optional(),
});

export const historyQuery = z.object({ rounds: roundCount(12) });

const impact = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const shared = z.union([z.number(), z.literal('<5')]);
const org = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  countyCode: z.string().nullable(),
});
const county = z.object({ code: z.string(), name: z.string() }).nullable();
const round = z.object({
  id: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  kind: z.enum(['weekly', 'extra']),
  isoYear: z.number(),
  isoWeek: z.number(),
  label: z.string().openapi({ example: 'v. 47 2026' }),
  title: z.string(),
  opensAt: z.string(),
  deadlineAt: z.string(),
});
const status = z.enum(['on_time', 'late', 'missing']);
const orgId = z.string().openapi({ description: 'Nyckel i `organisations`' });
const digestEntry = z.object({
  orgId,
  text: z.string(),
  status: z.enum(['new', 'changed', 'carried_over']),
  stale: z.boolean(),
  roundsUnchanged: z.number(),
});
const levels = { '1': z.number(), '2': z.number(), '3': z.number(), '4': z.number(), '5': z.number() };

export const pictureSchema = z
  .object({
    scope: z.object({ networkId: z.string(), roundId: z.string(), countyCode: z.string().optional() }),
    network: z.object({ id: z.string(), name: z.string() }),
    county,
    round,
    previousRoundId: z.string().nullable(),
    generatedAt: z.string(),
    organisations: z.record(z.string(), org),
    completeness: z.object({
      expected: z.number(),
      filed: z.number(),
      onTime: z.number(),
      late: z.number(),
      missing: z.array(orgId),
    }),
    areas: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        distribution: z.object({ ...levels, none: z.number() }),
      }),
    ),
    serious: z.array(
      z.object({
        orgId,
        areaKey: z.string(),
        areaLabel: z.string(),
        impact,
        comment: z.string(),
        commentCarriedOver: z.boolean(),
        commentStale: z.boolean(),
        commentRoundsUnchanged: z.number(),
      }),
    ),
    figures: z.array(
      z.object({
        key: z.string(),
        areaKey: z.string().nullable(),
        label: z.string(),
        unit: z.string().nullable(),
        type: z.enum(['integer', 'decimal', 'percent']),
        countsPersons: z.boolean(),
        n: z.number(),
        sum: shared.nullable(),
        mean: shared.nullable(),
        median: shared.nullable(),
        min: shared.nullable(),
        max: shared.nullable(),
      }),
    ),
    worsened: z.array(z.object({ orgId, areaKey: z.string(), from: impact, to: impact })),
    comments: z.record(z.string(), z.array(digestEntry)),
    texts: z.array(z.object({ key: z.string(), label: z.string(), entries: z.array(digestEntry) })),
    byOrg: z.array(
      z.object({
        orgId,
        status,
        isOwn: z.boolean(),
        impacts: z.record(z.string(), impact.nullable()),
        figures: z.record(z.string(), shared.nullable()),
      }),
    ),
  })
  .openapi('Picture');

export const trendSchema = z
  .object({
    networkId: z.string(),
    templateId: z.string(),
    key: z.string(),
    kind: z.enum(['impact', 'figure']),
    label: z.string(),
    unit: z.string().nullable(),
    countsPersons: z.boolean(),
    county,
    points: z.array(
      z.object({
        roundId: z.string(),
        isoYear: z.number(),
        isoWeek: z.number(),
        label: z.string(),
        kind: z.enum(['weekly', 'extra']),
        opensAt: z.string(),
        n: z.number(),
        sum: shared.nullable(),
        mean: shared.nullable(),
        median: shared.nullable(),
        min: shared.nullable(),
        max: shared.nullable(),
        distribution: z.object(levels).nullable(),
      }),
    ),
  })
  .openapi('Trend');

export const orgHistorySchema = z
  .object({
    network: z.object({ id: z.string(), name: z.string() }),
    org,
    isOwn: z.boolean(),
    templates: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        areas: z.array(z.object({ key: z.string(), label: z.string() })),
        figures: z.array(
          z.object({
            key: z.string(),
            areaKey: z.string().nullable(),
            label: z.string(),
            unit: z.string().nullable(),
            type: z.enum(['integer', 'decimal', 'percent']),
            countsPersons: z.boolean(),
          }),
        ),
        texts: z.array(z.object({ key: z.string(), label: z.string() })),
        rounds: z.array(
          z.object({
            round,
            status,
            impacts: z.record(z.string(), impact.nullable()),
            figures: z.record(z.string(), shared.nullable()),
            comments: z.record(
              z.string(),
              z.object({
                text: z.string(),
                carriedOver: z.boolean(),
                stale: z.boolean(),
                roundsUnchanged: z.number(),
              }),
            ),
            texts: z.record(z.string(), z.string()),
          }),
        ),
      }),
    ),
  })
  .openapi('OrganisationHistory');

// The interfaces in picture.types.ts are the contract exports code against; these checks
// fail to compile the moment the schemas (and so the OpenAPI document) drift from them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agreement: [
  Same<z.infer<typeof pictureSchema>, Picture>,
  Same<z.infer<typeof trendSchema>, Trend>,
  Same<z.infer<typeof orgHistorySchema>, OrgHistory>,
] = [true, true, true];
void agreement;
