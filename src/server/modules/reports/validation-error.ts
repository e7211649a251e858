import type { FieldError } from '../../../core/reports/validate-answers';
import { AppError } from '../../platform/errors';

/**
 * Answer errors as the one validation error of the API: each field keeps its path (the
 * form puts the message next to that input) and its parameters (min, max, level) for the
 * translated message.
 */
export function fieldErrors(errors: readonly FieldError[]): AppError {
  return new AppError('validation', {
    fields: errors.map((e) => ({ ...e.params, path: e.path, code: e.code })),
  });
}
