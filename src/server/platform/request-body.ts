import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

const jsonType = /^application\/([\w.-]+\+)?json$/i;

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim() ?? '';
}

/**
 * Reads a JSON request body straight from Node's request stream, at most `maxSize` bytes,
 * and hands the text to Hono's body cache, where `c.req.json()` (the route validators)
 * finds it. Hono on Node otherwise builds a WHATWG Request — an AbortController and a web
 * stream over the socket — the first time anything touches the body; for the small JSON
 * body of a report that costs more than reading it (measured in docs/performance.md).
 * Answers false where there is no Node request (in-process requests) or the body is not
 * JSON; the caller then falls back to Hono's own reading.
 */
export async function readJsonBody(c: Context, maxSize: number, tooLarge: () => never): Promise<boolean> {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (!incoming || !jsonType.test(mediaType(c.req.header('content-type')))) return false;
  const declared = Number.parseInt(c.req.header('content-length') ?? '', 10);
  if (declared > maxSize) tooLarge();
  const body = await new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData).off('end', onEnd).off('error', reject);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxSize) return void chunks.push(chunk);
      // Stop keeping the body; the rest is read and dropped so the connection stays usable.
      stop();
      incoming.resume();
      resolve(null);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    incoming.on('data', onData).once('end', onEnd).once('error', reject);
  });
  if (!body) tooLarge();
  // TextDecoder drops a byte-order mark and replaces invalid UTF-8, as Request.text() does.
  // Hono keeps promises in the cache (its type says otherwise).
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(new TextDecoder().decode(body));
  return true;
}

/**
 * The request body limit for every request but those with a limit of their own
 * (`special`): requests without a body pass untouched, JSON bodies are read by
 * readJsonBody, anything else goes through Hono's bodyLimit.
 */
export function limitBody(input: {
  maxSize: number;
  tooLarge: () => never;
  special?: { applies: (c: Context) => boolean; limit: MiddlewareHandler };
}): MiddlewareHandler {
  const other = bodyLimit({ maxSize: input.maxSize, onError: input.tooLarge });
  return async (c, next) => {
    // GET and HEAD carry no body; asking Hono for one would build the full Request for nothing.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (input.special?.applies(c)) return input.special.limit(c, next);
    if (await readJsonBody(c, input.maxSize, input.tooLarge)) return next();
    return other(c, next);
  };
}
