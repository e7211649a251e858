import { z } from '@hono/zod-openapi';
import { definitionSchema } from '../templates/templates.schemas';

export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const roundIdParam = z.object({ id: z.string().uuid() });

export const listRoundsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  templateId: z.string().uuid().optional(),
});

const instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-03-23T08:00:00+01:00' });

export const createRoundBody = z
  .object({
    templateId: z.string().uuid(),
    title: z.string().trim().min(1).max(200),
    opensAt: instant,
    deadlineAt: instant,
  })
  .openapi('CreateExtraRoundBody');

export const patchRoundBody = z.object({ deadlineAt: instant }).openapi('PatchRoundBody');

export const roundSummary = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    templateId: z.string().uuid(),
    templateName: z.string(),
    templateVersion: z.number().int(),
    kind: z.enum(['weekly', 'extra']),
    isoYear: z.number().int(),
    isoWeek: z.number().int(),
    title: z.string(),
    opensAt: z.string(),
    deadlineAt: z.string(),
    state: z.enum(['upcoming', 'open', 'closed']),
    /** Reporting members that have submitted, of them late, and how many are expected. */
    filed: z.number().int(),
    late: z.number().int(),
    expected: z.number().int(),
  })
  .openapi('RoundSummary');

export const roundListResponse = z
  .object({ rounds: z.array(roundSummary), canManage: z.boolean() })
  .openapi('RoundList');

export const roundDetail = z
  .object({ round: roundSummary, definition: definitionSchema, canManage: z.boolean() })
  .openapi('RoundDetail');
