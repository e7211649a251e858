import type { Actor } from '../../platform/context';
import { networkScopeOrgId } from '../registry/registry.policy';

/**
 * Search sees what the network pages show: the networks the actor's organisation belongs
 * to or owns (a system administrator: all), and of documents with an audience only those
 * naming the user. Tokens and the system act for no person, so they see no such documents.
 */
export function searchScopeOf(actor: Actor): { orgId: string | null; userId: string | null } {
  return {
    orgId: networkScopeOrgId(actor),
    userId: actor.kind === 'user' ? actor.userId : null,
  };
}
