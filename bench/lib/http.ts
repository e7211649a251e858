/**
 * A lean HTTP client for the benchmarks: node:http with keep-alive, no retries, timing in
 * milliseconds from the request until the last byte of the body. Production mode marks the
 * session cookie Secure; over plain http on localhost the client sends it back itself.
 */
import http from 'node:http';

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  ms: number;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Consume the body without keeping it (large downloads). */
  discardBody?: boolean;
}

export class HttpClient {
  readonly agent: http.Agent;

  constructor(
    readonly baseUrl: string,
    maxSockets = 16,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  request(path: string, options: RequestOptions = {}): Promise<HttpResponse & { bytes: number }> {
    const url = new URL(path, this.baseUrl);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = String(Buffer.byteLength(options.body));
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        { method: options.method ?? 'GET', headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (!options.discardBody) chunks.push(chunk);
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
              bytes,
              ms: performance.now() - started,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export function json<T>(res: HttpResponse): T {
  return JSON.parse(res.body.toString('utf8')) as T;
}

/** A signed-in browser-like session: cookie and CSRF token sent by hand. */
export class Session {
  constructor(
    readonly client: HttpClient,
    private readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  static async signIn(client: HttpClient, email: string, password: string): Promise<Session> {
    const res = await client.request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.body.toString('utf8')}`);
    const setCookie = res.headers['set-cookie'] ?? [];
    const cookie = setCookie.map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('samla_session='));
    if (!cookie) throw new Error('login: no session cookie');
    const { csrfToken } = json<{ csrfToken: string }>(res);
    return new Session(client, cookie, csrfToken);
  }

  get(path: string, options: Omit<RequestOptions, 'method'> = {}) {
    return this.client.request(path, { ...options, headers: { cookie: this.cookie, ...options.headers } });
  }

  post(path: string, body: unknown) {
    return this.client.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken },
    });
  }
}

export function expectOk(res: HttpResponse, what: string): void {
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${what}: HTTP ${res.status} ${res.body.toString('utf8').slice(0, 500)}`);
  }
}
