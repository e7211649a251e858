import type { Answers } from './answers';
import { criterionA, criterionB, criterionC } from './answers';
import { effectiveImpact, isImpactLevel } from './impact';
import { type FigureDefinition, listFigures, type TemplateDefinition } from './template-definition';

/**
 * One problem with one answer. `code` is an i18n key under `errors:field.*`; `path` names
 * the answer (`areas.<key>.impact`, `areas.<key>.criteria.a`, `areas.<key>.comment`,
 * `figures.<key>`, `texts.<key>`) so forms and imports can put the message next to it.
 */
export interface FieldError {
  path: string;
  code: string;
  params?: Record<string, number | string>;
}

/** A draft may be incomplete; a submitted report must be complete. */
export type ValidationMode = 'draft' | 'submit';

/** Bounds of a figure; a percent is 0–100 unless the template says otherwise. */
export function figureBounds(figure: FigureDefinition): { min: number | undefined; max: number | undefined } {
  if (figure.type === 'percent') return { min: figure.min ?? 0, max: figure.max ?? 100 };
  return { min: figure.min, max: figure.max };
}

/** Errors of one figure value; no error for an empty value (requiredness is checked apart). */
export function validateFigureValue(figure: FigureDefinition, value: unknown, path: string): FieldError[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ path, code: 'invalid_value' }];
  if (figure.type === 'integer' && !Number.isInteger(value)) return [{ path, code: 'not_integer' }];
  const { min, max } = figureBounds(figure);
  if (min !== undefined && value < min) return [{ path, code: 'too_small', params: { min } }];
  if (max !== undefined && value > max) return [{ path, code: 'too_big', params: { max } }];
  return [];
}

const criterionOptions = {
  a: new Set<unknown>(criterionA.options),
  b: new Set<unknown>(criterionB.options),
  c: new Set<unknown>(criterionC.options),
} as const;

function validateAreas(def: TemplateDefinition, answers: Answers, mode: ValidationMode): FieldError[] {
  const errors: FieldError[] = [];
  for (const area of def.areas) {
    const answer = answers.areas[area.key];
    const base = `areas.${area.key}`;
    if (answer?.impact != null && !isImpactLevel(answer.impact)) {
      errors.push({ path: `${base}.impact`, code: 'invalid_value' });
    }
    if (answer?.criteria) {
      if (area.impactMode === 'direct') errors.push({ path: `${base}.criteria`, code: 'invalid_value' });
      for (const name of ['a', 'b', 'c'] as const) {
        if (!criterionOptions[name].has(answer.criteria[name])) {
          errors.push({ path: `${base}.criteria.${name}`, code: 'invalid_value' });
        }
      }
    }
    if (typeof answer?.comment === 'string' && answer.comment.length > 4000) {
      errors.push({ path: `${base}.comment`, code: 'too_big', params: { max: 4000 } });
    }
    if (mode === 'draft') continue;
    // A criteria-only area must show how its level was reached; a bare level is not enough.
    if (area.impactMode === 'criteria' && !answer?.criteria) {
      errors.push({ path: `${base}.criteria`, code: 'impact_required' });
      continue;
    }
    const level = effectiveImpact(answer, area);
    if (level === null) {
      errors.push({ path: `${base}.impact`, code: 'impact_required' });
      continue;
    }
    const needsComment = area.commentRequiredFrom !== null && level >= area.commentRequiredFrom;
    if (needsComment && (answer?.comment ?? '').trim() === '') {
      errors.push({ path: `${base}.comment`, code: 'comment_required', params: { level } });
    }
  }
  return errors;
}

function validateFigures(def: TemplateDefinition, answers: Answers, mode: ValidationMode): FieldError[] {
  const errors: FieldError[] = [];
  for (const figure of listFigures(def)) {
    const path = `figures.${figure.key}`;
    const value = answers.figures[figure.key];
    if (mode === 'submit' && figure.required && (value === null || value === undefined)) {
      errors.push({ path, code: 'required' });
      continue;
    }
    errors.push(...validateFigureValue(figure, value, path));
  }
  return errors;
}

function validateTexts(def: TemplateDefinition, answers: Answers, mode: ValidationMode): FieldError[] {
  const errors: FieldError[] = [];
  for (const text of def.texts) {
    const path = `texts.${text.key}`;
    const value: unknown = answers.texts[text.key];
    if (value !== undefined && typeof value !== 'string') {
      errors.push({ path, code: 'invalid_value' });
      continue;
    }
    if (value !== undefined && value.length > text.maxLength) {
      errors.push({ path, code: 'too_big', params: { max: text.maxLength } });
    }
    if (mode === 'submit' && text.required && (value ?? '').trim() === '') {
      errors.push({ path, code: 'required' });
    }
  }
  return errors;
}

function unknownKeys(def: TemplateDefinition, answers: Answers): FieldError[] {
  const areaKeys = new Set(def.areas.map((a) => a.key));
  const figureKeys = new Set(listFigures(def).map((f) => f.key));
  const textKeys = new Set(def.texts.map((t) => t.key));
  return [
    ...Object.keys(answers.areas)
      .filter((k) => !areaKeys.has(k))
      .map((k) => `areas.${k}`),
    ...Object.keys(answers.figures)
      .filter((k) => !figureKeys.has(k))
      .map((k) => `figures.${k}`),
    ...Object.keys(answers.texts)
      .filter((k) => !textKeys.has(k))
      .map((k) => `texts.${k}`),
  ].map((path) => ({ path, code: 'unknown_key' }));
}

/**
 * Checks answers against their template version. A draft is checked only for what could
 * never be right (types, bounds, unknown keys), so it can be saved half-filled; a
 * submission must also be complete: required figures and texts, a level for every area,
 * and a comment from the area's `commentRequiredFrom` level upward. Errors come in form
 * order (areas, figures, texts), unknown keys last.
 */
export function validateAnswers(
  def: TemplateDefinition,
  answers: Answers,
  mode: ValidationMode,
): FieldError[] {
  return [
    ...validateAreas(def, answers, mode),
    ...validateFigures(def, answers, mode),
    ...validateTexts(def, answers, mode),
    ...unknownKeys(def, answers),
  ];
}

/**
 * Stores the level that counts on every area whose criteria decide it, so readers of the
 * stored answers (picture, exports) need no template to know it. Nothing else changes:
 * unknown keys and criteria the mode ignores are kept for `validateAnswers` to report,
 * never dropped silently. Returns a new object.
 */
export function normalizeAnswers(def: TemplateDefinition, answers: Answers): Answers {
  const areas: Answers['areas'] = { ...answers.areas };
  for (const area of def.areas) {
    const answer = areas[area.key];
    if (!answer) continue;
    const level = effectiveImpact(answer, area);
    if (answer.criteria && level !== null && level !== answer.impact)
      areas[area.key] = { ...answer, impact: level };
  }
  return { areas, figures: { ...answers.figures }, texts: { ...answers.texts } };
}
