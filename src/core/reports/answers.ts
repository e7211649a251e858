import { z } from 'zod';

/**
 * A report's answers, as stored on the report and its revisions. Validation against
 * the template (bounds, required, comment conditions) is `validateAnswers` in
 * `validate-answers.ts`; this schema only fixes the shape.
 */

export const criterionA = z.enum(['yes', 'partly', 'no']);
export const criterionB = z.enum(['yes', 'strained', 'exhausted']);
export const criterionC = z.enum(['normal', 'becoming_overwhelming', 'overwhelming']);

export const impactCriteria = z.object({ a: criterionA, b: criterionB, c: criterionC });
export type ImpactCriteria = z.infer<typeof impactCriteria>;

export const impactLevel = z.number().int().min(1).max(5);
/** 1 Ingen påverkan, 2 Måttlig, 3 Betydande, 4 Allvarlig, 5 Kritisk. */
export type ImpactLevel = 1 | 2 | 3 | 4 | 5;

export const areaAnswer = z.object({
  /** Set directly, or computed from `criteria` when they are given. */
  impact: impactLevel.nullable().default(null),
  criteria: impactCriteria.nullable().default(null),
  comment: z.string().max(4000).default(''),
});
export type AreaAnswer = z.infer<typeof areaAnswer>;

export const answers = z.object({
  areas: z.record(z.string(), areaAnswer).default({}),
  figures: z.record(z.string(), z.number().finite().nullable()).default({}),
  texts: z.record(z.string(), z.string().max(10000)).default({}),
});
export type Answers = z.infer<typeof answers>;
