import type { Actor } from '../../platform/context';
import { hasRole } from '../../platform/policy';

/** An organisation's own admins manage its API tokens; nobody else sees them. */
export function canManageApiTokens(actor: Actor): boolean {
  return hasRole(actor, 'org_admin');
}
