import { z } from '@hono/zod-openapi';
import { attachmentSummary } from '../attachments/attachments.schemas';

const uuidParam = (name: string) =>
  z
    .string()
    .uuid()
    .openapi({ param: { name, in: 'path' } });

export const networkParams = z.object({ networkId: uuidParam('networkId') });
export const idParams = z.object({ id: uuidParam('id') });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')
  .openapi({ example: '2026-12-04', description: 'Datum; svar tas emot till dagens slut (svensk tid)' });

export const listQuery = z.object({
  networkId: z.string().uuid().optional(),
  state: z.enum(['open', 'closed', 'all']).default('all'),
});

export const createBody = z
  .object({
    title: z.string().trim().min(2).max(200),
    description: z.string().trim().max(10_000).default(''),
    attachmentId: z.string().uuid(),
    deadline: isoDate,
    orgIds: z.array(z.string().uuid()).min(1).max(1000),
  })
  .openapi('ConsultationCreate');

export const answerBody = z
  .object({
    kind: z.enum(['comments', 'no_comments']).openapi({ description: 'no_comments = "inga synpunkter"' }),
    text: z.string().trim().max(50_000).default(''),
    attachmentId: z.string().uuid().nullable().default(null),
    version: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'Svarets version som det lästes (0 = obesvarat)' }),
  })
  .openapi('ConsultationAnswerInput');

export const deadlineBody = z
  .object({ deadline: isoDate, version: z.number().int().min(0).optional() })
  .openapi('ConsultationDeadline');

export const answerStatus = z.enum(['comments', 'no_comments', 'not_answered']);

export const answer = z
  .object({
    orgId: z.string().uuid(),
    orgName: z.string(),
    orgCode: z.string().nullable(),
    status: answerStatus,
    text: z.string(),
    attachment: attachmentSummary.nullable(),
    answeredByName: z.string().nullable(),
    answeredAt: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('ConsultationAnswer');

export const consultationSummary = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    networkName: z.string(),
    title: z.string(),
    deadline: z.string(),
    deadlineAt: z.string(),
    sentAt: z.string(),
    isOpen: z.boolean(),
    recipientCount: z.number().int(),
    answeredCount: z.number().int(),
    /** The caller's organisation's part: null when it is not addressed. */
    myStatus: answerStatus.nullable(),
  })
  .openapi('ConsultationSummary');

export const consultationList = z.object({ consultations: z.array(consultationSummary) });

export const consultationDetail = consultationSummary
  .extend({
    description: z.string(),
    attachment: attachmentSummary,
    deadlineChanges: z.number().int(),
    isCoordinator: z.boolean(),
    /** The caller may answer for its organisation now. */
    canAnswer: z.boolean(),
    myAnswer: answer.nullable(),
    /** Every addressed organisation and its answer; coordinators only (else null). */
    answers: z.array(answer).nullable(),
    counts: z
      .object({ comments: z.number().int(), noComments: z.number().int(), notAnswered: z.number().int() })
      .nullable(),
  })
  .openapi('ConsultationDetail');
