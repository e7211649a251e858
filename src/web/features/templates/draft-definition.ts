import type { FigureDefinition, TemplateDefinition } from '../../../core/reports/template-definition';
import { parseLocaleNumber } from '../../i18n/format';
import type { Draft, DraftFigure } from './editor-model';

/** Field problems found before sending, keyed like the server's paths without `definition.`. */
export type LocalErrors = Record<string, 'invalid_number' | 'not_integer'>;

function label(sv: string, en: string) {
  return en.trim() ? { sv: sv.trim(), en: en.trim() } : { sv: sv.trim() };
}

function figure(f: DraftFigure, path: string, errors: LocalErrors): FigureDefinition {
  const bound = (text: string, field: 'min' | 'max'): number | undefined => {
    const n = parseLocaleNumber(text);
    if (n === null) return undefined;
    if (Number.isNaN(n)) {
      errors[`${path}.${field}`] = 'invalid_number';
      return undefined;
    }
    return n;
  };
  const min = bound(f.min, 'min');
  const max = bound(f.max, 'max');
  return {
    key: f.key.trim(),
    label: label(f.labelSv, f.labelEn),
    type: f.type,
    ...(f.unit.trim() ? { unit: f.unit.trim() } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    required: f.required,
    countsPersons: f.countsPersons,
  };
}

/**
 * The definition to send. Only what cannot be sent at all (a bound that is not a number) is
 * checked here; the server validates the rest and answers with paths the editor shows.
 */
export function toDefinition(draft: Draft): { definition: TemplateDefinition; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const definition: TemplateDefinition = {
    areas: draft.areas.map((a, i) => ({
      key: a.key.trim(),
      label: label(a.labelSv, a.labelEn),
      impactMode: a.impactMode,
      commentRequiredFrom: a.commentRequiredFrom === '' ? null : Number(a.commentRequiredFrom),
      figures: a.figures.map((f, j) => figure(f, `areas.${i}.figures.${j}`, errors)),
    })),
    figures: draft.figures.map((f, k) => figure(f, `figures.${k}`, errors)),
    texts: draft.texts.map((t, m) => {
      const maxLength = parseLocaleNumber(t.maxLength);
      if (maxLength === null || Number.isNaN(maxLength) || !Number.isInteger(maxLength)) {
        errors[`texts.${m}.maxLength`] = 'not_integer';
      }
      return {
        key: t.key.trim(),
        label: label(t.labelSv, t.labelEn),
        required: t.required,
        maxLength: maxLength !== null && Number.isInteger(maxLength) ? maxLength : 4000,
      };
    }),
  };
  return { definition, errors };
}

/** The id of the input that edits a definition path, e.g. `areas.2.figures.0.key` → `def-areas-2-figures-0-key`. */
export function fieldId(path: string): string {
  return `def-${path.replace(/\./g, '-')}`;
}

/** Paths that have an input of their own (others are shown in the summary only). */
export function hasInput(path: string): boolean {
  return /\.(key|label\.sv|label\.en|type|unit|min|max|maxLength|impactMode|commentRequiredFrom)$/.test(path);
}
