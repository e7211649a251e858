import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  createTemplateBody,
  networkIdParam,
  patchTemplateBody,
  templateDetail,
  templateIdParam,
  templateListResponse,
  templateVersionParam,
  templateVersionResponse,
  updateDefinitionBody,
} from './templates.schemas';
import * as service from './templates.service';

const tags = ['Mallar'];

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/templates',
  tags,
  summary: 'Nätverkets rapportmallar',
  request: { params: networkIdParam },
  responses: { 200: jsonContent(templateListResponse, 'Mallar'), ...errorResponses(400, 401, 404) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/templates/{id}',
  tags,
  summary: 'En mall med gällande definition och versionshistorik',
  request: { params: templateIdParam },
  responses: { 200: jsonContent(templateDetail, 'Mallen'), ...errorResponses(400, 401, 404) },
});
const versionRoute = createRoute({
  method: 'get',
  path: '/templates/{id}/versions/{version}',
  tags,
  summary: 'En bestämd version av en mall',
  request: { params: templateVersionParam },
  responses: { 200: jsonContent(templateVersionResponse, 'Versionen'), ...errorResponses(400, 401, 404) },
});
const createTemplateRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/templates',
  tags,
  summary: 'Skapa en mall (samordnare)',
  request: { params: networkIdParam, body: jsonContent(createTemplateBody) },
  responses: { 201: jsonContent(templateDetail, 'Skapad'), ...errorResponses(400, 401, 403, 404) },
});
const updateDefinitionRoute = createRoute({
  method: 'put',
  path: '/templates/{id}',
  tags,
  summary: 'Spara en ny version av mallens definition (samordnare)',
  description: 'Skapar en ny, oföränderlig version. 409 om baseVersion inte är den gällande versionen.',
  request: { params: templateIdParam, body: jsonContent(updateDefinitionBody) },
  responses: {
    200: jsonContent(templateDetail, 'Ny version sparad'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/templates/{id}',
  tags,
  summary: 'Ändra namn, beskrivning eller om mallen är aktiv (samordnare)',
  request: { params: templateIdParam, body: jsonContent(patchTemplateBody) },
  responses: { 200: jsonContent(templateDetail, 'Ändrad'), ...errorResponses(400, 401, 403, 404) },
});

export const templateRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await service.listTemplates(ctxOf(c), networkId), 200);
  })
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.getTemplate(ctxOf(c), id), 200);
  })
  .openapi(versionRoute, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.json(await service.getTemplateVersion(ctxOf(c), id, version), 200);
  })
  .openapi(createTemplateRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await service.createTemplate(ctxOf(c), networkId, c.req.valid('json')), 201);
  })
  .openapi(updateDefinitionRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.updateTemplateDefinition(ctxOf(c), id, c.req.valid('json')), 200);
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.patchTemplate(ctxOf(c), id, c.req.valid('json')), 200);
  });
