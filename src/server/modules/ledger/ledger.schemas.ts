import { z } from '@hono/zod-openapi';
import { assignmentSources, assignmentStatuses, targetGroups } from '../../../core/reception/ledger';

const day = z.iso.date().openapi({ example: '2026-03-14' });
const count = z.number().int().min(0).max(30);

export const yearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .openapi({ description: 'Kalenderår; förval innevarande' }),
});
export const idParam = z.object({ id: z.string().uuid() });
export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const countyParam = z.object({ countyCode: z.string().regex(/^\d{2}$/) });

const assignmentFields = {
  householdRef: z.string().trim().min(1).max(40).openapi({
    description: 'Kommunens egen referens för hushållet; aldrig namn eller personnummer',
    example: 'GBG-2026-014',
  }),
  householdSize: z.number().int().min(1).max(30),
  adults: count,
  children: count,
  targetGroup: z.enum(targetGroups),
  assignedOn: day.openapi({ description: 'Anvisningsdatum; avgör vilket års kommuntal' }),
  plannedReceptionOn: day.nullable().optional(),
  receivedOn: day.nullable().optional(),
  status: z.enum(assignmentStatuses).optional(),
};

export const createAssignmentBody = z.object(assignmentFields).openapi('CreateAssignmentBody');

export const patchAssignmentBody = z
  .object({
    version: z.number().int().min(1).openapi({ description: 'Versionen som ändras (optimistisk låsning)' }),
    householdRef: assignmentFields.householdRef.optional(),
    householdSize: assignmentFields.householdSize.optional(),
    adults: count.optional(),
    children: count.optional(),
    targetGroup: assignmentFields.targetGroup.optional(),
    assignedOn: day.optional(),
    plannedReceptionOn: day.nullable().optional(),
    receivedOn: day.nullable().optional(),
    status: z.enum(assignmentStatuses).optional(),
  })
  .openapi('PatchAssignmentBody');

export const assignment = z
  .object({
    id: z.string().uuid(),
    orgId: z.string().uuid(),
    year: z.number().int(),
    householdRef: z.string(),
    householdSize: z.number().int(),
    adults: z.number().int(),
    children: z.number().int(),
    targetGroup: z.enum(targetGroups),
    assignedOn: z.string(),
    plannedReceptionOn: z.string().nullable(),
    receivedOn: z.string().nullable(),
    status: z.enum(assignmentStatuses),
    source: z.enum(assignmentSources),
    plannerRunId: z.string().uuid().nullable(),
    /** Pending with its planned reception date passed. */
    overdue: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('Assignment');

const persons = z.object({
  assigned: z.number().int(),
  received: z.number().int(),
  pending: z.number().int(),
});

export const ledgerTotals = z
  .object({
    kommuntal: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Antaget kommuntal (personer), null om inget finns' }),
    assigned: z.number().int(),
    received: z.number().int(),
    pending: z.number().int(),
    remaining: z.number().int().nullable().openapi({ description: 'Kommuntal minus mottagna personer' }),
    households: persons,
    overdue: z.number().int().openapi({ description: 'Hushåll vars planerade mottagande har passerat' }),
  })
  .openapi('LedgerTotals');

export const behindPlan = z
  .object({
    behind: z.boolean(),
    reasons: z.array(z.enum(['behind_share', 'overdue_receptions'])),
    receivedShare: z.number().nullable(),
    elapsedShare: z.number(),
    overdue: z.number().int(),
  })
  .openapi('BehindPlan');

export const trendWeek = z
  .object({
    isoYear: z.number().int(),
    isoWeek: z.number().int(),
    assigned: z.number().int(),
    received: z.number().int(),
    receivedToDate: z.number().int(),
  })
  .openapi('LedgerTrendWeek');

export const ledgerView = z
  .object({
    municipality: z.object({ id: z.string().uuid(), name: z.string() }),
    year: z.number().int(),
    canEdit: z.boolean(),
    totals: ledgerTotals,
    behind: behindPlan,
    trend: z.array(trendWeek),
    assignments: z.array(assignment),
  })
  .openapi('LedgerView');

export const aggregateView = z
  .object({
    scope: z.object({ kind: z.enum(['network', 'county']), id: z.string(), name: z.string() }),
    year: z.number().int(),
    totals: ledgerTotals,
    behind: behindPlan,
    trend: z.array(trendWeek),
    municipalities: z.array(
      z.object({
        orgId: z.string().uuid(),
        code: z.string().nullable(),
        name: z.string(),
        totals: ledgerTotals,
        behind: behindPlan,
      }),
    ),
  })
  .openapi('LedgerAggregate');

export const scopesView = z
  .object({
    municipality: z.object({ id: z.string().uuid(), name: z.string(), canEdit: z.boolean() }).nullable(),
    networks: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
    counties: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .openapi('ReceptionScopes');

export const importBody = z
  .object({
    file: z
      .custom<File>((value) => value instanceof File, { message: 'required' })
      .openapi({ type: 'string', format: 'binary', description: '.csv (UTF-8, ; eller ,) eller .xlsx' }),
    mode: z.enum(['dry_run', 'commit']).default('dry_run'),
  })
  .openapi('LedgerImportUpload');

export const importResult = z
  .object({
    mode: z.enum(['dry_run', 'commit']),
    format: z.enum(['csv', 'xlsx']),
    rows: z.number().int(),
    errors: z.array(
      z.object({
        row: z.number().int().openapi({ description: 'Radnummer som i kalkylbladet (rubrikraden är 1)' }),
        column: z.string(),
        code: z.string(),
        message: z.string(),
        value: z.string().nullable(),
      }),
    ),
    wouldCreate: z.number().int(),
    imported: z.number().int(),
  })
  .openapi('LedgerImportResult');
