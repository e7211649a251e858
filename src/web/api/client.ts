import { i18n } from '../i18n/i18n';

/** One invalid field in a validation error: `details.fields[]` from the server. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export interface ApiErrorDetails {
  fields?: FieldError[];
  [key: string]: unknown;
}

/** A non-2xx answer from the API. `message` is already translated by the server. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetails;

  constructor(status: number, code: string, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The per-field errors of a validation error (empty otherwise). */
  get fieldErrors(): FieldError[] {
    return this.details.fields ?? [];
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Appended as a query string; undefined and null values are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  /** Validates and types the response body, e.g. a Zod schema's `parse`. */
  parse?: (data: unknown) => unknown;
}

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Set from the auth responses (`login`, `me`); sent as X-CSRF-Token on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any API call other than /api/auth/* answers 401 (the session ended). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Accepts "/api/reports", "/reports" or "reports"; all mean /api/reports. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const base =
    /^https?:\/\//.test(path) || path.startsWith('/api/') || path === '/api'
      ? path
      : `/api/${path.replace(/^\//, '')}`;
  if (!query) return base;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const search = params.toString();
  if (!search) return base;
  return `${base}${base.includes('?') ? '&' : '?'}${search}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((field) => ({
    path: typeof field.path === 'string' ? field.path : Array.isArray(field.path) ? field.path.join('.') : '',
    code: typeof field.code === 'string' ? field.code : 'invalid_value',
    message: typeof field.message === 'string' ? field.message : '',
  }));
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, an empty body): fall back to a generic message below.
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code =
    typeof error?.code === 'string' ? error.code : response.status === 401 ? 'unauthenticated' : 'internal';
  const message =
    typeof error?.message === 'string' && error.message !== ''
      ? error.message
      : i18n.t(`errors:${code}`, { defaultValue: i18n.t('errors:internal') });
  const details: ApiErrorDetails = isRecord(error?.details) ? { ...error.details } : {};
  const fields = readFieldErrors(details.fields);
  if (fields) details.fields = fields;
  return new ApiError(response.status, code, message, details);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function send<T>(method: string, path: string, body: unknown, opts: RequestOptions = {}): Promise<T> {
  const url = apiUrl(path, opts.query);
  const headers = new Headers(opts.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', i18n.language || 'sv');
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined && body !== null) {
    headers.set('Content-Type', 'application/json');
    payload = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      signal: opts.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'network', i18n.t('common:errors.network'));
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !new URL(url, window.location.href).pathname.startsWith('/api/auth/')) {
      for (const listener of unauthorizedListeners) listener();
    }
    throw error;
  }
  if (response.status === 204 || response.status === 205) return finish<T>(undefined, opts);
  const type = response.headers.get('Content-Type') ?? '';
  const data: unknown = type.includes('json') ? await response.json() : await response.text();
  return finish<T>(data, opts);
}

function finish<T>(data: unknown, opts: RequestOptions): T {
  const checked = opts.parse ? opts.parse(data) : data;
  // The one unchecked boundary: without `parse`, the caller vouches for the response type.
  return checked as T;
}

function get<T>(path: string, opts?: RequestOptions): Promise<T>;
function get<T>(path: string, body: undefined | null, opts?: RequestOptions): Promise<T>;
function get<T>(path: string, first?: RequestOptions | null, second?: RequestOptions): Promise<T> {
  return send<T>('GET', path, undefined, second ?? first ?? undefined);
}

/**
 * JSON API client. Paths may be written with or without the /api prefix. Throws ApiError on
 * any non-2xx answer (status 0, code 'network' when the server could not be reached).
 */
export const api = {
  get,
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => send<T>('POST', path, body, opts),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => send<T>('PUT', path, body, opts),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => send<T>('PATCH', path, body, opts),
  delete: <T = void>(path: string, body?: unknown, opts?: RequestOptions) =>
    send<T>('DELETE', path, body, opts),
};

/** Uploads a file as multipart/form-data (field `file`) with extra text fields. */
export function uploadFile<T>(
  path: string,
  file: Blob,
  fields: Record<string, string> = {},
  opts?: RequestOptions & { fieldName?: string; method?: 'POST' | 'PUT' },
): Promise<T> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append(opts?.fieldName ?? 'file', file);
  return send<T>(opts?.method ?? 'POST', path, form, opts);
}
