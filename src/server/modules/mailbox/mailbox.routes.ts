import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { isMailboxAvailable } from './mailbox.policy';
import { mailboxQuery, mailboxResponse } from './mailbox.schemas';
import * as service from './mailbox.service';

const mailboxRoute = createRoute({
  method: 'get',
  path: '/dev/mailbox',
  tags: ['Utveckling'],
  summary: 'Utvecklingsbrevlåda: alla utgående e-postmeddelanden (finns inte i produktion)',
  request: { query: mailboxQuery },
  responses: { 200: jsonContent(mailboxResponse, 'E-post, nyaste först'), ...errorResponses(400, 401, 404) },
});

export const mailboxRoutes = createRouter().openapi(mailboxRoute, async (c) => {
  const config = c.get('deps').config;
  // In production the route does not exist, for signed-in and anonymous callers alike.
  if (!isMailboxAvailable(config)) throw new AppError('not_found', { entity: 'route' });
  const mails = await service.listDevMailbox(ctxOf(c), config, c.req.valid('query'));
  return c.json({ mails }, 200);
});
