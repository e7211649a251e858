import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../platform/http';
import { jsonContent } from '../../platform/openapi';

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Drift'],
  summary: 'Hälsokontroll: svarar databasen?',
  responses: {
    200: jsonContent(
      z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
      'I drift',
    ),
    503: jsonContent(
      z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgres']) }),
      'Databasen svarar inte',
    ),
  },
});

export const systemRoutes = createRouter().openapi(health, async (c) => {
  const { database } = c.get('deps');
  if (await database.ping()) return c.json({ status: 'ok' as const, database: database.kind }, 200);
  return c.json({ status: 'unavailable' as const, database: database.kind }, 503);
});
