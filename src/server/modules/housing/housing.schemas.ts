import { z } from '@hono/zod-openapi';
import { housingTypes } from '../../../core/reception/housing';

const day = z.iso.date().openapi({ example: '2026-03-14' });
const small = z.number().int().min(0).max(500);

export const idParam = z.object({ id: z.string().uuid() });
export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const countyParam = z.object({ countyCode: z.string().regex(/^\d{2}$/) });

export const policyBody = z
  .object({
    version: z.number().int().min(0).openapi({ description: '0 när kommunen ännu inte har en egen regel' }),
    singleMonths: z.number().int().min(1).max(120),
    familyMonths: z.number().int().min(1).max(120),
    largeHouseholdSize: z.number().int().min(2).max(20),
  })
  .openapi('HousingPolicyBody');

export const policy = z
  .object({
    singleMonths: z.number().int(),
    familyMonths: z.number().int(),
    largeHouseholdSize: z.number().int(),
    version: z.number().int(),
  })
  .openapi('HousingPolicy');

const unitFields = {
  label: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .openapi({ description: 'Adress eller boendets namn; aldrig en person' }),
  type: z.enum(housingTypes),
  rooms: z.number().int().min(0).max(50),
  beds: z.number().int().min(0).max(500),
  accessible: z.boolean(),
  placesTotal: small,
  placesOccupied: small,
};

export const createUnitBody = z
  .object({
    ...unitFields,
    changedOn: day.optional().openapi({ description: 'Från när antalen gäller; förval idag' }),
  })
  .openapi('CreateHousingUnitBody');

export const patchUnitBody = z
  .object({
    version: z.number().int().min(1),
    label: unitFields.label.optional(),
    type: unitFields.type.optional(),
    rooms: unitFields.rooms.optional(),
    beds: unitFields.beds.optional(),
    accessible: z.boolean().optional(),
    placesTotal: small.optional(),
    placesOccupied: small.optional(),
    changedOn: day.optional(),
  })
  .openapi('PatchHousingUnitBody');

export const unit = z
  .object({
    id: z.string().uuid(),
    label: z.string(),
    type: z.enum(housingTypes),
    rooms: z.number().int(),
    beds: z.number().int(),
    accessible: z.boolean(),
    placesTotal: z.number().int(),
    placesOccupied: z.number().int(),
    placesFree: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('HousingUnit');

export const unitHistory = z
  .object({
    unit,
    history: z.array(
      z.object({
        changedOn: z.string(),
        placesTotal: z.number().int(),
        placesOccupied: z.number().int(),
        placesFree: z.number().int(),
      }),
    ),
  })
  .openapi('HousingUnitHistory');

const ref = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .openapi({ description: 'Kommunens egen hushållsreferens', example: 'MOL-H-031' });

export const createPlacementBody = z
  .object({
    householdRef: ref,
    householdSize: z.number().int().min(1).max(30),
    unitId: z.string().uuid().nullable().optional(),
    startOn: day,
    contractMonths: z
      .number()
      .int()
      .min(1)
      .max(120)
      .optional()
      .openapi({ description: 'Förval enligt kommunens regel' }),
    endOn: day.nullable().optional().openapi({ description: 'Sätts för hand; annars beräknat' }),
  })
  .openapi('CreatePlacementBody');

export const patchPlacementBody = z
  .object({
    version: z.number().int().min(1),
    householdRef: ref.optional(),
    householdSize: z.number().int().min(1).max(30).optional(),
    unitId: z.string().uuid().nullable().optional(),
    startOn: day.optional(),
    contractMonths: z.number().int().min(1).max(120).optional(),
    endOn: day.nullable().optional().openapi({ description: 'null räknar om slutdatumet' }),
    endedOn: day.nullable().optional().openapi({ description: 'Dagen hushållet flyttade ut' }),
  })
  .openapi('PatchPlacementBody');

const warning = z.enum(['within_1', 'within_3', 'within_6']).nullable();

export const placement = z
  .object({
    id: z.string().uuid(),
    householdRef: z.string(),
    householdSize: z.number().int(),
    unitId: z.string().uuid().nullable(),
    unitLabel: z.string().nullable(),
    startOn: z.string(),
    contractMonths: z.number().int(),
    endOn: z.string(),
    endOverridden: z.boolean(),
    endedOn: z.string().nullable(),
    warning,
    version: z.number().int(),
  })
  .openapi('Placement');

const hp = z.object({ households: z.number().int(), persons: z.number().int() });

export const forecast = z
  .object({
    overdue: hp,
    months: z.array(z.object({ month: z.string(), households: z.number().int(), persons: z.number().int() })),
    warnings: z.object({ within_1: hp, within_3: hp, within_6: hp }),
  })
  .openapi('ContractForecast');

export const large = z
  .object({
    threshold: z.number().int(),
    householdsNeedingUnit: z.number().int(),
    freeLargeUnits: z.number().int(),
    balance: z.number().int(),
  })
  .openapi('LargeHouseholdBalance');

const places = z.object({
  units: z.number().int(),
  placesTotal: z.number().int(),
  placesOccupied: z.number().int(),
  placesFree: z.number().int(),
});

export const capacity = z
  .object({ total: places, byType: z.array(places.extend({ type: z.enum(housingTypes) })) })
  .openapi('HousingCapacity');

export const housingView = z
  .object({
    municipality: z.object({ id: z.string().uuid(), name: z.string() }),
    canEdit: z.boolean(),
    today: z.string(),
    policy,
    capacity,
    units: z.array(unit),
    placements: z.array(placement),
    forecast,
    large,
  })
  .openapi('HousingView');

export const housingAggregate = z
  .object({
    scope: z.object({ kind: z.enum(['network', 'county']), id: z.string(), name: z.string() }),
    today: z.string(),
    capacity,
    forecast,
    large: z.object({
      householdsNeedingUnit: z.number().int(),
      freeLargeUnits: z.number().int(),
      balance: z.number().int(),
    }),
    municipalities: z.array(
      z.object({
        orgId: z.string().uuid(),
        code: z.string().nullable(),
        name: z.string(),
        capacity,
        forecast,
        large,
      }),
    ),
  })
  .openapi('HousingAggregate');
