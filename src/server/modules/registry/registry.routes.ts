import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import * as orgs from './organisations.service';
import {
  countyList,
  createOrganisationBody,
  idParam,
  organisationDetail,
  organisationPage,
  organisationQuery,
  updateOrganisationBody,
} from './registry.schemas';

const tags = ['Register'];
const security = [{ session: [] }];

const countiesRoute = createRoute({
  method: 'get',
  path: '/counties',
  tags,
  security,
  summary: 'Län',
  responses: { 200: jsonContent(countyList, 'Alla 21 län'), ...errorResponses(401) },
});

const searchRoute = createRoute({
  method: 'get',
  path: '/organisations',
  tags,
  security,
  summary: 'Sök organisationer (namn eller kod, typ, län)',
  request: { query: organisationQuery },
  responses: { 200: jsonContent(organisationPage, 'En sida organisationer'), ...errorResponses(400, 401) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/organisations/{id}',
  tags,
  security,
  summary: 'En organisation med de nätverk du kan se',
  request: { params: idParam },
  responses: { 200: jsonContent(organisationDetail, 'Organisationen'), ...errorResponses(400, 401, 404) },
});

const createOrgRoute = createRoute({
  method: 'post',
  path: '/organisations',
  tags,
  security,
  summary: 'Lägg till en organisation (systemadministratör)',
  request: { body: jsonContent(createOrganisationBody) },
  responses: {
    201: jsonContent(organisationDetail, 'Skapad'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const updateOrgRoute = createRoute({
  method: 'patch',
  path: '/organisations/{id}',
  tags,
  security,
  summary: 'Ändra en organisation (systemadministratör)',
  request: { params: idParam, body: jsonContent(updateOrganisationBody) },
  responses: {
    200: jsonContent(organisationDetail, 'Ändrad'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export const registryRoutes = createRouter()
  .openapi(countiesRoute, async (c) => {
    return c.json({ items: await orgs.listCounties(ctxOf(c)) }, 200);
  })
  .openapi(searchRoute, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await orgs.searchOrganisations(ctxOf(c), filter, page, pageSize), 200);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await orgs.getOrganisation(ctxOf(c), c.req.valid('param').id), 200);
  })
  .openapi(createOrgRoute, async (c) => {
    return c.json(await orgs.createOrganisation(ctxOf(c), c.req.valid('json')), 201);
  })
  .openapi(updateOrgRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await orgs.updateOrganisation(ctxOf(c), id, c.req.valid('json')), 200);
  });
