import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { contentDisposition } from '../attachments/attachments.routes';
import { answerConsultation } from './consultation-answer.service';
import { exportConsultation } from './consultation-export';
import {
  answer,
  answerBody,
  consultationDetail,
  consultationList,
  createBody,
  deadlineBody,
  idParams,
  listQuery,
  networkParams,
} from './consultations.schemas';
import {
  changeDeadline,
  createConsultation,
  getConsultation,
  listConsultations,
} from './consultations.service';

const tags = ['Remisser'];
const security = [{ session: [] }];

const listRoute = createRoute({
  method: 'get',
  path: '/consultations',
  tags,
  security,
  summary: 'Remisser i mina nätverk: öppna efter närmaste sista dag, sedan stängda',
  request: { query: listQuery },
  responses: { 200: jsonContent(consultationList, 'Remisser'), ...errorResponses(400, 401, 404) },
});

const createConsultationRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/consultations',
  tags,
  security,
  summary: 'Skicka ut ett dokument på remiss till valda organisationer (nätverkets samordnare)',
  request: { params: networkParams, body: jsonContent(createBody) },
  responses: {
    201: jsonContent(z.object({ id: z.string().uuid() }), 'Skickad'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/consultations/{id}',
  tags,
  security,
  summary: 'En remiss: dokumentet, det egna svaret och för samordnare alla svar',
  request: { params: idParams },
  responses: { 200: jsonContent(consultationDetail, 'Remissen'), ...errorResponses(400, 401, 404) },
});

const answerRoute = createRoute({
  method: 'put',
  path: '/consultations/{id}/answer',
  tags,
  security,
  summary: 'Svara eller ändra svaret för den egna organisationen fram till sista dag',
  request: { params: idParams, body: jsonContent(answerBody) },
  responses: {
    200: jsonContent(answer, 'Sparat svar'),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const deadlineRoute = createRoute({
  method: 'patch',
  path: '/consultations/{id}/deadline',
  tags,
  security,
  summary: 'Flytta sista dag: förläng eller öppna igen (samordnare; loggas)',
  request: { params: idParams, body: jsonContent(deadlineBody) },
  responses: {
    200: jsonContent(consultationDetail, 'Remissen'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

function exportRoute(format: 'pdf' | 'xlsx', contentType: string) {
  return createRoute({
    method: 'get',
    path: `/consultations/{id}/answers.${format}`,
    tags,
    security,
    summary: `Sammanställda remissvar som ${format.toUpperCase()} (samordnare)`,
    request: { params: idParams },
    responses: {
      200: {
        description: 'Sammanställning',
        content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
      },
      ...errorResponses(400, 401, 403, 404),
    },
  });
}

const pdfRoute = exportRoute('pdf', 'application/pdf');
const xlsxRoute = exportRoute('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

export const consultationRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await listConsultations(ctxOf(c), c.req.valid('query')), 200))
  .openapi(createConsultationRoute, async (c) => {
    const created = await createConsultation(ctxOf(c), {
      ...c.req.valid('json'),
      networkId: c.req.valid('param').networkId,
      publicUrl: c.get('deps').config.publicUrl,
    });
    return c.json(created, 201);
  })
  .openapi(getRoute, async (c) => c.json(await getConsultation(ctxOf(c), c.req.valid('param').id), 200))
  .openapi(answerRoute, async (c) =>
    c.json(await answerConsultation(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(deadlineRoute, async (c) =>
    c.json(await changeDeadline(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(pdfRoute, async (c) => {
    const file = await exportConsultation(ctxOf(c), c.req.valid('param').id, 'pdf', c.get('locale'));
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.filename),
      'X-Content-Type-Options': 'nosniff',
    });
  })
  .openapi(xlsxRoute, async (c) => {
    const file = await exportConsultation(ctxOf(c), c.req.valid('param').id, 'xlsx', c.get('locale'));
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.filename),
      'X-Content-Type-Options': 'nosniff',
    });
  });
