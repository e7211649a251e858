import { createApp } from '../app';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/db';
import type { AppDeps } from '../platform/http';
import { createLogger } from '../platform/logger';
import type { Mailer, OutgoingMail } from '../platform/mail';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  /** Mails handed to the mailer (tests of SMTP itself use a real SMTP peer instead). */
  sent: OutgoingMail[];
  /** Moves the clock used by services and the worker. */
  setNow(date: Date): void;
  anonymous(): TestClient;
  signIn(email: string, password: string): Promise<TestClient>;
}

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestClient {
  csrfToken: string;
  request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  get<T = Record<string, unknown>>(path: string, headers?: Record<string, string>): Promise<TestResponse<T>>;
  post<T = Record<string, unknown>>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  put<T = Record<string, unknown>>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  patch<T = Record<string, unknown>>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  delete<T = Record<string, unknown>>(
    path: string,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  /** Raw request, e.g. multipart uploads. */
  raw(path: string, init: RequestInit): Promise<Response>;
}

/** The app in process, over the given test database, with a capturing mailer. */
export function createTestApp(database: Database, options: { now?: Date } = {}): TestApp {
  let now = options.now ?? new Date();
  const sent: OutgoingMail[] = [];
  const mailer: Mailer = {
    send: async (mail) => {
      sent.push(mail);
      return 'sent';
    },
  };
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0' });
  const deps: AppDeps = { config, logger: createLogger(config), database, mailer, now: () => now };
  const app = createApp(deps);

  const client = (cookie: string, csrfToken: string): TestClient => {
    const raw = (path: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set('cookie', cookie);
      if (csrfToken && !headers.has('x-csrf-token')) headers.set('x-csrf-token', csrfToken);
      return Promise.resolve(app.request(path, { ...init, headers }));
    };
    const request = async <T>(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        init.headers = { 'content-type': 'application/json', ...headers };
      }
      const res = await raw(path, init);
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      return { status: res.status, body: parsed as T, headers: res.headers };
    };
    return {
      csrfToken,
      request,
      raw,
      get: (path, headers) => request('GET', path, undefined, headers),
      post: (path, body, headers) => request('POST', path, body, headers),
      put: (path, body, headers) => request('PUT', path, body, headers),
      patch: (path, body, headers) => request('PATCH', path, body, headers),
      delete: (path, headers) => request('DELETE', path, undefined, headers),
    };
  };

  return {
    app,
    deps,
    sent,
    setNow: (date) => {
      now = date;
    },
    anonymous: () => client('', ''),
    signIn: async (email, password) => {
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (res.status !== 200)
        throw new Error(`sign-in of ${email} failed with ${res.status}: ${await res.text()}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const body: unknown = await res.json();
      const csrf = typeof body === 'object' && body && 'csrfToken' in body ? String(body.csrfToken) : '';
      return client(cookie, csrf);
    },
  };
}
