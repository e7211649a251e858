import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize, requireUser } from '../../platform/policy';
import { loadNetworkAccess } from './network-access';
import * as repo from './networks.repository';
import { findOrganisationRow } from './organisations.repository';
import { mayCreateNetwork, mayManageNetwork, networkScopeOrgId } from './registry.policy';
import { isUniqueViolation } from './unique-violation';

export interface ScheduleInput {
  opensWeekday?: number | undefined;
  opensTime?: string | undefined;
  deadlineWeekday?: number | undefined;
  deadlineTime?: string | undefined;
  reminderHours?: number | undefined;
}

export interface NetworkInput extends ScheduleInput {
  name?: string | undefined;
  description?: string | undefined;
}

function snapshot(n: repo.NetworkRow) {
  return {
    slug: n.slug,
    name: n.name,
    description: n.description,
    ownerOrgId: n.ownerOrgId,
    opensWeekday: n.opensWeekday,
    opensTime: n.opensTime,
    deadlineWeekday: n.deadlineWeekday,
    deadlineTime: n.deadlineTime,
    reminderHours: n.reminderHours,
  };
}

export async function listNetworks(ctx: Ctx) {
  const rows = await repo.listNetworks(ctx.db, networkScopeOrgId(ctx.actor));
  const isAdmin = networkScopeOrgId(ctx.actor) === null;
  const coordinatorOf = (ownerOrgId: string) =>
    isAdmin ||
    (ctx.actor.kind === 'user' && ctx.actor.orgId === ownerOrgId && ctx.actor.roles.includes('coordinator'));
  return rows.map((r) => ({ ...r, isCoordinator: coordinatorOf(r.ownerOrgId) }));
}

export async function getNetwork(ctx: Ctx, networkId: string) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  const summary = await repo.findNetworkSummary(ctx.db, networkId);
  if (!summary) throw notFound('network');
  const members = await repo.listMembers(ctx.db, networkId);
  return { ...summary, isCoordinator: access.isCoordinator, members };
}

/** "GR Mottagande och integration" → "gr-mottagande-och-integration". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'natverk';
}

export async function createNetwork(
  ctx: Ctx,
  input: NetworkInput & { name: string; slug?: string | undefined; ownerOrgId?: string | undefined },
) {
  const actor = requireUser(ctx.actor);
  const ownerOrgId = input.ownerOrgId ?? actor.orgId;
  authorize(actor, mayCreateNetwork(actor, ownerOrgId));
  const slug = input.slug ?? slugify(input.name);
  try {
    const id = await inTransaction(ctx, async (tx) => {
      if (!(await findOrganisationRow(tx.db, ownerOrgId))) {
        throw new AppError('validation', { fields: [{ path: 'ownerOrgId', code: 'invalid_value' }] });
      }
      if (await repo.slugTaken(tx.db, slug)) throw new AppError('conflict', { field: 'slug' });
      const now = nowOf(tx);
      const { slug: _s, ownerOrgId: _o, ...rest } = input;
      const network = await repo.insertNetwork(tx.db, {
        ...rest,
        slug,
        ownerOrgId,
        createdAt: now,
        updatedAt: now,
      });
      // The owner takes part without filing, like the seeded networks.
      await repo.insertMember(tx.db, network.id, ownerOrgId, false, now);
      await writeAudit(tx, {
        action: 'network.create',
        entityType: 'network',
        entityId: network.id,
        after: snapshot(network),
      });
      return network.id;
    });
    return getNetwork(ctx, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', { field: 'slug' });
    throw err;
  }
}

export async function updateNetwork(ctx: Ctx, networkId: string, input: NetworkInput) {
  await inTransaction(ctx, async (tx) => {
    const access = await loadNetworkAccess(tx.db, tx.actor, networkId);
    authorize(tx.actor, mayManageNetwork(access));
    const after = await repo.updateNetwork(tx.db, networkId, { ...input, updatedAt: nowOf(tx) });
    if (!after) throw notFound('network');
    await writeAudit(tx, {
      action: 'network.update',
      entityType: 'network',
      entityId: networkId,
      before: snapshot(access.network),
      after: snapshot(after),
    });
  });
  return getNetwork(ctx, networkId);
}

/** Adds an organisation, or changes whether a member files reports. */
export async function setMember(ctx: Ctx, networkId: string, orgId: string, reports: boolean) {
  const created = await inTransaction(ctx, async (tx) => {
    const access = await loadNetworkAccess(tx.db, tx.actor, networkId);
    authorize(tx.actor, mayManageNetwork(access));
    if (!(await findOrganisationRow(tx.db, orgId))) throw notFound('organisation');
    const existing = await repo.findMember(tx.db, networkId, orgId);
    const entityId = `${networkId}:${orgId}`;
    if (!existing) {
      await repo.insertMember(tx.db, networkId, orgId, reports, nowOf(tx));
      await writeAudit(tx, {
        action: 'network.member.add',
        entityType: 'network_member',
        entityId,
        after: { networkId, orgId, reports },
      });
      return true;
    }
    if ((existing.reports === 1) !== reports) {
      await repo.setMemberReports(tx.db, networkId, orgId, reports);
      await writeAudit(tx, {
        action: 'network.member.update',
        entityType: 'network_member',
        entityId,
        before: { reports: existing.reports === 1 },
        after: { reports },
      });
    }
    return false;
  });
  const member = (await repo.listMembers(ctx.db, networkId)).find((m) => m.orgId === orgId);
  if (!member) throw notFound('organisation');
  return { created, member };
}

export async function removeMember(ctx: Ctx, networkId: string, orgId: string) {
  await inTransaction(ctx, async (tx) => {
    const access = await loadNetworkAccess(tx.db, tx.actor, networkId);
    authorize(tx.actor, mayManageNetwork(access));
    const existing = await repo.findMember(tx.db, networkId, orgId);
    if (!existing || !(await repo.deleteMember(tx.db, networkId, orgId))) throw notFound('network_member');
    await writeAudit(tx, {
      action: 'network.member.remove',
      entityType: 'network_member',
      entityId: `${networkId}:${orgId}`,
      before: { networkId, orgId, reports: existing.reports === 1 },
    });
  });
}
