import type { TFunction } from 'i18next';
import { ApiError, api } from '../../api/client';
import type { ErrorSummaryItem } from '../../components/ErrorSummary';
import { fieldId, hasInput, toDefinition } from './draft-definition';
import type { Draft } from './editor-model';
import type { TemplateDetail } from './template-types';

export type SaveOutcome =
  | { kind: 'saved'; detail: TemplateDetail }
  | { kind: 'conflict'; currentVersion: number }
  | { kind: 'invalid'; errors: Record<string, string>; summary: ErrorSummaryItem[] };

/** Where in the template a path points, e.g. "Område 2, nyckeltal 3", so summary entries make sense alone. */
function whereOf(path: string, t: TFunction): string | null {
  const n = (text: string | undefined) => Number(text) + 1;
  const areaFigure = /^areas\.(\d+)\.figures\.(\d+)/.exec(path);
  if (areaFigure)
    return t('templates:editor.where.areaFigure', { area: n(areaFigure[1]), figure: n(areaFigure[2]) });
  const area = /^areas\.(\d+)/.exec(path);
  if (area) return t('templates:editor.where.area', { area: n(area[1]) });
  const figure = /^figures\.(\d+)/.exec(path);
  if (figure) return t('templates:editor.where.figure', { figure: n(figure[1]) });
  const text = /^texts\.(\d+)/.exec(path);
  if (text) return t('templates:editor.where.text', { text: n(text[1]) });
  return null;
}

function summaryOf(errors: Record<string, string>, t: TFunction, formError?: string): ErrorSummaryItem[] {
  return [
    ...(formError ? [{ message: formError }] : []),
    ...Object.entries(errors).map(([path, text]) => {
      const where = whereOf(path, t);
      const message = where ? `${where}: ${text}` : text;
      return hasInput(path) ? { fieldId: fieldId(path), message } : { message };
    }),
  ];
}

/**
 * Saves the draft as the next version of the template. Field errors come back keyed by their
 * path in the definition, so each lands on its input; a stale base version is a conflict.
 */
export async function saveTemplateVersion(
  templateId: string,
  draft: Draft,
  baseVersion: number,
  t: TFunction,
): Promise<SaveOutcome> {
  const { definition, errors: local } = toDefinition(draft);
  if (Object.keys(local).length > 0) {
    const errors = Object.fromEntries(
      Object.entries(local).map(([path, code]) => [path, t(`templates:editor.local.${code}`)]),
    );
    return { kind: 'invalid', errors, summary: summaryOf(errors, t) };
  }
  try {
    const detail = await api.put<TemplateDetail>(`/api/templates/${templateId}`, { definition, baseVersion });
    return { kind: 'saved', detail };
  } catch (caught) {
    if (!(caught instanceof ApiError)) {
      return { kind: 'invalid', errors: {}, summary: summaryOf({}, t, t('common:errors.unexpected')) };
    }
    if (caught.status === 409) {
      const current = caught.details.currentVersion;
      return { kind: 'conflict', currentVersion: typeof current === 'number' ? current : baseVersion + 1 };
    }
    const errors: Record<string, string> = {};
    let formError: string | undefined;
    for (const f of caught.fieldErrors) {
      const path = f.path.replace(/^definition\.?/, '');
      if (path && !errors[path]) errors[path] = f.message;
      else if (!path) formError = f.message;
    }
    if (Object.keys(errors).length === 0 && !formError) formError = caught.message;
    return { kind: 'invalid', errors, summary: summaryOf(errors, t, formError) };
  }
}
