import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  createRoundBody,
  listRoundsQuery,
  networkIdParam,
  patchRoundBody,
  roundDetail,
  roundIdParam,
  roundListResponse,
} from './rounds.schemas';
import * as service from './rounds.service';

const tags = ['Omgångar'];

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/rounds',
  tags,
  summary: 'Nätverkets omgångar, nyaste först, med antal inrapporterade av förväntade',
  request: { params: networkIdParam, query: listRoundsQuery },
  responses: { 200: jsonContent(roundListResponse, 'Omgångar'), ...errorResponses(400, 401, 404) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/rounds/{id}',
  tags,
  summary: 'En omgång med mallversionens definition',
  request: { params: roundIdParam },
  responses: { 200: jsonContent(roundDetail, 'Omgången'), ...errorResponses(400, 401, 404) },
});
const createExtraRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/rounds',
  tags,
  summary: 'Skapa en extra omgång med kort varsel (samordnare)',
  request: { params: networkIdParam, body: jsonContent(createRoundBody) },
  responses: { 201: jsonContent(roundDetail, 'Skapad'), ...errorResponses(400, 401, 403, 404) },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/rounds/{id}',
  tags,
  summary: 'Ändra sista dag för en omgång (samordnare)',
  request: { params: roundIdParam, body: jsonContent(patchRoundBody) },
  responses: { 200: jsonContent(roundDetail, 'Ändrad'), ...errorResponses(400, 401, 403, 404) },
});

export const roundRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await service.listRounds(ctxOf(c), networkId, c.req.valid('query')), 200);
  })
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.getRound(ctxOf(c), id), 200);
  })
  .openapi(createExtraRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await service.createExtraRound(ctxOf(c), networkId, c.req.valid('json')), 201);
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.changeDeadline(ctxOf(c), id, c.req.valid('json')), 200);
  });
