import { z } from '@hono/zod-openapi';
import { answers } from '../../../core/reports/answers';
import { templateDefinition } from '../../../core/reports/template-definition';

// Core schemas are plain zod (shared with the browser), so they are named with zod's own
// metadata, which the OpenAPI generator reads as the component name.
export const answersSchema = answers.meta({
  id: 'ReportAnswers',
  description:
    'Svar: påverkan och kommentar per område, nyckeltal och fritexter, per nyckel i mallversionen.',
});

export const roundParams = z.object({
  roundId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'roundId', in: 'path' } }),
  orgId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'orgId', in: 'path' } }),
});

export const reportParams = z.object({
  reportId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'reportId', in: 'path' } }),
});

export const idempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(200)
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description: 'Samma nyckel vid omsändning ger samma svar utan att rapporten sparas två gånger.',
    }),
});

const version = z.number().int().min(0).max(1_000_000);

export const draftBody = z
  .object({
    answers: answersSchema,
    /** The version the client edited; 0 when no report existed. */
    baseVersion: version,
  })
  .openapi('SaveDraftBody');

export const submitBody = z
  .object({
    answers: answersSchema,
    baseVersion: version.optional(),
    idempotencyKey: z.string().min(8).max(200).optional(),
  })
  .openapi('SubmitReportBody');

export const unchangedBody = z
  .object({ idempotencyKey: z.string().min(8).max(200).optional() })
  .openapi('ConfirmUnchangedBody');

const roundState = z.enum(['upcoming', 'open', 'closed']);
const changeStatus = z.enum(['changed', 'unchanged', 'new']);
const week = z.object({ isoYear: z.number().int(), isoWeek: z.number().int() });

export const roundSummary = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    networkName: z.string(),
    templateId: z.string().uuid(),
    templateName: z.string(),
    kind: z.enum(['weekly', 'extra']),
    isoYear: z.number().int(),
    isoWeek: z.number().int(),
    label: z.string(),
    title: z.string(),
    opensAt: z.string(),
    deadlineAt: z.string(),
    state: roundState,
  })
  .openapi('FilingRound');

export const reportSummary = z
  .object({
    id: z.string().uuid(),
    roundId: z.string().uuid(),
    orgId: z.string().uuid(),
    status: z.enum(['draft', 'submitted']),
    version: z.number().int(),
    submittedAt: z.string().nullable(),
    firstSubmittedAt: z.string().nullable(),
    isLate: z.boolean(),
    carriedOver: z.record(z.string(), z.number().int()),
    hasPendingRevision: z.boolean(),
    updatedAt: z.string(),
    updatedByName: z.string().nullable(),
  })
  .openapi('ReportSummary');

export const commentCarry = z.object({
  roundsUnchanged: z.number().int(),
  since: week.nullable(),
  stale: z.boolean(),
});

export const reportForm = z
  .object({
    round: roundSummary,
    template: z.object({
      versionId: z.string().uuid(),
      version: z.number().int(),
      definition: templateDefinition,
    }),
    report: reportSummary.nullable(),
    answers: answersSchema,
    /** The submitted answers while a revision is in progress; null otherwise. */
    submittedAnswers: answersSchema.nullable(),
    previous: z
      .object({
        roundId: z.string().uuid(),
        label: z.string(),
        isoYear: z.number(),
        isoWeek: z.number(),
        answers: answersSchema,
      })
      .nullable(),
    prefilled: z.boolean(),
    changes: z.record(z.string(), changeStatus),
    carriedOver: z.record(z.string(), commentCarry),
    canFile: z.boolean(),
    /** Why filing is refused: the round has not opened, or a submitted report is past its deadline. */
    closedReason: z.enum(['not_open', 'deadline_passed', 'not_allowed']).nullable(),
    now: z.string(),
  })
  .openapi('ReportForm');

export const submitResponse = z
  .object({ report: reportSummary, dropped: z.array(z.string()) })
  .openapi('SubmitReportResponse');

export const draftResponse = z.object({ report: reportSummary }).openapi('SaveDraftResponse');

export const discardQuery = z.object({
  /** The version the client saw; a newer one means someone saved in between. */
  baseVersion: z.coerce.number().int().min(0).openapi({ description: 'Versionen som klienten såg' }),
});

export const todoItem = z.object({
  round: roundSummary,
  reportId: z.string().uuid().nullable(),
  status: z.enum(['not_started', 'draft', 'submitted', 'late', 'missing']),
  hasPendingRevision: z.boolean(),
  submittedAt: z.string().nullable(),
  canFile: z.boolean(),
});

export const todoResponse = z
  .object({ orgId: z.string().uuid(), now: z.string(), items: z.array(todoItem) })
  .openapi('ReportTodo');

export const historyResponse = z
  .object({
    report: z.object({
      id: z.string().uuid(),
      roundId: z.string().uuid(),
      orgId: z.string().uuid(),
      label: z.string(),
      isoYear: z.number().int(),
      isoWeek: z.number().int(),
      templateName: z.string(),
      /** The template version the report was filed on, for the questions' labels. */
      definition: templateDefinition,
    }),
    revisions: z.array(
      z.object({
        version: z.number().int(),
        status: z.enum(['draft', 'submitted']),
        at: z.string(),
        actorName: z.string().nullable(),
        answers: answersSchema,
        diff: z.array(z.object({ key: z.string(), status: changeStatus })),
      }),
    ),
  })
  .openapi('ReportHistory');
