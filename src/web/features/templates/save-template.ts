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

function summaryOf(errors: Record<string, string>, formError?: string): ErrorSummaryItem[] {
  return [
    ...(formError ? [{ message: formError }] : []),
    ...Object.entries(errors).map(([path, message]) => (hasInput(path) ? { fieldId: fieldId(path), message } : { message })),
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
    const errors = Object.fromEntries(Object.entries(local).map(([path, code]) => [path, t(`templates:editor.local.${code}`)]));
    return { kind: 'invalid', errors, summary: summaryOf(errors) };
  }
  try {
    const detail = await api.put<TemplateDetail>(`/api/templates/${templateId}`, { definition, baseVersion });
    return { kind: 'saved', detail };
  } catch (caught) {
    if (!(caught instanceof ApiError)) {
      return { kind: 'invalid', errors: {}, summary: summaryOf({}, t('common:errors.unexpected')) };
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
    return { kind: 'invalid', errors, summary: summaryOf(errors, formError) };
  }
}
