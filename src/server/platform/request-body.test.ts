import http from 'node:http';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitBody } from './request-body';

const LIMIT = 1024;

/** A small app over a real socket: the fast path needs Node's request stream. */
function echoApp() {
  const app = new Hono();
  app.use(
    '*',
    limitBody({
      maxSize: LIMIT,
      tooLarge: () => {
        throw new HTTPException(413, { message: 'too large' });
      },
    }),
  );
  app.post('/json', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'malformed' }, 400);
    }
    // Read from the socket by readJsonBody, the web Request's own body stays unread.
    return c.json({ body, webBodyUsed: c.req.raw.bodyUsed });
  });
  app.post('/text', async (c) => c.json({ text: await c.req.text() }));
  app.get('/get', (c) => c.json({ ok: true }));
  app.onError((err, c) => c.json({ error: err.message }, err instanceof HTTPException ? err.status : 500));
  return app;
}

let server: ServerType;
let port = 0;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: echoApp().fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      port = info.port;
      resolve();
    });
  });
});

afterAll(async () => {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
});

interface Sent {
  status: number;
  body: Record<string, unknown>;
  socketPort: number;
}

/** One request; `chunks` are written separately, without Content-Length when `chunked`. */
function send(input: {
  method?: string;
  path: string;
  type?: string;
  chunks?: (string | Buffer)[];
  chunked?: boolean;
}) {
  const chunks = input.chunks ?? [];
  const headers: Record<string, string> = { 'content-type': input.type ?? 'application/json' };
  if (!input.chunked)
    headers['content-length'] = String(chunks.reduce((n, c) => n + Buffer.byteLength(c), 0));
  return new Promise<Sent>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: input.method ?? 'POST', path: input.path, headers, agent },
      (res) => {
        const socketPort = res.socket.localPort ?? 0;
        const parts: Buffer[] = [];
        res.on('data', (p: Buffer) => parts.push(p));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>,
            socketPort,
          }),
        );
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('limitBody over a real socket', () => {
  it('reads a JSON body from the request stream, in UTF-8, across chunks', async () => {
    const res = await send({ path: '/json', chunks: ['{"kommun": "Å', 're", "n": [1, 2', ']}'] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ body: { kommun: 'Åre', n: [1, 2] }, webBodyUsed: false });
  });

  it('drops a byte-order mark, as the web Request does', async () => {
    const res = await send({ path: '/json', chunks: [Buffer.from([0xef, 0xbb, 0xbf]), '{"a":1}'] });
    expect(res.body.body).toEqual({ a: 1 });
  });

  it('leaves malformed JSON to the route to refuse', async () => {
    const res = await send({ path: '/json', chunks: ['{"a":'] });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('malformed');
  });

  it('refuses a declared length over the limit with 413 and keeps the connection usable', async () => {
    const big = await send({ path: '/json', chunks: [`{"a":"${'x'.repeat(LIMIT)}"}`] });
    expect(big.status).toBe(413);
    const next = await send({ path: '/json', chunks: ['{"a":2}'] });
    expect(next.status).toBe(200);
    expect(next.body.body).toEqual({ a: 2 });
    expect(next.socketPort).toBe(big.socketPort);
  });

  it('refuses a chunked body that grows over the limit with 413', async () => {
    const chunk = `"${'y'.repeat(400)}",`;
    const res = await send({ path: '/json', chunked: true, chunks: ['[', chunk, chunk, chunk, '1]'] });
    expect(res.status).toBe(413);
    const next = await send({ path: '/json', chunked: true, chunks: ['[1,', '2]'] });
    expect(next.body.body).toEqual([1, 2]);
  });

  it('limits other bodies through Hono and lets GET pass', async () => {
    const text = await send({ path: '/text', type: 'text/csv', chunks: ['a;b\n1;2\n'] });
    expect(text.body.text).toBe('a;b\n1;2\n');
    const big = await send({ path: '/text', type: 'text/csv', chunks: ['z'.repeat(LIMIT + 1)] });
    expect(big.status).toBe(413);
    const get = await send({ method: 'GET', path: '/get' });
    expect(get.body).toEqual({ ok: true });
  });
});
