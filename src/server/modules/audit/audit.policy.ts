import type { Actor } from '../../platform/context';
import { hasRole, isSystemAdmin } from '../../platform/policy';

/** System admins read the whole log; org admins what people of their own organisation did. */
export function mayReadAudit(actor: Actor): boolean {
  return hasRole(actor, 'org_admin', 'system_admin');
}

export function auditScopeOrgId(actor: Actor): string | null {
  if (actor.kind === 'system' || isSystemAdmin(actor)) return null;
  return actor.orgId;
}
