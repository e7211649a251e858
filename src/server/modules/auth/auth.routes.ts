import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { deleteSession, SESSION_COOKIE } from '../../platform/auth/session';
import { type AppEnv, createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { requireUser } from '../../platform/policy';
import { loginBody, resetRequestBody, sessionResponse, setPasswordBody } from './auth.schemas';
import * as auth from './auth.service';

const tags = ['Inloggning'];

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags,
  summary: 'Logga in med e-post och lösenord',
  request: { body: jsonContent(loginBody) },
  responses: { 200: jsonContent(sessionResponse, 'Inloggad'), ...errorResponses(400, 401, 429) },
});
const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags,
  summary: 'Den inloggade användaren och CSRF-token',
  responses: { 200: jsonContent(sessionResponse, 'Inloggad användare'), ...errorResponses(401) },
});
const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags,
  summary: 'Logga ut',
  responses: { 204: { description: 'Utloggad' } },
});
const resetRequestRoute = createRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags,
  summary: 'Begär länk för nytt lösenord',
  request: { body: jsonContent(resetRequestBody) },
  responses: { 202: { description: 'Om kontot finns skickas en länk' }, ...errorResponses(400) },
});
const setPasswordRoute = createRoute({
  method: 'post',
  path: '/auth/set-password',
  tags,
  summary: 'Sätt lösenord med länk från inbjudan eller återställning',
  request: { body: jsonContent(setPasswordBody) },
  responses: { 204: { description: 'Lösenordet är satt' }, ...errorResponses(400, 404) },
});

function clientMeta(c: Context<AppEnv>) {
  return { ip: c.get('ip'), userAgent: c.req.header('user-agent') ?? '' };
}

export const authRoutes = createRouter()
  .openapi(loginRoute, async (c) => {
    const deps = c.get('deps');
    const body = c.req.valid('json');
    const ctx = ctxOf(c, { kind: 'system' });
    const session = await auth.login(ctx, { ...body, ...clientMeta(c) });
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.config.isProduction,
      path: '/',
      expires: session.expiresAt,
    });
    const user = await auth.getSessionUser(ctx.db, session.userId);
    return c.json({ user, csrfToken: session.csrfToken }, 200);
  })
  .openapi(meRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    const user = await auth.getSessionUser(c.get('deps').database.db, actor.userId);
    return c.json({ user, csrfToken: c.get('csrfToken') ?? '' }, 200);
  })
  .openapi(logoutRoute, async (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) await deleteSession(c.get('deps').database.db, sessionId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .openapi(resetRequestRoute, async (c) => {
    const { email } = c.req.valid('json');
    await auth.requestPasswordReset(ctxOf(c, { kind: 'system' }), email, c.get('deps').config.publicUrl);
    return c.body(null, 202);
  })
  .openapi(setPasswordRoute, async (c) => {
    const body = c.req.valid('json');
    await auth.setPasswordWithToken(ctxOf(c, { kind: 'system' }), body.token, body.password);
    return c.body(null, 204);
  });
