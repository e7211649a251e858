import { ApiError } from '../../api/client';
import type { ErrorSummaryItem } from '../../components/ErrorSummary';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Splits a failed save into messages per form field (from the server's `details.fields`,
 * whose path starts with the field name, e.g. `functions.0`) and one message for the rest.
 */
export function readApiErrors<F extends string>(
  caught: unknown,
  fields: readonly F[],
  unexpected: string,
): { fieldErrors: FieldErrors<F>; formError: string | null } {
  if (!(caught instanceof ApiError)) return { fieldErrors: {}, formError: unexpected };
  const fieldErrors: FieldErrors<F> = {};
  for (const f of caught.fieldErrors) {
    const head = f.path.split('.')[0];
    const field = fields.find((name) => name === head);
    if (field && !fieldErrors[field]) fieldErrors[field] = f.message;
  }
  const matched = Object.keys(fieldErrors).length > 0;
  return { fieldErrors, formError: matched ? null : caught.message };
}

/** The error summary's entries: the form-level message first, then one link per field. */
export function summaryItems<F extends string>(
  formError: string | null,
  fieldErrors: FieldErrors<F>,
  order: readonly F[],
  fieldIds: Record<F, string>,
): ErrorSummaryItem[] {
  return [
    ...(formError ? [{ message: formError }] : []),
    ...order.flatMap((field) => {
      const message = fieldErrors[field];
      return message ? [{ fieldId: fieldIds[field], message }] : [];
    }),
  ];
}
