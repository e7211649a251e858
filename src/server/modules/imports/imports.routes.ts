import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type AppEnv, createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { buildImportTemplate, type TemplateFormat } from './import-template.service';
import { importBody, importResult, importRoundParams } from './imports.schemas';
import { importReports } from './imports.service';

const tags = ['Import'];

const importRoute = createRoute({
  method: 'post',
  path: '/rounds/{roundId}/imports',
  tags,
  summary: 'Importera en omgångs rapporter från CSV eller XLSX (provkörning eller på riktigt)',
  request: {
    params: importRoundParams,
    body: { content: { 'multipart/form-data': { schema: importBody } }, required: true },
  },
  responses: {
    200: jsonContent(importResult, 'Resultat; vid provkörning sparas inget'),
    ...errorResponses(400, 401, 403, 404, 413, 415, 422),
  },
});

function templateRoute(format: TemplateFormat, contentType: string) {
  return createRoute({
    method: 'get',
    path: `/rounds/{roundId}/import-template.${format}`,
    tags,
    summary: `Tom importmall (${format.toUpperCase()}) med rubriker och en rad per rapporterande medlem`,
    request: { params: importRoundParams },
    responses: {
      200: {
        description: 'Importmall',
        content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
      },
      ...errorResponses(401, 403, 404),
    },
  });
}

const csvTemplateRoute = templateRoute('csv', 'text/csv');
const xlsxTemplateRoute = templateRoute(
  'xlsx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
);

async function sendTemplate(c: Context<AppEnv>, roundId: string, format: TemplateFormat) {
  const file = await buildImportTemplate(ctxOf(c), { roundId, format, locale: c.get('locale') });
  return c.body(file.body, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
  });
}

export const importRoutes = createRouter()
  .openapi(importRoute, async (c) => {
    const { roundId } = c.req.valid('param');
    const { file, mode } = c.req.valid('form');
    const result = await importReports(ctxOf(c), {
      roundId,
      mode,
      locale: c.get('locale'),
      file: { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    return c.json(result, 200);
  })
  .openapi(csvTemplateRoute, (c) => sendTemplate(c, c.req.valid('param').roundId, 'csv'))
  .openapi(xlsxTemplateRoute, (c) => sendTemplate(c, c.req.valid('param').roundId, 'xlsx'));
