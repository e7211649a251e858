import { writeAudit } from '../../platform/audit';
import { actorUserId, type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { loadNetworkAccess, type NetworkAccess } from '../registry/network-access';
import { repointUpcomingRounds } from '../rounds/rounds.repository';
import { parseDefinition } from './definition-input';
import { canManageTemplates, canReadTemplates } from './templates.policy';
import * as repo from './templates.repository';

function presentTemplate(t: repo.TemplateRow) {
  return {
    id: t.id,
    networkId: t.networkId,
    name: t.name,
    description: t.description,
    isActive: t.isActive,
    currentVersion: t.currentVersion,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/**
 * The template and the actor's access to its network. A template in a network the actor
 * is not part of is reported as not found, like the network itself.
 */
export async function loadTemplateAccess(
  ctx: Ctx,
  templateId: string,
): Promise<{ template: repo.TemplateRow; access: NetworkAccess }> {
  const template = await repo.findTemplate(ctx.db, templateId);
  if (!template) throw notFound('template');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, template.networkId);
  authorize(ctx.actor, canReadTemplates(access));
  return { template, access };
}

export async function listTemplates(ctx: Ctx, networkId: string) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canReadTemplates(access));
  const rows = await repo.listNetworkTemplates(ctx.db, networkId);
  return { templates: rows.map(presentTemplate) };
}

async function detail(ctx: Ctx, template: repo.TemplateRow, access: NetworkAccess) {
  const current = await repo.findTemplateVersion(ctx.db, template.id, template.currentVersion);
  if (!current) throw notFound('template_version');
  const versions = await repo.listTemplateVersions(ctx.db, template.id);
  return {
    template: presentTemplate(template),
    definition: current.definition,
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      createdBy: v.createdBy ? { id: v.createdBy, name: v.createdByName ?? '' } : null,
    })),
    canEdit: canManageTemplates(access),
  };
}

export async function getTemplate(ctx: Ctx, templateId: string) {
  const { template, access } = await loadTemplateAccess(ctx, templateId);
  return detail(ctx, template, access);
}

export async function getTemplateVersion(ctx: Ctx, templateId: string, version: number) {
  const { template } = await loadTemplateAccess(ctx, templateId);
  const row = await repo.findTemplateVersion(ctx.db, templateId, version);
  if (!row) throw notFound('template_version');
  const history = await repo.listTemplateVersions(ctx.db, templateId);
  const info = history.find((v) => v.version === version);
  return {
    templateId,
    version: row.version,
    isCurrent: row.version === template.currentVersion,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ? { id: row.createdBy, name: info?.createdByName ?? '' } : null,
    definition: row.definition,
  };
}

async function assertNameFree(ctx: Ctx, networkId: string, name: string, exceptId?: string) {
  const existing = await repo.findTemplateByName(ctx.db, networkId, name);
  if (existing && existing.id !== exceptId) {
    throw new AppError('validation', { fields: [{ path: 'name', code: 'name_taken' }] });
  }
}

export async function createTemplate(
  ctx: Ctx,
  networkId: string,
  input: { name: string; description: string; definition: unknown },
) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canManageTemplates(access));
  const definition = parseDefinition(input.definition);
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, networkId, input.name);
    const now = nowOf(tx);
    const template = await repo.insertTemplate(tx.db, {
      networkId,
      name: input.name,
      description: input.description,
      now,
    });
    await repo.insertTemplateVersion(tx.db, {
      templateId: template.id,
      version: 1,
      definition,
      createdBy: actorUserId(tx.actor),
      now,
    });
    await writeAudit(tx, {
      action: 'template.create',
      entityType: 'template',
      entityId: template.id,
      after: { name: template.name, description: template.description, version: 1, definition },
    });
    return detail(tx, template, access);
  });
}

/**
 * Saves an edited definition as a new, immutable version. The edit must start from the
 * current version; otherwise someone else saved in between and the editor must reconcile.
 */
export async function updateTemplateDefinition(
  ctx: Ctx,
  templateId: string,
  input: { definition: unknown; baseVersion: number },
) {
  const { access } = await loadTemplateAccess(ctx, templateId);
  authorize(ctx.actor, canManageTemplates(access));
  const definition = parseDefinition(input.definition);
  return inTransaction(ctx, async (tx) => {
    const locked = await repo.lockTemplate(tx.db, templateId);
    if (!locked) throw notFound('template');
    if (locked.currentVersion !== input.baseVersion) {
      throw new AppError('version_conflict', { currentVersion: locked.currentVersion });
    }
    const now = nowOf(tx);
    const version = locked.currentVersion + 1;
    const row = await repo.insertTemplateVersion(tx.db, {
      templateId,
      version,
      definition,
      createdBy: actorUserId(tx.actor),
      now,
    });
    await repo.setCurrentVersion(tx.db, templateId, version, now);
    const repointed = await repointUpcomingRounds(tx.db, templateId, row.id, now);
    await writeAudit(tx, {
      action: 'template.version',
      entityType: 'template',
      entityId: templateId,
      before: { version: locked.currentVersion },
      after: { version, definition, upcomingRoundsMoved: repointed },
    });
    return detail(tx, { ...locked, currentVersion: version, updatedAt: now }, access);
  });
}

export async function patchTemplate(
  ctx: Ctx,
  templateId: string,
  input: { name?: string | undefined; description?: string | undefined; isActive?: boolean | undefined },
) {
  const { template, access } = await loadTemplateAccess(ctx, templateId);
  authorize(ctx.actor, canManageTemplates(access));
  return inTransaction(ctx, async (tx) => {
    if (input.name !== undefined) await assertNameFree(tx, template.networkId, input.name, templateId);
    const fields = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
    };
    const updated = await repo.updateTemplateFields(tx.db, templateId, fields, nowOf(tx));
    if (!updated) throw notFound('template');
    await writeAudit(tx, {
      action: 'template.update',
      entityType: 'template',
      entityId: templateId,
      before: { name: template.name, description: template.description, isActive: template.isActive },
      after: { name: updated.name, description: updated.description, isActive: updated.isActive },
    });
    return detail(tx, updated, access);
  });
}
