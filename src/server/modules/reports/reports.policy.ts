import type { Actor } from '../../platform/context';
import { authorize, hasRole } from '../../platform/policy';

/**
 * Who may do what with an organisation's own reports. Another organisation's report is
 * never reachable through these rules, submitted or not: it is shared only as part of a
 * network's picture.
 */

/** The organisation the actor files for: its own (a person's or an API token's). */
export function ownOrgId(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.orgId;
}

/** Reading the organisation's own forms, drafts and history: anyone in it. */
export function mayReadReportsOf(actor: Actor, orgId: string): boolean {
  if (actor.kind === 'system') return true;
  return actor.orgId === orgId;
}

/**
 * Filing (drafts, submits, "nothing has changed"): reporters and org admins of the
 * organisation, and its API tokens. Coordinators do not edit other organisations' reports.
 */
export function mayFileFor(actor: Actor, orgId: string): boolean {
  if (actor.kind === 'system') return true;
  if (actor.orgId !== orgId) return false;
  return actor.kind === 'api_token' || hasRole(actor, 'reporter', 'org_admin');
}

/** 403 for another organisation's reports; an unknown or foreign round is 404 later. */
export function assertMayRead(actor: Actor, orgId: string): void {
  authorize(actor, mayReadReportsOf(actor, orgId), { reason: 'other_organisation' });
}

export function assertMayFile(actor: Actor, orgId: string): void {
  assertMayRead(actor, orgId);
  authorize(actor, mayFileFor(actor, orgId), { reason: 'role' });
}
