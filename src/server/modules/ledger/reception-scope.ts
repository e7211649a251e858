import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { counties, networkMembers, networks } from '../../db/schema/registry';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize, hasRole, isSystemAdmin } from '../../platform/policy';
import { loadNetworkAccess } from '../registry/network-access';
import { findOrganisationRow, type OrganisationRow } from '../registry/organisations.repository';
import {
  canEditOwnReception,
  canReadCountyAggregates,
  canReadNetworkAggregates,
  canReadOwnReception,
  isLansstyrelse,
} from './ledger.policy';
import {
  listCountyMunicipalities,
  listNetworkMunicipalities,
  type MunicipalityRef,
} from './ledger.repository';

/**
 * Access shared by the ledger and housing modules: the actor's own municipality for its
 * household rows, and the networks and counties whose aggregates it may see.
 */

export interface OwnMunicipality {
  org: OrganisationRow;
  canEdit: boolean;
}

async function actorOrg(ctx: Ctx): Promise<OrganisationRow | null> {
  if (ctx.actor.kind === 'system') return null;
  return findOrganisationRow(ctx.db, ctx.actor.orgId);
}

/** The actor's own municipality; 403 for anyone who is not staff of a municipality. */
export async function loadOwnMunicipality(
  ctx: Ctx,
  options: { edit?: boolean } = {},
): Promise<OwnMunicipality> {
  const org = await actorOrg(ctx);
  if (!org || !canReadOwnReception(ctx.actor, org))
    throw new AppError('forbidden', { reason: 'not_municipality' });
  const canEdit = canEditOwnReception(ctx.actor, org);
  if (options.edit) authorize(ctx.actor, canEdit);
  return { org, canEdit };
}

/** A row of another organisation is not found, so its existence does not leak. */
export function assertOwnRow(own: OwnMunicipality, row: { orgId: string } | null, entity: string): void {
  if (!row || row.orgId !== own.org.id) throw notFound(entity);
}

export interface AggregateScope {
  kind: 'network' | 'county';
  id: string;
  name: string;
  municipalities: MunicipalityRef[];
}

export async function loadNetworkScope(ctx: Ctx, networkId: string): Promise<AggregateScope> {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canReadNetworkAggregates(ctx.actor, access, await actorOrg(ctx)));
  return {
    kind: 'network',
    id: networkId,
    name: access.network.name,
    municipalities: await listNetworkMunicipalities(ctx.db, networkId),
  };
}

export async function loadCountyScope(ctx: Ctx, countyCode: string): Promise<AggregateScope> {
  const county = (await ctx.db.select().from(counties).where(eq(counties.code, countyCode)).limit(1))[0];
  if (!county) throw notFound('county');
  authorize(ctx.actor, canReadCountyAggregates(ctx.actor, await actorOrg(ctx), countyCode));
  return {
    kind: 'county',
    id: countyCode,
    name: county.name,
    municipalities: await listCountyMunicipalities(ctx.db, countyCode),
  };
}

/** What the reception pages offer the actor: its own municipality, networks and counties to view. */
export async function listReceptionScopes(ctx: Ctx) {
  const org = await actorOrg(ctx);
  const own =
    org && canReadOwnReception(ctx.actor, org)
      ? { id: org.id, name: org.name, canEdit: canEditOwnReception(ctx.actor, org) }
      : null;
  const admin = isSystemAdmin(ctx.actor);
  const coordinator = hasRole(ctx.actor, 'coordinator');
  const liaison = hasRole(ctx.actor, 'agency_liaison') && isLansstyrelse(org);
  let networkRows: { id: string; name: string }[] = [];
  if (admin) {
    networkRows = await ctx.db
      .select({ id: networks.id, name: networks.name })
      .from(networks)
      .orderBy(asc(networks.name));
  } else if (org && (coordinator || liaison)) {
    const memberOf = ctx.db
      .select({ id: networkMembers.networkId })
      .from(networkMembers)
      .where(eq(networkMembers.orgId, org.id));
    const conditions = [
      coordinator ? eq(networks.ownerOrgId, org.id) : undefined,
      liaison ? inArray(networks.id, memberOf) : undefined,
    ].filter((c) => c !== undefined);
    networkRows = await ctx.db
      .select({ id: networks.id, name: networks.name })
      .from(networks)
      .where(or(...conditions))
      .orderBy(asc(networks.name));
  }
  let countyRows: { code: string; name: string }[] = [];
  if (admin)
    countyRows = await ctx.db
      .select({ code: counties.code, name: counties.name })
      .from(counties)
      .orderBy(asc(counties.code));
  else if (
    org &&
    isLansstyrelse(org) &&
    org.countyCode &&
    canReadCountyAggregates(ctx.actor, org, org.countyCode)
  ) {
    countyRows = await ctx.db
      .select({ code: counties.code, name: counties.name })
      .from(counties)
      .where(and(eq(counties.code, org.countyCode)));
  }
  return { municipality: own, networks: networkRows, counties: countyRows };
}
