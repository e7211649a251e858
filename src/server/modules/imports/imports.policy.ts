import type { Actor } from '../../platform/context';
import { hasRole } from '../../platform/policy';
import type { NetworkAccess } from '../registry/network-access';

/**
 * Whose rows an actor may import in a round: a coordinator of the round's network for
 * every reporting member; a reporter or org admin of a reporting member (or its API
 * token) for its own organisation only; nobody else.
 */
export type ImportScope = { kind: 'network' } | { kind: 'own'; orgId: string } | null;

export function importScope(actor: Actor, access: NetworkAccess): ImportScope {
  if (access.isCoordinator) return { kind: 'network' };
  if (actor.kind === 'system') return { kind: 'network' };
  const files = actor.kind === 'api_token' || hasRole(actor, 'reporter', 'org_admin');
  if (files && access.isReportingMember) return { kind: 'own', orgId: actor.orgId };
  return null;
}
