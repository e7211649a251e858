import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { apiTokenList, apiTokenParams, createApiTokenBody, createdApiToken } from './api-tokens.schemas';
import * as service from './api-tokens.service';

const tags = ['API-nycklar'];

const listRoute = createRoute({
  method: 'get',
  path: '/api-tokens',
  tags,
  summary: 'Organisationens API-nycklar',
  responses: { 200: jsonContent(apiTokenList, 'Nycklar, nyaste först'), ...errorResponses(401, 403) },
});
const createTokenRoute = createRoute({
  method: 'post',
  path: '/api-tokens',
  tags,
  summary: 'Skapa en API-nyckel (visas en gång)',
  request: { body: jsonContent(createApiTokenBody) },
  responses: { 201: jsonContent(createdApiToken, 'Skapad'), ...errorResponses(400, 401, 403) },
});
const revokeRoute = createRoute({
  method: 'delete',
  path: '/api-tokens/{id}',
  tags,
  summary: 'Återkalla en API-nyckel',
  request: { params: apiTokenParams },
  responses: { 204: { description: 'Återkallad' }, ...errorResponses(401, 403, 404) },
});

export const apiTokenRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const tokens = await service.listApiTokens(ctxOf(c));
    return c.json({ tokens }, 200);
  })
  .openapi(createTokenRoute, async (c) => {
    const created = await service.createApiToken(ctxOf(c), c.req.valid('json'));
    return c.json(created, 201);
  })
  .openapi(revokeRoute, async (c) => {
    await service.revokeApiToken(ctxOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
