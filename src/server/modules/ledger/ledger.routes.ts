import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  aggregateView,
  assignment,
  countyParam,
  createAssignmentBody,
  idParam,
  importBody,
  importResult,
  ledgerView,
  networkIdParam,
  patchAssignmentBody,
  scopesView,
  yearQuery,
} from './ledger.schemas';
import * as service from './ledger.service';
import { getCountyLedger, getNetworkLedger, listReceptionScopes } from './ledger-aggregates.service';
import { importAssignments } from './ledger-import.service';

const tags = ['Anvisningar'];

const scopesRoute = createRoute({
  method: 'get',
  path: '/reception/scopes',
  tags,
  summary: 'Vad mottagandesidorna visar: egen kommun, nätverk och län med sammanställningar',
  responses: { 200: jsonContent(scopesView, 'Omfång'), ...errorResponses(401) },
});
const ownRoute = createRoute({
  method: 'get',
  path: '/ledger',
  tags,
  summary: 'Den egna kommunens anvisningar för ett år, mot kommuntalet',
  request: { query: yearQuery },
  responses: { 200: jsonContent(ledgerView, 'Anvisningar'), ...errorResponses(400, 401, 403) },
});
const createRouteDef = createRoute({
  method: 'post',
  path: '/ledger/assignments',
  tags,
  summary: 'Registrera en anvisning i den egna kommunen',
  request: { body: jsonContent(createAssignmentBody) },
  responses: { 201: jsonContent(assignment, 'Skapad'), ...errorResponses(400, 401, 403) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/ledger/assignments/{id}',
  tags,
  summary: 'En anvisning i den egna kommunen',
  request: { params: idParam },
  responses: { 200: jsonContent(assignment, 'Anvisningen'), ...errorResponses(401, 403, 404) },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/ledger/assignments/{id}',
  tags,
  summary: 'Ändra en anvisning eller dess status (optimistisk låsning med version)',
  request: { params: idParam, body: jsonContent(patchAssignmentBody) },
  responses: { 200: jsonContent(assignment, 'Ändrad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const importRoute = createRoute({
  method: 'post',
  path: '/ledger/imports',
  tags,
  summary: 'Importera anvisningar från CSV eller XLSX (provkörning eller allt-eller-inget)',
  request: { body: { content: { 'multipart/form-data': { schema: importBody } }, required: true } },
  responses: {
    200: jsonContent(importResult, 'Resultat; vid provkörning sparas inget'),
    ...errorResponses(400, 401, 403, 413, 415, 422),
  },
});
const networkRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/ledger',
  tags,
  summary: 'Nätverkets anvisningar sammanställda per kommun (samordnare, Länsstyrelsen)',
  request: { params: networkIdParam, query: yearQuery },
  responses: { 200: jsonContent(aggregateView, 'Sammanställning'), ...errorResponses(400, 401, 403, 404) },
});
const countyRoute = createRoute({
  method: 'get',
  path: '/counties/{countyCode}/ledger',
  tags,
  summary: 'Länets anvisningar sammanställda per kommun (Länsstyrelsen)',
  request: { params: countyParam, query: yearQuery },
  responses: { 200: jsonContent(aggregateView, 'Sammanställning'), ...errorResponses(400, 401, 403, 404) },
});

export const ledgerRoutes = createRouter()
  .openapi(scopesRoute, async (c) => c.json(await listReceptionScopes(ctxOf(c)), 200))
  .openapi(ownRoute, async (c) =>
    c.json(await service.getOwnLedger(ctxOf(c), c.req.valid('query').year), 200),
  )
  .openapi(createRouteDef, async (c) =>
    c.json(await service.createAssignment(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(getRoute, async (c) => c.json(await service.getAssignment(ctxOf(c), c.req.valid('param').id), 200))
  .openapi(patchRoute, async (c) =>
    c.json(await service.updateAssignment(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(importRoute, async (c) => {
    const { file, mode } = c.req.valid('form');
    const result = await importAssignments(ctxOf(c), {
      mode,
      locale: c.get('locale'),
      file: { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    return c.json(result, 200);
  })
  .openapi(networkRoute, async (c) =>
    c.json(await getNetworkLedger(ctxOf(c), c.req.valid('param').networkId, c.req.valid('query').year), 200),
  )
  .openapi(countyRoute, async (c) =>
    c.json(await getCountyLedger(ctxOf(c), c.req.valid('param').countyCode, c.req.valid('query').year), 200),
  );
