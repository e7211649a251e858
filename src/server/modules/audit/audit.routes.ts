import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { auditPage, auditQuery } from './audit.schemas';
import { readAuditLog } from './audit.service';

const listRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Granskningslogg'],
  security: [{ session: [] }],
  summary:
    'Granskningsloggen, nyast först (organisationsadministratör: ändringar gjorda av den egna organisationen)',
  request: { query: auditQuery },
  responses: { 200: jsonContent(auditPage, 'En sida loggposter'), ...errorResponses(400, 401, 403) },
});

export const auditRoutes = createRouter().openapi(listRoute, async (c) => {
  const { page, pageSize, ...query } = c.req.valid('query');
  return c.json(await readAuditLog(ctxOf(c), query, page, pageSize), 200);
});
