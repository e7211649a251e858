export interface DiffRow {
  field: string;
  before: string;
  after: string;
}

/** Turns one field's value into display text; the default is `displayValue`. */
export type FormatValue = (field: string, value: unknown) => string;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as one readable line: lists joined, nothing as an empty string. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/**
 * The fields that differ between an audit entry's before and after. A side that is not an
 * object (nothing before a creation, nothing after a removal) counts as empty.
 */
export function diffRows(
  before: unknown,
  after: unknown,
  format: FormatValue = (_field, value) => displayValue(value),
): DiffRow[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.flatMap((field) => {
    if (JSON.stringify(b[field]) === JSON.stringify(a[field])) return [];
    return [{ field, before: format(field, b[field]), after: format(field, a[field]) }];
  });
}
