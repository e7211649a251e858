import { createRoute } from '@hono/zod-openapi';
import { downloadHeaders } from '../../platform/export/download';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { planXlsx } from './planner.export';
import {
  acceptBody,
  batchUploadBody,
  batchUploadResult,
  createRunBody,
  networkIdParam,
  overrideBody,
  runDetail,
  runIdParam,
  runListResponse,
  startBody,
} from './planner.schemas';
import * as service from './planner.service';

const tags = ['Planerare'];

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/planner/runs',
  tags,
  summary: 'Nätverkets planeringskörningar',
  request: { params: networkIdParam },
  responses: { 200: jsonContent(runListResponse, 'Körningar'), ...errorResponses(401, 403, 404) },
});
const createRunRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/planner/runs',
  tags,
  summary: 'Skapa en körning: hushåll, vikter; kommundata från kommuntal, anvisningar och boende',
  request: { params: networkIdParam, body: jsonContent(createRunBody) },
  responses: { 201: jsonContent(runDetail, 'Köad'), ...errorResponses(400, 401, 403, 404) },
});
const uploadRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/planner/batches',
  tags,
  summary: 'Läs in hushåll från CSV eller XLSX (provkörning, eller spara som utkast att köra)',
  request: {
    params: networkIdParam,
    body: { content: { 'multipart/form-data': { schema: batchUploadBody } }, required: true },
  },
  responses: {
    200: jsonContent(batchUploadResult, 'Resultat; vid provkörning sparas inget'),
    ...errorResponses(400, 401, 403, 404, 413, 415, 422),
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/planner/runs/{id}',
  tags,
  summary: 'En körning: förlopp, förslag med skäl, kvoteffekt per kommun, gräns och gap',
  request: { params: runIdParam },
  responses: { 200: jsonContent(runDetail, 'Körningen'), ...errorResponses(401, 403, 404) },
});
const overrideRoute = createRoute({
  method: 'post',
  path: '/planner/runs/{id}/overrides',
  tags,
  summary: 'Flytta ett hushåll till en annan kommun eller lämna det oplacerat',
  request: { params: runIdParam, body: jsonContent(overrideBody) },
  responses: { 200: jsonContent(runDetail, 'Ändrad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const startRoute = createRoute({
  method: 'post',
  path: '/planner/runs/{id}/start',
  tags,
  summary: 'Starta en sparad batch: kommundata läses nu från kommuntal, anvisningar och boende',
  request: { params: runIdParam, body: jsonContent(startBody) },
  responses: { 200: jsonContent(runDetail, 'Köad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const acceptRoute = createRoute({
  method: 'post',
  path: '/planner/runs/{id}/accept',
  tags,
  summary: 'Godkänn planen: skapar anvisningar i en transaktion',
  request: { params: runIdParam, body: jsonContent(acceptBody) },
  responses: { 200: jsonContent(runDetail, 'Godkänd'), ...errorResponses(400, 401, 403, 404, 409) },
});
const xlsxRoute = createRoute({
  method: 'get',
  path: '/planner/runs/{id}/export.xlsx',
  tags,
  summary: 'Planen som Excel',
  request: { params: runIdParam },
  responses: {
    200: {
      description: 'Fil',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: { type: 'string' as const, format: 'binary' },
        },
      },
    },
    ...errorResponses(401, 403, 404),
  },
});

export const plannerRoutes = createRouter()
  .openapi(listRoute, async (c) =>
    c.json(await service.listRuns(ctxOf(c), c.req.valid('param').networkId), 200),
  )
  .openapi(createRunRoute, async (c) =>
    c.json(await service.createRun(ctxOf(c), c.req.valid('param').networkId, c.req.valid('json')), 201),
  )
  .openapi(uploadRoute, async (c) => {
    const { file, mode, name, year } = c.req.valid('form');
    const result = await service.uploadBatch(ctxOf(c), c.req.valid('param').networkId, {
      name,
      year,
      mode,
      locale: c.get('locale'),
      file: { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    return c.json(result, 200);
  })
  .openapi(getRoute, async (c) => c.json(await service.getRun(ctxOf(c), c.req.valid('param').id), 200))
  .openapi(overrideRoute, async (c) =>
    c.json(await service.overrideProposal(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(startRoute, async (c) =>
    c.json(await service.startRun(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(acceptRoute, async (c) =>
    c.json(await service.acceptRun(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(xlsxRoute, async (c) => {
    const file = await planXlsx(ctxOf(c), c.req.valid('param').id, c.get('locale'));
    return c.body(file.body, 200, downloadHeaders(file.contentType, file.filename));
  });
