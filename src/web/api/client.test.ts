import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiUrl, onUnauthorized, setCsrfToken, uploadFile } from './client';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('apiUrl', () => {
  it('accepts paths with or without the /api prefix and adds a query', () => {
    expect(apiUrl('/api/reports')).toBe('/api/reports');
    expect(apiUrl('/reports')).toBe('/api/reports');
    expect(apiUrl('reports')).toBe('/api/reports');
    expect(apiUrl('/api/x', { a: 1, b: undefined, c: null, d: 'å' })).toBe('/api/x?a=1&d=%C3%A5');
  });
});

describe('api', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('window', { location: { href: 'http://localhost/' } });
    setCsrfToken(null);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  const lastHeaders = () => new Headers(fetchMock.mock.calls.at(-1)?.[1]?.headers);

  it('sends the CSRF token on writes only, JSON bodies and Accept-Language', async () => {
    setCsrfToken('tok');
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { ok: true }));
    await expect(api.get('/api/me')).resolves.toEqual({ ok: true });
    expect(lastHeaders().get('X-CSRF-Token')).toBeNull();
    expect(lastHeaders().get('Accept-Language')).toMatch(/^(sv|en)/);
    expect(fetchMock.mock.calls.at(-1)?.[1]?.credentials).toBe('same-origin');

    fetchMock.mockResolvedValueOnce(jsonResponse(201, { id: 1 }));
    await api.post('/api/things', { name: 'x' });
    expect(lastHeaders().get('X-CSRF-Token')).toBe('tok');
    expect(lastHeaders().get('Content-Type')).toBe('application/json');
    expect(fetchMock.mock.calls.at(-1)?.[1]?.body).toBe('{"name":"x"}');
  });

  it('returns undefined for 204', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(api.delete('/api/things/1')).resolves.toBeUndefined();
  });

  it('turns the error body into an ApiError with field errors', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse(400, {
        error: {
          code: 'validation',
          message: 'Uppgifterna är inte giltiga.',
          details: { fields: [{ path: 'email', code: 'required', message: 'Obligatoriskt fält.' }] },
        },
      }),
    );
    const error = await api.post('/api/auth/login', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    if (!(error instanceof ApiError)) return;
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Uppgifterna är inte giltiga.');
    expect(error.fieldErrors).toEqual([{ path: 'email', code: 'required', message: 'Obligatoriskt fält.' }]);
  });

  it('reports a lost session, but not for the auth endpoints', async () => {
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    fetchMock.mockResolvedValue(
      jsonResponse(401, { error: { code: 'unauthenticated', message: 'Logga in.' } }),
    );
    await api.get('/api/auth/me').catch(() => undefined);
    expect(listener).not.toHaveBeenCalled();
    await api.get('/api/reports').catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('gives a network ApiError when the server cannot be reached', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const error = await api.get('/api/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error instanceof ApiError && error.code).toBe('network');
  });

  it('uploads multipart form data with the file and fields', async () => {
    setCsrfToken('tok');
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { rows: 3 }));
    await uploadFile('/api/import', new Blob(['a;b']), { roundId: 'r1' });
    const body = fetchMock.mock.calls.at(-1)?.[1]?.body;
    expect(body).toBeInstanceOf(FormData);
    if (!(body instanceof FormData)) return;
    expect(body.get('roundId')).toBe('r1');
    expect(body.get('file')).toBeInstanceOf(Blob);
    expect(lastHeaders().get('Content-Type')).toBeNull();
    expect(lastHeaders().get('X-CSRF-Token')).toBe('tok');
  });
});
