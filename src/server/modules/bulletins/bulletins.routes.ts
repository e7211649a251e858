import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  alarmList,
  bulletinDetail,
  bulletinIdParam,
  bulletinList,
  listBulletinsQuery,
  networkIdParam,
  resendResponse,
  sendBody,
} from './bulletins.schemas';
import * as service from './bulletins.service';

const tags = ['Meddelanden'];

const listRoute = createRoute({
  method: 'get',
  path: '/bulletins',
  tags,
  summary: 'Meddelanden i användarens nätverk som användaren får se, nyaste först',
  request: { query: listBulletinsQuery },
  responses: { 200: jsonContent(bulletinList, 'Meddelanden'), ...errorResponses(400, 401, 404) },
});
const alarmsRoute = createRoute({
  method: 'get',
  path: '/bulletins/alarms',
  tags,
  summary: 'Användarens larm som ännu inte är kvitterade (banderollen på varje sida)',
  responses: { 200: jsonContent(alarmList, 'Larm'), ...errorResponses(401) },
});
const sendRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/bulletins',
  tags,
  summary:
    'Skicka ett meddelande till alla i nätverket eller till kontaktfunktioner (samordnare, myndighetskontakt)',
  request: { params: networkIdParam, body: jsonContent(sendBody) },
  responses: { 201: jsonContent(bulletinDetail, 'Skickat'), ...errorResponses(400, 401, 403, 404) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/bulletins/{id}',
  tags,
  summary: 'Ett meddelande; för avsändaren och samordnare även vem som läst och kvitterat',
  request: { params: bulletinIdParam },
  responses: { 200: jsonContent(bulletinDetail, 'Meddelandet'), ...errorResponses(400, 401, 404) },
});
const readRoute = createRoute({
  method: 'post',
  path: '/bulletins/{id}/read',
  tags,
  summary: 'Markera meddelandet som läst (mottagare)',
  request: { params: bulletinIdParam },
  responses: { 200: jsonContent(bulletinDetail, 'Läst'), ...errorResponses(400, 401, 404) },
});
const acknowledgeRoute = createRoute({
  method: 'post',
  path: '/bulletins/{id}/acknowledge',
  tags,
  summary: 'Kvittera meddelandet (endast mottagare)',
  request: { params: bulletinIdParam },
  responses: { 200: jsonContent(bulletinDetail, 'Kvitterat'), ...errorResponses(400, 401, 403, 404) },
});
const resendRoute = createRoute({
  method: 'post',
  path: '/bulletins/{id}/resend',
  tags,
  summary: 'Skicka e-post igen till mottagare som inte har kvitterat (avsändare, samordnare)',
  request: { params: bulletinIdParam },
  responses: { 200: jsonContent(resendResponse, 'Skickat igen'), ...errorResponses(400, 401, 403, 404) },
});

export const bulletinRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await service.listBulletins(ctxOf(c), c.req.valid('query')), 200))
  .openapi(alarmsRoute, async (c) => c.json(await service.listAlarms(ctxOf(c)), 200))
  .openapi(sendRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    const publicUrl = c.get('deps').config.publicUrl;
    return c.json(await service.sendBulletin(ctxOf(c), networkId, c.req.valid('json'), publicUrl), 201);
  })
  .openapi(getRoute, async (c) => c.json(await service.getBulletin(ctxOf(c), c.req.valid('param').id), 200))
  .openapi(readRoute, async (c) => c.json(await service.markRead(ctxOf(c), c.req.valid('param').id), 200))
  .openapi(acknowledgeRoute, async (c) =>
    c.json(await service.acknowledge(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(resendRoute, async (c) => {
    const publicUrl = c.get('deps').config.publicUrl;
    return c.json(await service.resend(ctxOf(c), c.req.valid('param').id, publicUrl), 200);
  });
