import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error type of the application. `code` is a key in the `errors` i18n
 * namespace; the HTTP layer turns it into a translated message, so internals never
 * reach a response.
 */
export const errorStatus = {
  validation: 400,
  bad_request: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  idempotency_mismatch: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  attachment_too_large: 413,
  attachment_type_not_allowed: 415,
  attachment_empty: 422,
  import_invalid: 422,
  import_unreadable: 422,
  round_closed: 422,
  consultation_closed: 422,
  meeting_state: 422,
  no_planned_meeting: 422,
  question_answered: 409,
  no_previous_report: 422,
  no_pending_revision: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, details: Record<string, unknown> = {}) {
    super(code);
    this.code = code;
    this.details = details;
  }

  get status(): ContentfulStatusCode {
    return errorStatus[this.code];
  }
}

export function notFound(entity: string): AppError {
  return new AppError('not_found', { entity });
}
