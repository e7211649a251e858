import { getConnInfo } from '@hono/node-server/conninfo';
import { HTTPException } from 'hono/http-exception';
import { apiTokenRoutes } from './modules/api-tokens/api-tokens.routes';
import { attachmentRoutes, requestBodyLimit } from './modules/attachments/attachments.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { bulletinRoutes } from './modules/bulletins/bulletins.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { feedRoutes } from './modules/calendar/feeds.routes';
import { consultationRoutes } from './modules/consultations/consultations.routes';
import { escalationRoutes } from './modules/escalation/escalation.routes';
import { exportRoutes } from './modules/exports/exports.routes';
import { housingRoutes } from './modules/housing/housing.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { ledgerRoutes } from './modules/ledger/ledger.routes';
import { mailboxRoutes } from './modules/mailbox/mailbox.routes';
import { meetingRoutes } from './modules/meetings/meetings.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { pictureRoutes } from './modules/picture/picture.routes';
import { plannerRoutes } from './modules/planner/planner.routes';
import { questionRoutes } from './modules/questions/questions.routes';
import { quotaRoutes } from './modules/quotas/quotas.routes';
import { networkRoutes } from './modules/registry/networks.routes';
import { registryRoutes } from './modules/registry/registry.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { roundRoutes } from './modules/rounds/rounds.routes';
import { searchRoutes } from './modules/search/search.routes';
import { systemRoutes } from './modules/system/system.routes';
import { templateRoutes } from './modules/templates/templates.routes';
import { userRoutes } from './modules/users/users.routes';
import { authenticate } from './platform/auth/middleware';
import { AppError } from './platform/errors';
import { type AppDeps, createRouter, errorBody } from './platform/http';
import { sameOrigin, securityHeaders } from './platform/security';
import { mountStatic } from './platform/static';

/** Feature routers, mounted under /api. Each feature adds its line here. */
const modules = [
  systemRoutes,
  authRoutes,
  templateRoutes,
  roundRoutes,
  apiTokenRoutes,
  notificationRoutes,
  mailboxRoutes,
  importRoutes,
  registryRoutes,
  networkRoutes,
  reportsRoutes,
  pictureRoutes,
  exportRoutes,
  userRoutes,
  auditRoutes,
  meetingRoutes,
  ledgerRoutes,
  housingRoutes,
  questionRoutes,
  bulletinRoutes,
  calendarRoutes,
  feedRoutes,
  escalationRoutes,
  searchRoutes,
  attachmentRoutes,
  consultationRoutes,
  quotaRoutes,
  plannerRoutes,
];

function clientIp(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? '';
  } catch {
    // In-process requests in tests have no socket.
    return c.req.header('x-test-ip') ?? '127.0.0.1';
  }
}

export function createApp(deps: AppDeps) {
  const app = createRouter();

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('ip', clientIp(c));
    c.set('locale', 'sv');
    await next();
  });
  app.use('*', securityHeaders(deps.config.isProduction));
  app.use('/api/*', async (c, next) => {
    await next();
    // Responses that chose their own caching keep it (the calendar feeds). Set on the
    // response's own headers: c.header() after the handler rebuilds the response, turning a
    // JSON string body into a stream (~1 ms for a national picture's 200 kB).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', requestBodyLimit(deps.config));
  app.use('/api/*', sameOrigin());
  app.use('/api/*', authenticate());

  for (const routes of modules) app.route('/api', routes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Samla API', version: '1', description: 'Lägesrapporter, lägesbild och samverkan.' },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'samla_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiToken', { type: 'http', scheme: 'bearer' });

  mountStatic(app);

  app.notFound((c) =>
    c.json(errorBody(new AppError('not_found', { entity: 'route' }), c.get('locale') ?? 'sv'), 404),
  );
  app.onError((err, c) => {
    const locale = c.get('locale') ?? 'sv';
    if (err instanceof AppError) return c.json(errorBody(err, locale), err.status);
    if (err instanceof HTTPException && err.status < 500) {
      const code =
        err.status === 413
          ? 'payload_too_large'
          : err.status === 415
            ? 'unsupported_media_type'
            : 'bad_request';
      return c.json(errorBody(new AppError(code), locale), err.status);
    }
    if (err instanceof SyntaxError) return c.json(errorBody(new AppError('bad_request'), locale), 400);
    deps.logger.error({ err, path: loggablePath(c.req.path) }, 'unhandled error');
    return c.json(errorBody(new AppError('internal'), locale), 500);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

/** A request path fit for the log: secrets that travel in paths (calendar feed tokens) are masked. */
export function loggablePath(path: string): string {
  return path.replace(/^(\/api\/calendar\/feeds\/)[^/]+/, '$1[token]');
}
