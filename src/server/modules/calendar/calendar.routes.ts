import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  calendarQuery,
  calendarResponse,
  cancelEventBody,
  createEventBody,
  eventIdParam,
  networkEvent,
  networkIdParam,
  updateEventBody,
} from './calendar.schemas';
import { listCalendar } from './calendar.service';
import * as events from './network-events.service';

const tags = ['Kalender'];

const listRoute = createRoute({
  method: 'get',
  path: '/calendar',
  tags,
  summary: 'Kalendern för användarens nätverk (eller ett av dem) mellan två dagar, båda inräknade',
  description:
    'Möten, webbinarier, lunchmöten, andra händelser, sista dag för lägesrapporter och remisser. Högst 400 dagar per fråga.',
  request: { query: calendarQuery },
  responses: { 200: jsonContent(calendarResponse, 'Kalendern'), ...errorResponses(400, 401, 404) },
});
const createRouteDef = createRoute({
  method: 'post',
  path: '/networks/{networkId}/calendar/events',
  tags,
  summary: 'Lägg in ett webbinarium, lunchmöte eller en annan händelse (samordnare)',
  request: { params: networkIdParam, body: jsonContent(createEventBody) },
  responses: { 201: jsonContent(networkEvent, 'Skapad'), ...errorResponses(400, 401, 403, 404) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/calendar/events/{id}',
  tags,
  summary: 'En händelse',
  request: { params: eventIdParam },
  responses: { 200: jsonContent(networkEvent, 'Händelsen'), ...errorResponses(400, 401, 404) },
});
const updateRoute = createRoute({
  method: 'put',
  path: '/calendar/events/{id}',
  tags,
  summary: 'Ändra en händelse (samordnare); höjer SEQUENCE i kalenderflödena',
  request: { params: eventIdParam, body: jsonContent(updateEventBody) },
  responses: { 200: jsonContent(networkEvent, 'Ändrad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const cancelRoute = createRoute({
  method: 'post',
  path: '/calendar/events/{id}/cancel',
  tags,
  summary: 'Ställ in en händelse (samordnare); den ligger kvar i flödena med STATUS:CANCELLED',
  request: { params: eventIdParam, body: jsonContent(cancelEventBody) },
  responses: { 200: jsonContent(networkEvent, 'Inställd'), ...errorResponses(400, 401, 403, 404, 409) },
});

export const calendarRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await listCalendar(ctxOf(c), c.req.valid('query')), 200))
  .openapi(createRouteDef, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await events.createEvent(ctxOf(c), networkId, c.req.valid('json')), 201);
  })
  .openapi(getRoute, async (c) => c.json(await events.getEvent(ctxOf(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await events.updateEvent(ctxOf(c), id, c.req.valid('json')), 200);
  })
  .openapi(cancelRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await events.cancelEvent(ctxOf(c), id, c.req.valid('json').version), 200);
  });
