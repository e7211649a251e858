import type { Role } from '../db/schema/accounts';
import type { Actor, UserActor } from './context';
import { AppError } from './errors';

/**
 * The base of every feature's policy. Feature policies (`*.policy.ts`) combine these
 * into named rules; routes and services call `authorize` with the rule's answer, so
 * a denial always looks the same.
 */
export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  if (actor.kind !== 'user') return false;
  return roles.some((r) => actor.roles.includes(r));
}

export function isSystemAdmin(actor: Actor): boolean {
  return hasRole(actor, 'system_admin');
}

export function isUser(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}

/** Throws 401 for anonymous callers, else 403 when `allowed` is false. */
export function authorize(actor: Actor, allowed: boolean, details: Record<string, unknown> = {}): void {
  if (actor.kind === 'system') return;
  if (!allowed) throw new AppError('forbidden', details);
}

export function requireUser(actor: Actor | null | undefined): UserActor {
  if (actor?.kind !== 'user') throw new AppError('unauthenticated');
  return actor;
}
