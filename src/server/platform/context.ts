import type { UiLocale } from '../../i18n/locales';
import type { Role } from '../db/schema/accounts';
import type { Db, DbOrTx } from './db';

/** Who is acting. API tokens act for an organisation, not for a person. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      orgId: string;
      roles: readonly Role[];
      email: string;
      name: string;
      locale: 'sv' | 'en';
    }
  | { kind: 'api_token'; tokenId: string; orgId: string }
  | { kind: 'system' };

export type UserActor = Extract<Actor, { kind: 'user' }>;

/** The explicit context every service function takes first. */
export interface Ctx {
  db: DbOrTx;
  actor: Actor;
  /** Client address, for the audit log. */
  ip?: string;
  /** The clock, injectable so rounds and deadlines are testable. */
  now?: () => Date;
  /** The caller's language, for the few labels the server words itself (week labels). */
  locale?: UiLocale;
}

export function nowOf(ctx: Pick<Ctx, 'now'>): Date {
  return ctx.now ? ctx.now() : new Date();
}

/** Runs `fn` in a transaction with the same actor; repositories then share it. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  const db = ctx.db as Db;
  if (!('transaction' in db)) return fn(ctx);
  return db.transaction((tx) => fn({ ...ctx, db: tx }));
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

export function actorOrgId(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.orgId;
}
