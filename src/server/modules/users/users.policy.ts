import { type Role, roles } from '../../db/schema/accounts';
import type { Actor } from '../../platform/context';
import { hasRole, isSystemAdmin } from '../../platform/policy';

/** Roles an org admin hands out within their own organisation. */
const orgAdminGrantable: readonly Role[] = [
  'reporter',
  'org_admin',
  'viewer',
  'case_worker',
  'agency_liaison',
];

/** Org admins manage their own organisation's users; system admins everyone's. */
export function mayAdministerUsers(actor: Actor): boolean {
  return hasRole(actor, 'org_admin', 'system_admin');
}

/** The organisation a user administrator is limited to; null for a system admin. */
export function userScopeOrgId(actor: Actor): string | null {
  if (actor.kind === 'system' || isSystemAdmin(actor)) return null;
  return actor.orgId;
}

export function grantableRoles(actor: Actor): readonly Role[] {
  return isSystemAdmin(actor) || actor.kind === 'system' ? roles : orgAdminGrantable;
}

/**
 * Coordinator and system admin are granted (and taken away) only by a system admin: an org
 * admin may neither add nor remove them, so the change must stay inside what they may grant.
 */
export function mayChangeRoles(actor: Actor, before: readonly Role[], after: readonly Role[]): boolean {
  const allowed = grantableRoles(actor);
  const changed = [...before.filter((r) => !after.includes(r)), ...after.filter((r) => !before.includes(r))];
  return changed.every((r) => allowed.includes(r));
}

/** Nobody locks themselves out: no deactivating oneself, no dropping one's own admin role. */
export function mayChangeOwnAccess(
  before: readonly Role[],
  after: readonly Role[],
  isActive: boolean,
): boolean {
  if (!isActive) return false;
  const adminRoles: Role[] = ['org_admin', 'system_admin'];
  return adminRoles.every((r) => !before.includes(r) || after.includes(r));
}
