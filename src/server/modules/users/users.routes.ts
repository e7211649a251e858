import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { getProfile, updateProfile } from './profile.service';
import {
  adminUser,
  idParam,
  inviteBody,
  profile,
  updateMeBody,
  updateUserBody,
  userPage,
  userQuery,
} from './users.schemas';
import * as users from './users.service';

const tags = ['Användare'];
const security = [{ session: [] }];

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  tags,
  security,
  summary: 'Användare (organisationsadministratör: den egna organisationen; systemadministratör: alla)',
  request: { query: userQuery },
  responses: { 200: jsonContent(userPage, 'En sida användare'), ...errorResponses(400, 401, 403) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/users/{id}',
  tags,
  security,
  summary: 'En användare',
  request: { params: idParam },
  responses: { 200: jsonContent(adminUser, 'Användaren'), ...errorResponses(400, 401, 403, 404) },
});

const inviteRoute = createRoute({
  method: 'post',
  path: '/users/invite',
  tags,
  security,
  summary: 'Bjud in en användare (e-post med länk för att välja lösenord, giltig 7 dagar)',
  request: { body: jsonContent(inviteBody) },
  responses: { 201: jsonContent(adminUser, 'Inbjuden'), ...errorResponses(400, 401, 403, 409) },
});

const resendRoute = createRoute({
  method: 'post',
  path: '/users/{id}/invite',
  tags,
  security,
  summary: 'Skicka inbjudan igen (tidigare länk slutar gälla)',
  request: { params: idParam },
  responses: { 202: { description: 'Skickad' }, ...errorResponses(400, 401, 403, 404, 409) },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags,
  security,
  summary: 'Ändra uppgifter, roller, funktioner eller aktivera/inaktivera',
  request: { params: idParam, body: jsonContent(updateUserBody) },
  responses: { 200: jsonContent(adminUser, 'Ändrad'), ...errorResponses(400, 401, 403, 404) },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags,
  security,
  summary: 'Min profil',
  responses: { 200: jsonContent(profile, 'Profilen'), ...errorResponses(401) },
});

const updateMeRoute = createRoute({
  method: 'patch',
  path: '/me',
  tags,
  security,
  summary: 'Ändra min profil (namn, titel, telefon, språk, funktioner)',
  request: { body: jsonContent(updateMeBody) },
  responses: { 200: jsonContent(profile, 'Ändrad'), ...errorResponses(400, 401) },
});

export const userRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await users.listUsers(ctxOf(c), filter, page, pageSize), 200);
  })
  .openapi(inviteRoute, async (c) => {
    const publicUrl = c.get('deps').config.publicUrl;
    return c.json(await users.inviteUser(ctxOf(c), c.req.valid('json'), publicUrl), 201);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await users.getUser(ctxOf(c), c.req.valid('param').id), 200);
  })
  .openapi(resendRoute, async (c) => {
    await users.resendInvitation(ctxOf(c), c.req.valid('param').id, c.get('deps').config.publicUrl);
    return c.body(null, 202);
  })
  .openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await users.updateUser(ctxOf(c), id, c.req.valid('json')), 200);
  })
  .openapi(meRoute, async (c) => {
    return c.json(await getProfile(ctxOf(c)), 200);
  })
  .openapi(updateMeRoute, async (c) => {
    return c.json(await updateProfile(ctxOf(c), c.req.valid('json')), 200);
  });
