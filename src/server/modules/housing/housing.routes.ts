import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  countyParam,
  createPlacementBody,
  createUnitBody,
  housingAggregate,
  housingView,
  idParam,
  networkIdParam,
  patchPlacementBody,
  patchUnitBody,
  placement,
  policy,
  policyBody,
  unit,
  unitHistory,
} from './housing.schemas';
import * as service from './housing.service';
import { getCountyHousing, getNetworkHousing } from './housing-aggregates.service';

const tags = ['Boende'];

const ownRoute = createRoute({
  method: 'get',
  path: '/housing',
  tags,
  summary: 'Den egna kommunens boenden, placeringar och prognos för kontrakt som löper ut',
  responses: { 200: jsonContent(housingView, 'Boende'), ...errorResponses(401, 403) },
});
const policyRoute = createRoute({
  method: 'put',
  path: '/housing/policy',
  tags,
  summary: 'Kommunens kontraktstider (ensamstående, familjer) och gräns för stora hushåll',
  request: { body: jsonContent(policyBody) },
  responses: { 200: jsonContent(policy, 'Sparad'), ...errorResponses(400, 401, 403, 409) },
});
const createUnitRoute = createRoute({
  method: 'post',
  path: '/housing/units',
  tags,
  summary: 'Lägg till ett boende',
  request: { body: jsonContent(createUnitBody) },
  responses: { 201: jsonContent(unit, 'Skapat'), ...errorResponses(400, 401, 403) },
});
const patchUnitRoute = createRoute({
  method: 'patch',
  path: '/housing/units/{id}',
  tags,
  summary: 'Ändra ett boende; ändrade antal platser sparas i statushistoriken med datum',
  request: { params: idParam, body: jsonContent(patchUnitBody) },
  responses: { 200: jsonContent(unit, 'Ändrat'), ...errorResponses(400, 401, 403, 404, 409) },
});
const historyRoute = createRoute({
  method: 'get',
  path: '/housing/units/{id}/history',
  tags,
  summary: 'Ett boendes statushistorik (platser totalt och belagda per datum)',
  request: { params: idParam },
  responses: { 200: jsonContent(unitHistory, 'Historik'), ...errorResponses(401, 403, 404) },
});
const createPlacementRoute = createRoute({
  method: 'post',
  path: '/housing/placements',
  tags,
  summary: 'Registrera ett hushålls kontrakt (slutdatum enligt kommunens regel om inget anges)',
  request: { body: jsonContent(createPlacementBody) },
  responses: { 201: jsonContent(placement, 'Skapad'), ...errorResponses(400, 401, 403) },
});
const patchPlacementRoute = createRoute({
  method: 'patch',
  path: '/housing/placements/{id}',
  tags,
  summary: 'Ändra ett hushålls kontrakt eller registrera utflytt',
  request: { params: idParam, body: jsonContent(patchPlacementBody) },
  responses: { 200: jsonContent(placement, 'Ändrad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const networkRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/housing',
  tags,
  summary: 'Nätverkets boende och kontrakt som löper ut, per kommun (samordnare, Länsstyrelsen)',
  request: { params: networkIdParam },
  responses: { 200: jsonContent(housingAggregate, 'Sammanställning'), ...errorResponses(401, 403, 404) },
});
const countyRoute = createRoute({
  method: 'get',
  path: '/counties/{countyCode}/housing',
  tags,
  summary: 'Länets boende och kontrakt som löper ut, per kommun (Länsstyrelsen)',
  request: { params: countyParam },
  responses: { 200: jsonContent(housingAggregate, 'Sammanställning'), ...errorResponses(400, 401, 403, 404) },
});

export const housingRoutes = createRouter()
  .openapi(ownRoute, async (c) => c.json(await service.getOwnHousing(ctxOf(c)), 200))
  .openapi(policyRoute, async (c) => c.json(await service.savePolicy(ctxOf(c), c.req.valid('json')), 200))
  .openapi(createUnitRoute, async (c) => c.json(await service.createUnit(ctxOf(c), c.req.valid('json')), 201))
  .openapi(patchUnitRoute, async (c) =>
    c.json(await service.updateUnit(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(historyRoute, async (c) =>
    c.json(await service.getUnitHistory(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(createPlacementRoute, async (c) =>
    c.json(await service.createPlacement(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(patchPlacementRoute, async (c) =>
    c.json(await service.updatePlacement(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(networkRoute, async (c) =>
    c.json(await getNetworkHousing(ctxOf(c), c.req.valid('param').networkId), 200),
  )
  .openapi(countyRoute, async (c) =>
    c.json(await getCountyHousing(ctxOf(c), c.req.valid('param').countyCode), 200),
  );
