import type { OrganisationKind } from '../../db/schema/registry';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { listNetworks } from './networks.repository';
import * as repo from './organisations.repository';
import { mayManageOrganisations, networkScopeOrgId } from './registry.policy';
import { isUniqueViolation } from './unique-violation';

export function listCounties(ctx: Ctx) {
  return repo.listCounties(ctx.db);
}

export async function searchOrganisations(
  ctx: Ctx,
  filter: repo.OrganisationFilter,
  page: number,
  pageSize: number,
) {
  const { items, total } = await repo.searchOrganisations(ctx.db, filter, page, pageSize);
  return { items, total, page, pageSize };
}

/** The organisation, with the memberships the caller can see (never networks they have no part in). */
export async function getOrganisation(ctx: Ctx, id: string) {
  const org = await repo.findOrganisation(ctx.db, id);
  if (!org) throw notFound('organisation');
  const scope = networkScopeOrgId(ctx.actor);
  const visible = scope === null ? null : (await listNetworks(ctx.db, scope)).map((n) => n.id);
  const memberships = await repo.findMemberships(ctx.db, id, visible);
  return { ...org, networks: memberships.map((m) => ({ id: m.id, name: m.name, reports: m.reports === 1 })) };
}

export interface OrganisationInput {
  kind?: OrganisationKind | undefined;
  code?: string | null | undefined;
  name?: string | undefined;
  shortName?: string | undefined;
  countyCode?: string | null | undefined;
}

async function checkInput(ctx: Ctx, input: OrganisationInput, selfId: string | null) {
  if (input.countyCode && !(await repo.countyExists(ctx.db, input.countyCode))) {
    throw new AppError('validation', { fields: [{ path: 'countyCode', code: 'invalid_value' }] });
  }
  if (input.code) {
    const holder = await repo.findOrganisationByCode(ctx.db, input.code);
    if (holder && holder.id !== selfId) throw new AppError('conflict', { field: 'code' });
  }
}

function snapshot(row: repo.OrganisationRow) {
  return {
    kind: row.kind,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    countyCode: row.countyCode,
  };
}

export async function createOrganisation(
  ctx: Ctx,
  input: Required<Pick<OrganisationInput, 'kind' | 'name'>> & OrganisationInput,
) {
  authorize(ctx.actor, mayManageOrganisations(ctx.actor));
  try {
    const id = await inTransaction(ctx, async (tx) => {
      await checkInput(tx, input, null);
      const now = nowOf(tx);
      const row = await repo.insertOrganisation(tx.db, {
        kind: input.kind,
        code: input.code ?? null,
        name: input.name,
        shortName: input.shortName ?? input.name,
        countyCode: input.countyCode ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await writeAudit(tx, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: row.id,
        after: snapshot(row),
      });
      return row.id;
    });
    return getOrganisation(ctx, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', { field: 'code' });
    throw err;
  }
}

export async function updateOrganisation(ctx: Ctx, id: string, input: OrganisationInput) {
  authorize(ctx.actor, mayManageOrganisations(ctx.actor));
  try {
    await inTransaction(ctx, async (tx) => {
      const before = await repo.findOrganisationRow(tx.db, id);
      if (!before) throw notFound('organisation');
      await checkInput(tx, input, id);
      const after = await repo.updateOrganisation(tx.db, id, { ...input, updatedAt: nowOf(tx) });
      if (!after) throw notFound('organisation');
      await writeAudit(tx, {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', { field: 'code' });
    throw err;
  }
  return getOrganisation(ctx, id);
}
