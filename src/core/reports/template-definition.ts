import { z } from 'zod';

/**
 * The shape of a situation-report template version. It is stored as JSON on the
 * template version row, so a change to a template makes a new version and reports
 * keep the version they were filed on.
 *
 * Keys (`area.key`, `figure.key`, `text.key`) are stable across versions: the picture
 * compares like with like by key, never by position.
 */

export const questionKey = z.string().regex(/^[a-z][a-z0-9_]{0,47}$/, 'key_format');

/** Text in the two interface languages; Swedish is the source and always present. */
export const localizedText = z.object({
  sv: z.string().min(1).max(300),
  en: z.string().max(300).optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

export const figureTypes = ['integer', 'decimal', 'percent'] as const;
export type FigureType = (typeof figureTypes)[number];

export const figureDefinition = z.object({
  key: questionKey,
  label: localizedText,
  type: z.enum(figureTypes),
  unit: z.string().max(20).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  required: z.boolean().default(false),
  /** Counts persons: 1–4 are shown as "<5" anywhere beyond the reporting organisation. */
  countsPersons: z.boolean().default(false),
});
export type FigureDefinition = z.infer<typeof figureDefinition>;

/** How the impact level of an area is given: from criteria A/B/C, directly, or either. */
export const impactModes = ['criteria', 'direct', 'either'] as const;

export const areaDefinition = z.object({
  key: questionKey,
  label: localizedText,
  impactMode: z.enum(impactModes).default('either'),
  /** A comment is required from this impact level upward (e.g. 4 = Allvarlig); null = never. */
  commentRequiredFrom: z.number().int().min(1).max(5).nullable().default(4),
  figures: z.array(figureDefinition).max(40).default([]),
});
export type AreaDefinition = z.infer<typeof areaDefinition>;

export const textDefinition = z.object({
  key: questionKey,
  label: localizedText,
  required: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(10000).default(4000),
});
export type TextDefinition = z.infer<typeof textDefinition>;

export const templateDefinition = z
  .object({
    areas: z.array(areaDefinition).min(1).max(30),
    /** Figures that belong to no area (e.g. staff absence for the whole organisation). */
    figures: z.array(figureDefinition).max(60).default([]),
    texts: z.array(textDefinition).max(20).default([]),
  })
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    const keys = [
      ...def.areas.map((a) => `area:${a.key}`),
      ...def.areas.flatMap((a) => a.figures.map((f) => `figure:${f.key}`)),
      ...def.figures.map((f) => `figure:${f.key}`),
      ...def.texts.map((t) => `text:${t.key}`),
    ];
    for (const key of keys) {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate_key', params: { key } });
      seen.add(key);
    }
    for (const f of [...def.figures, ...def.areas.flatMap((a) => a.figures)]) {
      if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
        ctx.addIssue({ code: 'custom', message: 'min_above_max', params: { key: f.key } });
      }
    }
  });
export type TemplateDefinition = z.infer<typeof templateDefinition>;

/** Every figure of a template, area figures and general ones, in form order. */
// Definitions are never changed once made (a new template version is a new object), so
// the list can be kept per definition: submits and pictures ask for it many times.
const figureLists = new WeakMap<TemplateDefinition, readonly FigureDefinition[]>();

export function listFigures(def: TemplateDefinition): readonly FigureDefinition[] {
  let list = figureLists.get(def);
  if (!list) {
    list = Object.freeze([...def.areas.flatMap((a) => a.figures), ...def.figures]);
    figureLists.set(def, list);
  }
  return list;
}
