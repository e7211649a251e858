import { eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { pickLocale } from '../../../i18n/locales';
import { apiTokens } from '../../db/schema/accounts';
import { AppError } from '../errors';
import type { AppEnv } from '../http';
import { findActiveApiToken } from './api-token-lookup';
import { findSession, SESSION_COOKIE } from './session';
import { hashToken, safeEqual } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves who is calling: a session cookie (browser) or a bearer API token (systems).
 * Browser requests that change state must carry the session's CSRF token in
 * `X-CSRF-Token`; bearer requests carry no ambient credentials and need none.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const deps = c.get('deps');
    const db = deps.database.db;
    const now = deps.now ? deps.now() : new Date();
    c.set('actor', null);
    c.set('sessionId', null);
    c.set('csrfToken', null);
    c.set('locale', pickLocale(c.req.header('accept-language')));

    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      const token = await findActiveApiToken(db, hashToken(bearer));
      if (!token) throw new AppError('unauthenticated');
      // At most one write a minute per token, so busy integrations do not write on every call.
      if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= 60_000) {
        await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
      }
      c.set('actor', { kind: 'api_token', tokenId: token.id, orgId: token.orgId });
      await next();
      return;
    }

    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await findSession(db, cookie, now) : null;
    if (session) {
      c.set('actor', session.actor);
      c.set('sessionId', session.tokenHash);
      c.set('csrfToken', session.csrfToken);
      if (!c.req.header('accept-language')?.length) c.set('locale', session.actor.locale);
      if (!SAFE_METHODS.has(c.req.method)) {
        const sent = c.req.header('x-csrf-token') ?? '';
        if (!safeEqual(sent, session.csrfToken)) throw new AppError('csrf');
      }
    }
    await next();
  };
}
