import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  notificationList,
  notificationParams,
  notificationQuery,
  unreadCount,
} from './notifications.schemas';
import * as service from './notifications.service';

const tags = ['Notiser'];

const listRoute = createRoute({
  method: 'get',
  path: '/notifications',
  tags,
  summary: 'Mina notiser, nyaste först, och antal olästa',
  request: { query: notificationQuery },
  responses: { 200: jsonContent(notificationList, 'Notiser'), ...errorResponses(400, 401) },
});
const readRoute = createRoute({
  method: 'post',
  path: '/notifications/{id}/read',
  tags,
  summary: 'Markera en notis som läst',
  request: { params: notificationParams },
  responses: { 200: jsonContent(unreadCount, 'Läst'), ...errorResponses(400, 401, 404) },
});
const readAllRoute = createRoute({
  method: 'post',
  path: '/notifications/read-all',
  tags,
  summary: 'Markera alla notiser som lästa',
  responses: { 200: jsonContent(unreadCount, 'Alla lästa'), ...errorResponses(401) },
});

export const notificationRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const result = await service.listMyNotifications(ctxOf(c), c.req.valid('query').limit);
    return c.json(result, 200);
  })
  .openapi(readAllRoute, async (c) => {
    return c.json(await service.markAllNotificationsRead(ctxOf(c)), 200);
  })
  .openapi(readRoute, async (c) => {
    return c.json(await service.markNotificationRead(ctxOf(c), c.req.valid('param').id), 200);
  });
