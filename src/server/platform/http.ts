import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { UiLocale } from '../../i18n/locales';
import type { Config } from './config';
import type { Actor, Ctx } from './context';
import type { Database } from './db';
import { AppError } from './errors';
import { translator } from './i18n';
import type { Logger } from './logger';
import type { Mailer } from './mail';

/** What the app is built from; tests build it with their own database and clock. */
export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
  mailer: Mailer;
  now?: () => Date;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
    locale: UiLocale;
    ip: string;
  };
}

/** Validation failures from route schemas become one translated 400 with field paths. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError('validation', {
          fields: result.error.issues.map((i) => ({
            path: i.path.map(String).join('.'),
            code: i.code === 'custom' ? i.message : i.code,
            ...('minimum' in i ? { min: i.minimum } : {}),
            ...('maximum' in i ? { max: i.maximum } : {}),
          })),
        });
      }
    },
  });
}

/** The service context for the current request. */
export function ctxOf(c: Context<AppEnv>, actor?: Actor): Ctx {
  const deps = c.get('deps');
  const a = actor ?? c.get('actor');
  if (!a) throw new AppError('unauthenticated');
  return {
    db: deps.database.db,
    actor: a,
    ip: c.get('ip'),
    locale: c.get('locale'),
    ...(deps.now ? { now: deps.now } : {}),
  };
}

interface FieldDetail {
  path: string;
  code: string;
  min?: number;
  max?: number;
}

/** Translates an AppError into the response body the client shows. */
export function errorBody(err: AppError, locale: UiLocale) {
  const t = translator(locale);
  const details = { ...err.details };
  if (Array.isArray(details.fields)) {
    details.fields = (details.fields as FieldDetail[]).map((f) => ({
      ...f,
      message: t(`errors:field.${f.code}`, { ...f, defaultValue: t('errors:field.invalid_value') }),
    }));
  }
  return { error: { code: err.code, message: t(`errors:${err.code}`, details), details } };
}
