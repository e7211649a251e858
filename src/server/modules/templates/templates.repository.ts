import { and, asc, desc, eq } from 'drizzle-orm';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { users } from '../../db/schema/accounts';
import { networks } from '../../db/schema/registry';
import { templates, templateVersions } from '../../db/schema/reports';
import type { DbOrTx } from '../../platform/db';

export type TemplateRow = typeof templates.$inferSelect;
export type TemplateVersionRow = typeof templateVersions.$inferSelect;

export async function findNetworkIdBySlug(db: DbOrTx, slug: string): Promise<string | null> {
  const rows = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug)).limit(1);
  return rows[0]?.id ?? null;
}

export async function findTemplateByName(
  db: DbOrTx,
  networkId: string,
  name: string,
): Promise<TemplateRow | null> {
  const rows = await db
    .select()
    .from(templates)
    .where(and(eq(templates.networkId, networkId), eq(templates.name, name)))
    .limit(1);
  return rows[0] ?? null;
}

/** Callers check network access first; the query is scoped to that network. */
export async function listNetworkTemplates(db: DbOrTx, networkId: string): Promise<TemplateRow[]> {
  return db.select().from(templates).where(eq(templates.networkId, networkId)).orderBy(asc(templates.name));
}

export async function findTemplate(db: DbOrTx, templateId: string): Promise<TemplateRow | null> {
  const rows = await db.select().from(templates).where(eq(templates.id, templateId)).limit(1);
  return rows[0] ?? null;
}

/** Locks the template row so two concurrent edits cannot both claim the next version. */
export async function lockTemplate(db: DbOrTx, templateId: string): Promise<TemplateRow | null> {
  const rows = await db.select().from(templates).where(eq(templates.id, templateId)).for('update').limit(1);
  return rows[0] ?? null;
}

export async function findTemplateVersion(
  db: DbOrTx,
  templateId: string,
  version: number,
): Promise<TemplateVersionRow | null> {
  const rows = await db
    .select()
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.version, version)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findTemplateVersionById(
  db: DbOrTx,
  versionId: string,
): Promise<TemplateVersionRow | null> {
  const rows = await db.select().from(templateVersions).where(eq(templateVersions.id, versionId)).limit(1);
  return rows[0] ?? null;
}

/** Version history without the definitions, newest first, with the author's name. */
export async function listTemplateVersions(db: DbOrTx, templateId: string) {
  return db
    .select({
      id: templateVersions.id,
      version: templateVersions.version,
      createdAt: templateVersions.createdAt,
      createdBy: templateVersions.createdBy,
      createdByName: users.name,
    })
    .from(templateVersions)
    .leftJoin(users, eq(users.id, templateVersions.createdBy))
    .where(eq(templateVersions.templateId, templateId))
    .orderBy(desc(templateVersions.version));
}

export async function insertTemplate(
  db: DbOrTx,
  values: { networkId: string; name: string; description: string; now: Date },
): Promise<TemplateRow> {
  const rows = await db
    .insert(templates)
    .values({
      networkId: values.networkId,
      name: values.name,
      description: values.description,
      currentVersion: 1,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('template insert returned no row');
  return row;
}

export async function insertTemplateVersion(
  db: DbOrTx,
  values: {
    templateId: string;
    version: number;
    definition: TemplateDefinition;
    createdBy: string | null;
    now: Date;
  },
): Promise<TemplateVersionRow> {
  const rows = await db
    .insert(templateVersions)
    .values({
      templateId: values.templateId,
      version: values.version,
      definition: values.definition,
      createdBy: values.createdBy,
      createdAt: values.now,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('template version insert returned no row');
  return row;
}

export async function setCurrentVersion(
  db: DbOrTx,
  templateId: string,
  version: number,
  now: Date,
): Promise<void> {
  await db
    .update(templates)
    .set({ currentVersion: version, updatedAt: now })
    .where(eq(templates.id, templateId));
}

export async function updateTemplateFields(
  db: DbOrTx,
  templateId: string,
  fields: { name?: string; description?: string; isActive?: boolean },
  now: Date,
): Promise<TemplateRow | null> {
  const rows = await db
    .update(templates)
    .set({ ...fields, updatedAt: now })
    .where(eq(templates.id, templateId))
    .returning();
  return rows[0] ?? null;
}

/** A template with the definition of its current version (other modules' lookup). */
export async function findTemplateWithCurrentVersion(db: DbOrTx, templateId: string) {
  const template = await findTemplate(db, templateId);
  if (!template) return null;
  const version = await findTemplateVersion(db, templateId, template.currentVersion);
  return version ? { template, version } : null;
}
