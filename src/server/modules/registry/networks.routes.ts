import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { getDirectory } from './directory.service';
import * as nets from './networks.service';
import {
  addMemberBody,
  createNetworkBody,
  directoryList,
  directoryQuery,
  idParam,
  memberParam,
  networkDetail,
  networkList,
  networkMember,
  updateNetworkBody,
} from './registry.schemas';

const tags = ['Nätverk'];
const security = [{ session: [] }];

const listRoute = createRoute({
  method: 'get',
  path: '/networks',
  tags,
  security,
  summary: 'Mina nätverk (systemadministratör: alla)',
  responses: { 200: jsonContent(networkList, 'Nätverk'), ...errorResponses(401) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/networks/{id}',
  tags,
  security,
  summary: 'Ett nätverk med medlemmar',
  request: { params: idParam },
  responses: { 200: jsonContent(networkDetail, 'Nätverket'), ...errorResponses(400, 401, 404) },
});

const createNetRoute = createRoute({
  method: 'post',
  path: '/networks',
  tags,
  security,
  summary: 'Skapa ett nätverk (samordnare för den egna organisationen, systemadministratör för alla)',
  request: { body: jsonContent(createNetworkBody) },
  responses: { 201: jsonContent(networkDetail, 'Skapat'), ...errorResponses(400, 401, 403, 409) },
});

const updateNetRoute = createRoute({
  method: 'patch',
  path: '/networks/{id}',
  tags,
  security,
  summary: 'Ändra namn, beskrivning och schema för rapportering (nätverkets samordnare)',
  request: { params: idParam, body: jsonContent(updateNetworkBody) },
  responses: { 200: jsonContent(networkDetail, 'Ändrat'), ...errorResponses(400, 401, 403, 404) },
});

const addMemberRoute = createRoute({
  method: 'post',
  path: '/networks/{id}/members',
  tags,
  security,
  summary: 'Lägg till en medlem eller ändra om den rapporterar (nätverkets samordnare)',
  request: { params: idParam, body: jsonContent(addMemberBody) },
  responses: {
    200: jsonContent(networkMember, 'Medlemmen fanns; ändrad vid behov'),
    201: jsonContent(networkMember, 'Tillagd'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const removeMemberRoute = createRoute({
  method: 'delete',
  path: '/networks/{id}/members/{orgId}',
  tags,
  security,
  summary: 'Ta bort en medlem (nätverkets samordnare)',
  request: { params: memberParam },
  responses: { 204: { description: 'Borttagen' }, ...errorResponses(400, 401, 403, 404) },
});

const directoryRoute = createRoute({
  method: 'get',
  path: '/networks/{id}/directory',
  tags,
  security,
  summary: 'Kontaktlista: personer i medlemsorganisationerna med deras funktioner',
  request: { params: idParam, query: directoryQuery },
  responses: { 200: jsonContent(directoryList, 'Kontakter'), ...errorResponses(400, 401, 404) },
});

export const networkRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    return c.json({ items: await nets.listNetworks(ctxOf(c)) }, 200);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await nets.getNetwork(ctxOf(c), c.req.valid('param').id), 200);
  })
  .openapi(createNetRoute, async (c) => {
    return c.json(await nets.createNetwork(ctxOf(c), c.req.valid('json')), 201);
  })
  .openapi(updateNetRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await nets.updateNetwork(ctxOf(c), id, c.req.valid('json')), 200);
  })
  .openapi(addMemberRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const result = await nets.setMember(ctxOf(c), id, body.orgId, body.reports);
    return result.created ? c.json(result.member, 201) : c.json(result.member, 200);
  })
  .openapi(removeMemberRoute, async (c) => {
    const { id, orgId } = c.req.valid('param');
    await nets.removeMember(ctxOf(c), id, orgId);
    return c.body(null, 204);
  })
  .openapi(directoryRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await getDirectory(ctxOf(c), id, c.req.valid('query')), 200);
  });
