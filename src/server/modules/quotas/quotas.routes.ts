import { createRoute, z } from '@hono/zod-openapi';
import { downloadHeaders } from '../../platform/export/download';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { kommuntalPdf, kommuntalXlsx } from './quotas.export';
import { importInputs } from './quotas.import';
import {
  adoptBody,
  createScenarioBody,
  exportQuery,
  historyQuery,
  historyResponse,
  importBody,
  importResult,
  inputsResponse,
  overviewResponse,
  planListResponse,
  planResponse,
  putPlanBody,
  reviseBody,
  scenarioIdParam,
  scenarioListResponse,
  transferBody,
  yearParam,
} from './quotas.schemas';
import * as service from './quotas.service';

const tags = ['Kommuntal'];
const binary = (type: string) => ({
  description: 'Fil',
  content: { [type]: { schema: { type: 'string' as const, format: 'binary' } } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/quotas',
  tags,
  summary: 'År med planer för läns- och kommuntal',
  responses: { 200: jsonContent(planListResponse, 'År'), ...errorResponses(401) },
});
const overviewRoute = createRoute({
  method: 'get',
  path: '/quotas/{year}',
  tags,
  summary:
    'Årets antagna tal: riket och länen för alla, den egna kommunen, nätverkens summor; allt för den som beräknar',
  request: { params: yearParam },
  responses: { 200: jsonContent(overviewResponse, 'Översikt'), ...errorResponses(400, 401) },
});
const putPlanRoute = createRoute({
  method: 'put',
  path: '/quotas/{year}/plan',
  tags,
  summary: 'Skapa årets plan eller ändra dess riksbelopp och parametrar',
  request: { params: yearParam, body: jsonContent(putPlanBody) },
  responses: { 200: jsonContent(planResponse, 'Planen'), ...errorResponses(400, 401, 403, 409) },
});
const inputsRoute = createRoute({
  method: 'get',
  path: '/quotas/{year}/inputs',
  tags,
  summary: 'Indata per kommun',
  request: { params: yearParam },
  responses: { 200: jsonContent(inputsResponse, 'Indata'), ...errorResponses(400, 401, 403, 404) },
});
const importRoute = createRoute({
  method: 'post',
  path: '/quotas/{year}/inputs/import',
  tags,
  summary: 'Importera indata per kommunkod från CSV eller XLSX (provkörning eller på riktigt)',
  request: {
    params: yearParam,
    body: { content: { 'multipart/form-data': { schema: importBody } }, required: true },
  },
  responses: {
    200: jsonContent(importResult, 'Resultat; vid provkörning sparas inget'),
    ...errorResponses(400, 401, 403, 404, 413, 415, 422),
  },
});
const scenariosRoute = createRoute({
  method: 'get',
  path: '/quotas/{year}/scenarios',
  tags,
  summary: 'Beräknade scenarier med läns- och kommuntal',
  request: { params: yearParam },
  responses: { 200: jsonContent(scenarioListResponse, 'Scenarier'), ...errorResponses(400, 401, 403, 404) },
});
const createScenarioRoute = createRoute({
  method: 'post',
  path: '/quotas/{year}/scenarios',
  tags,
  summary: 'Beräkna och spara ett scenario',
  request: { params: yearParam, body: jsonContent(createScenarioBody) },
  responses: {
    201: jsonContent(z.object({ id: z.string().uuid() }), 'Sparat'),
    ...errorResponses(400, 401, 403, 404),
  },
});
const deleteScenarioRoute = createRoute({
  method: 'delete',
  path: '/quotas/scenarios/{id}',
  tags,
  summary: 'Ta bort ett scenario',
  request: { params: scenarioIdParam },
  responses: { 204: { description: 'Borttaget' }, ...errorResponses(400, 401, 403, 404) },
});
const adoptRoute = createRoute({
  method: 'post',
  path: '/quotas/{year}/adopt',
  tags,
  summary: 'Anta ett scenario som årets kommuntal (senare under året: revidering av alla tal, med skäl)',
  request: { params: yearParam, body: jsonContent(adoptBody) },
  responses: { 200: jsonContent(planResponse, 'Antaget'), ...errorResponses(400, 401, 403, 404, 409) },
});
const reviseRoute = createRoute({
  method: 'post',
  path: '/quotas/{year}/revisions',
  tags,
  summary: 'Revidera enskilda kommuntal under året, med skäl',
  request: { params: yearParam, body: jsonContent(reviseBody) },
  responses: {
    200: jsonContent(z.object({ plan: planResponse.shape.plan, changed: z.number().int() }), 'Reviderat'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const transferRoute = createRoute({
  method: 'post',
  path: '/quotas/{year}/transfers',
  tags,
  summary: 'Överlåt kommuntal mellan två kommuner i samma län',
  request: { params: yearParam, body: jsonContent(transferBody) },
  responses: { 200: jsonContent(planResponse, 'Överlåtet'), ...errorResponses(400, 401, 403, 404, 409) },
});
const historyRoute = createRoute({
  method: 'get',
  path: '/quotas/{year}/history',
  tags,
  summary: 'Ändringar av antagna kommuntal: vem, när, varför och talet före',
  request: { params: yearParam, query: historyQuery },
  responses: { 200: jsonContent(historyResponse, 'Historik'), ...errorResponses(400, 401, 403, 404) },
});
const xlsxRoute = createRoute({
  method: 'get',
  path: '/quotas/{year}/export.xlsx',
  tags,
  summary: 'Kommuntal och scenarier som Excel',
  request: { params: yearParam, query: exportQuery },
  responses: {
    200: binary('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ...errorResponses(401, 403, 404),
  },
});
const pdfRoute = createRoute({
  method: 'get',
  path: '/quotas/{year}/export.pdf',
  tags,
  summary: 'Kommuntal och scenarier som PDF',
  request: { params: yearParam, query: exportQuery },
  responses: { 200: binary('application/pdf'), ...errorResponses(401, 403, 404) },
});

const idsOf = (text: string | undefined) =>
  text ? text.split(',').filter((s) => /^[0-9a-f-]{36}$/i.test(s)) : [];

export const quotaRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await service.listPlans(ctxOf(c)), 200))
  .openapi(overviewRoute, async (c) =>
    c.json(await service.getOverview(ctxOf(c), c.req.valid('param').year), 200),
  )
  .openapi(putPlanRoute, async (c) =>
    c.json(await service.putPlan(ctxOf(c), c.req.valid('param').year, c.req.valid('json')), 200),
  )
  .openapi(inputsRoute, async (c) =>
    c.json(await service.listInputs(ctxOf(c), c.req.valid('param').year), 200),
  )
  .openapi(importRoute, async (c) => {
    const { file, mode } = c.req.valid('form');
    const result = await importInputs(ctxOf(c), c.req.valid('param').year, {
      mode,
      locale: c.get('locale'),
      file: { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    return c.json(result, 200);
  })
  .openapi(scenariosRoute, async (c) =>
    c.json(await service.listScenarios(ctxOf(c), c.req.valid('param').year), 200),
  )
  .openapi(createScenarioRoute, async (c) =>
    c.json(await service.createScenario(ctxOf(c), c.req.valid('param').year, c.req.valid('json')), 201),
  )
  .openapi(deleteScenarioRoute, async (c) => {
    await service.deleteScenario(ctxOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .openapi(adoptRoute, async (c) =>
    c.json(await service.adoptScenario(ctxOf(c), c.req.valid('param').year, c.req.valid('json')), 200),
  )
  .openapi(reviseRoute, async (c) =>
    c.json(await service.reviseKommuntal(ctxOf(c), c.req.valid('param').year, c.req.valid('json')), 200),
  )
  .openapi(transferRoute, async (c) =>
    c.json(await service.transferKommuntal(ctxOf(c), c.req.valid('param').year, c.req.valid('json')), 200),
  )
  .openapi(historyRoute, async (c) =>
    c.json(await service.getHistory(ctxOf(c), c.req.valid('param').year, c.req.valid('query')), 200),
  )
  .openapi(xlsxRoute, async (c) => {
    const file = await kommuntalXlsx(
      ctxOf(c),
      c.req.valid('param').year,
      idsOf(c.req.valid('query').scenarios),
      c.get('locale'),
    );
    return c.body(file.body, 200, downloadHeaders(file.contentType, file.filename));
  })
  .openapi(pdfRoute, async (c) => {
    const file = await kommuntalPdf(
      ctxOf(c),
      c.req.valid('param').year,
      idsOf(c.req.valid('query').scenarios),
      c.get('locale'),
    );
    return c.body(file.body, 200, downloadHeaders(file.contentType, file.filename));
  });
