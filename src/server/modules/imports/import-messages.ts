import type { TFunction } from 'i18next';
import type { ImportError } from '../../../core/reports/import-table';

/** An import problem as the client shows it: translated, with the cell's content. */
export interface PresentedImportError {
  row: number;
  column: string;
  columnLetter: string | null;
  code: string;
  message: string;
  value: string | null;
  params?: Record<string, number | string>;
}

/**
 * A more telling key than the generic field code where the column says what was expected:
 * an impact cell or a criterion cell that could not be read lists the accepted words.
 */
function messageKey(error: ImportError): string {
  if (error.code === 'invalid_value') {
    if (error.column.startsWith('impact:')) return 'imports:codes.invalid_impact';
    const criterion = /^criteria_([abc]):/.exec(error.column)?.[1];
    if (criterion) return `imports:codes.invalid_criterion_${criterion}`;
  }
  return `imports:codes.${error.code}`;
}

export function importErrorMessage(t: TFunction, error: ImportError): string {
  const params = { ...error.params, column: error.column };
  const fallback = t(`errors:field.${error.code}`, {
    ...params,
    defaultValue: t('errors:field.invalid_value'),
  });
  return t(messageKey(error), { ...params, defaultValue: fallback });
}

/** Index of a spreadsheet column letter: "A" → 0, "AA" → 26. */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Translates the errors and adds what the cell held, so a person can find and fix it. */
export function presentImportErrors(
  t: TFunction,
  errors: readonly ImportError[],
  table: readonly (readonly string[])[],
): PresentedImportError[] {
  return errors.map((error) => {
    const cells = table[error.row - 1];
    const value = error.columnLetter && cells ? (cells[columnIndex(error.columnLetter)] ?? '') : null;
    return {
      row: error.row,
      column: error.column,
      columnLetter: error.columnLetter,
      code: error.code,
      message: importErrorMessage(t, error),
      value,
      ...(error.params ? { params: error.params } : {}),
    };
  });
}
