import type { TFunction } from 'i18next';
import { type Answers, answers as answersSchema } from '../../../core/reports/answers';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import {
  type FieldError,
  type ValidationMode,
  validateAnswers,
} from '../../../core/reports/validate-answers';
import type { ErrorSummaryItem } from '../../components/ErrorSummary';
import { parseLocaleNumber } from '../../i18n/format';
import { answerLabel, fieldId, type ImpactMethod } from './form-model';
import type { ConflictDetails } from './report-types';

export interface FormErrors {
  summary: ErrorSummaryItem[];
  /** Message per input id. */
  inline: Record<string, string>;
}

export const noErrors: FormErrors = { summary: [], inline: {} };

/** Figures typed as something that is not a number ("tre", "1,2,3"). */
export function unparsableFigures(figureText: Record<string, string>): FieldError[] {
  return Object.entries(figureText)
    .filter(([, text]) => Number.isNaN(parseLocaleNumber(text)))
    .map(([key]) => ({ path: `figures.${key}`, code: 'invalid_number' }));
}

/** What core validation finds, plus figures that could not be read as numbers. */
export function checkAnswers(
  def: TemplateDefinition,
  answers: Answers,
  figureText: Record<string, string>,
  mode: ValidationMode,
): FieldError[] {
  const unparsable = unparsableFigures(figureText);
  const typed = new Set(unparsable.map((e) => e.path));
  return [...unparsable, ...validateAnswers(def, answers, mode).filter((e) => !typed.has(e.path))];
}

function questionOf(def: TemplateDefinition, path: string, t: TFunction, language: string): string {
  const [group, key = '', field] = path.replace(/^answers\./, '').split('.');
  if (group === 'areas') {
    const name = answerLabel(def, `impact:${key}`, language);
    return `${name} – ${field === 'comment' ? t('reports:comment.label') : t('reports:impact.title')}`;
  }
  return answerLabel(def, `${group === 'texts' ? 'text' : 'figure'}:${key}`, language);
}

/**
 * Errors for the summary at the top (question and message, linking to the input) and next
 * to each input, from core validation or from the server's field paths.
 */
export function toFormErrors(
  def: TemplateDefinition,
  errors: readonly { path: string; code: string; message?: string; params?: Record<string, unknown> }[],
  methods: Record<string, ImpactMethod>,
  t: TFunction,
  language: string,
): FormErrors {
  const summary: ErrorSummaryItem[] = [];
  const inline: Record<string, string> = {};
  for (const error of errors) {
    const id = fieldId(error.path, methods);
    const message =
      error.code === 'invalid_number'
        ? t('reports:figure.invalid')
        : error.message ||
          t(`errors:field.${error.code}`, { ...error.params, defaultValue: t('errors:field.invalid_value') });
    if (inline[id]) continue;
    inline[id] = message;
    summary.push({ fieldId: id, message: `${questionOf(def, error.path, t, language)}: ${message}` });
  }
  return { summary, inline };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The other version from a 409 `version_conflict`, or null when the body is not one. */
export function readConflict(details: Record<string, unknown>): ConflictDetails['current'] | null {
  const current = details.current;
  if (!isRecord(current)) return null;
  const parsed = answersSchema.safeParse(current.answers);
  if (!parsed.success || typeof current.version !== 'number') return null;
  return {
    version: current.version,
    status: current.status === 'submitted' ? 'submitted' : 'draft',
    answers: parsed.data,
    updatedByName: typeof current.updatedByName === 'string' ? current.updatedByName : null,
    updatedAt: typeof current.updatedAt === 'string' ? current.updatedAt : '',
  };
}
