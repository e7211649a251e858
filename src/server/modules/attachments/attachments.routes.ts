import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { limitBody } from '../../platform/request-body';
import { attachmentParams, attachmentSummary, networkParams, uploadBody } from './attachments.schemas';
import { formatMegabytes, readAttachment, uploadAttachment } from './attachments.service';

const tags = ['Bilagor'];
const security = [{ session: [] }];

/** Room for the multipart boundaries and part headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;
const uploadPath = /^\/api\/networks\/[^/]+\/attachments\/?$/;

/**
 * The request body limit: attachment uploads may be as large as an attachment (plus the
 * multipart framing); every other request keeps the global BODY_LIMIT.
 */
export function requestBodyLimit(config: Config): MiddlewareHandler {
  const upload = bodyLimit({
    maxSize: config.ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD,
    onError: () => {
      throw new AppError('attachment_too_large', { limit: formatMegabytes(config.ATTACHMENT_MAX_BYTES) });
    },
  });
  return limitBody({
    maxSize: config.BODY_LIMIT,
    tooLarge: () => {
      throw new AppError('payload_too_large', { limit: formatMegabytes(config.BODY_LIMIT) });
    },
    special: { applies: (c) => c.req.method === 'POST' && uploadPath.test(c.req.path), limit: upload },
  });
}

const uploadRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/attachments',
  tags,
  security,
  summary: 'Ladda upp en bilaga till nätverket (typ kontrolleras mot ändelse och innehåll)',
  request: {
    params: networkParams,
    body: { content: { 'multipart/form-data': { schema: uploadBody } }, required: true },
  },
  responses: {
    201: jsonContent(attachmentSummary, 'Sparad'),
    ...errorResponses(400, 401, 403, 404, 413, 415, 422),
  },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/attachments/{id}',
  tags,
  security,
  summary: 'Hämta en bilaga (som nedladdning, med sin lagrade filtyp)',
  request: { params: attachmentParams },
  responses: {
    200: {
      description: 'Filen',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
    ...errorResponses(400, 401, 404),
  },
});

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** RFC 6266: an ASCII fallback name for old clients, the exact UTF-8 name in filename*. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}`;
}

export const attachmentRoutes = createRouter()
  .openapi(uploadRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    const { file, visibility } = c.req.valid('form');
    const result = await uploadAttachment(ctxOf(c), {
      networkId,
      visibility,
      filename: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      maxBytes: c.get('deps').config.ATTACHMENT_MAX_BYTES,
    });
    return c.json(result, 201);
  })
  .openapi(downloadRoute, async (c) => {
    const { meta, data } = await readAttachment(ctxOf(c), c.req.valid('param').id);
    return c.body(new Uint8Array(data), 200, {
      'Content-Type': meta.contentType,
      'Content-Disposition': contentDisposition(meta.filename),
      'X-Content-Type-Options': 'nosniff',
      'Content-Length': String(meta.sizeBytes),
    });
  });
