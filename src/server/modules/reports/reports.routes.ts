import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  discardQuery,
  draftBody,
  draftResponse,
  historyResponse,
  idempotencyHeader,
  reportForm,
  reportParams,
  roundParams,
  submitBody,
  submitResponse,
  todoResponse,
  unchangedBody,
} from './reports.schemas';
import * as reports from './reports.service';

const tags = ['Lägesrapporter'];
const security: Record<string, string[]>[] = [{ session: [] }, { apiToken: [] }];

const todoRoute = createRoute({
  method: 'get',
  path: '/reports/todo',
  tags,
  security,
  summary: 'Att göra: omgångar att rapportera i för den egna organisationen',
  responses: { 200: jsonContent(todoResponse, 'Omgångar med status'), ...errorResponses(401, 403) },
});

const formRoute = createRoute({
  method: 'get',
  path: '/rounds/{roundId}/reports/{orgId}/form',
  tags,
  security,
  summary: 'Rapportformulär: mall, utkast eller förifyllda svar och förändringar mot förra omgången',
  request: { params: roundParams },
  responses: { 200: jsonContent(reportForm, 'Formuläret'), ...errorResponses(400, 401, 403, 404) },
});

const draftRoute = createRoute({
  method: 'put',
  path: '/rounds/{roundId}/reports/{orgId}/draft',
  tags,
  security,
  summary: 'Spara utkast (baseVersion = versionen som redigerades)',
  request: { params: roundParams, body: jsonContent(draftBody) },
  responses: { 200: jsonContent(draftResponse, 'Sparat'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});

const discardRoute = createRoute({
  method: 'delete',
  path: '/rounds/{roundId}/reports/{orgId}/draft',
  tags,
  security,
  summary: 'Släng ändringar som inte skickats in: den inskickade rapporten står kvar',
  request: { params: roundParams, query: discardQuery },
  responses: {
    200: jsonContent(draftResponse, 'Ändringarna slängda'),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const submitRoute = createRoute({
  method: 'post',
  path: '/rounds/{roundId}/reports/{orgId}/submit',
  tags,
  security,
  summary: 'Skicka in rapporten (Idempotency-Key gör omsändning säker)',
  request: { params: roundParams, headers: idempotencyHeader, body: jsonContent(submitBody) },
  responses: {
    200: jsonContent(submitResponse, 'Inskickad'),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

const unchangedRoute = createRoute({
  method: 'post',
  path: '/rounds/{roundId}/reports/{orgId}/unchanged',
  tags,
  security,
  summary: 'Inget har ändrats sedan förra veckan: skicka in förra omgångens svar oförändrade',
  request: {
    params: roundParams,
    headers: idempotencyHeader,
    body: { ...jsonContent(unchangedBody), required: false },
  },
  responses: { 200: jsonContent(submitResponse, 'Inskickad'), ...errorResponses(400, 401, 403, 404, 422) },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/reports/{reportId}/history',
  tags,
  security,
  summary: 'Rapportens versioner med vem, när och vad som ändrades',
  request: { params: reportParams },
  responses: { 200: jsonContent(historyResponse, 'Historik'), ...errorResponses(400, 401, 404) },
});

export const reportsRoutes = createRouter()
  .openapi(todoRoute, async (c) => c.json(await reports.listTodo(ctxOf(c)), 200))
  .openapi(formRoute, async (c) => {
    const { roundId, orgId } = c.req.valid('param');
    return c.json(await reports.getReportForm(ctxOf(c), roundId, orgId), 200);
  })
  .openapi(draftRoute, async (c) => {
    const { roundId, orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await reports.saveDraft(ctxOf(c), { roundId, orgId, ...body }), 200);
  })
  .openapi(discardRoute, async (c) => {
    const { roundId, orgId } = c.req.valid('param');
    const { baseVersion } = c.req.valid('query');
    return c.json(await reports.discardRevision(ctxOf(c), { roundId, orgId, baseVersion }), 200);
  })
  .openapi(submitRoute, async (c) => {
    const { roundId, orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const idempotencyKey = c.req.valid('header')['idempotency-key'] ?? body.idempotencyKey;
    const result = await reports.submitReport(ctxOf(c), {
      roundId,
      orgId,
      answers: body.answers,
      ...(body.baseVersion === undefined ? {} : { baseVersion: body.baseVersion }),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    return c.json(result, 200);
  })
  .openapi(unchangedRoute, async (c) => {
    const { roundId, orgId } = c.req.valid('param');
    const body: { idempotencyKey?: string | undefined } | undefined = c.req.valid('json');
    const idempotencyKey = c.req.valid('header')['idempotency-key'] ?? body?.idempotencyKey;
    return c.json(
      await reports.confirmUnchanged(ctxOf(c), {
        roundId,
        orgId,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      }),
      200,
    );
  })
  .openapi(historyRoute, async (c) => {
    const { reportId } = c.req.valid('param');
    return c.json(await reports.getReportHistory(ctxOf(c), reportId), 200);
  });
