import type { Actor } from '../../platform/context';
import { hasRole, isSystemAdmin } from '../../platform/policy';
import type { NetworkAccess } from '../registry/network-access';
import type { OrganisationRow } from '../registry/organisations.repository';

/**
 * Who may see and change reception data (the anvisningar ledger and housing). Household rows
 * belong to one municipality: only its own staff see them, and only reporters, org admins and
 * case workers change them. Coordinators of a network and Länsstyrelsen see aggregates only.
 */

export function isLansstyrelse(org: Pick<OrganisationRow, 'kind' | 'code'> | null): boolean {
  return Boolean(org && org.kind === 'agency' && org.code?.startsWith('LST-'));
}

/** Staff of the municipality itself (any role) read its rows. */
export function canReadOwnReception(actor: Actor, org: Pick<OrganisationRow, 'id' | 'kind'>): boolean {
  return actor.kind === 'user' && org.kind === 'municipality' && actor.orgId === org.id;
}

export function canEditOwnReception(actor: Actor, org: Pick<OrganisationRow, 'id' | 'kind'>): boolean {
  return canReadOwnReception(actor, org) && hasRole(actor, 'reporter', 'org_admin', 'case_worker');
}

/** The network's coordinators, and Länsstyrelsen's liaisons when their board is a member. */
export function canReadNetworkAggregates(
  actor: Actor,
  access: NetworkAccess,
  actorOrg: Pick<OrganisationRow, 'kind' | 'code'> | null,
): boolean {
  if (access.isCoordinator) return true;
  return access.isMember && hasRole(actor, 'agency_liaison') && isLansstyrelse(actorOrg);
}

/** Länsstyrelsen of the county (liaisons and coordinators there) and system admins. */
export function canReadCountyAggregates(
  actor: Actor,
  actorOrg: Pick<OrganisationRow, 'kind' | 'code' | 'countyCode'> | null,
  countyCode: string,
): boolean {
  if (isSystemAdmin(actor)) return true;
  return (
    isLansstyrelse(actorOrg) &&
    actorOrg?.countyCode === countyCode &&
    hasRole(actor, 'agency_liaison', 'coordinator')
  );
}
