import { standardTemplates } from '../modules/templates/standard-templates';
import {
  findNetworkIdBySlug,
  findTemplateByName,
  findTemplateWithCurrentVersion,
  insertTemplate,
  insertTemplateVersion,
} from '../modules/templates/templates.repository';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../platform/context';
import type { DbOrTx } from '../platform/db';

/**
 * Creates the two standard report templates, each in its network, when the network exists
 * and has no template of that name yet. Safe to run on every start.
 */
export async function seedTemplates(ctx: Ctx): Promise<void> {
  for (const standard of standardTemplates) {
    await inTransaction(ctx, async (tx) => {
      const networkId = await findNetworkIdBySlug(tx.db, standard.networkSlug);
      if (!networkId) return;
      if (await findTemplateByName(tx.db, networkId, standard.name)) return;
      const now = nowOf(tx);
      const template = await insertTemplate(tx.db, {
        networkId,
        name: standard.name,
        description: standard.description,
        now,
      });
      await insertTemplateVersion(tx.db, {
        templateId: template.id,
        version: 1,
        definition: standard.definition,
        createdBy: null,
        now,
      });
      await writeAudit(tx, {
        action: 'template.create',
        entityType: 'template',
        entityId: template.id,
        after: { name: standard.name, networkId, version: 1 },
      });
    });
  }
}

/**
 * The seeded template of a network (by network slug, e.g. `socialchefsnatverket` or
 * `gr-mottagande`) with its current version; null before the seed ran.
 */
export async function findStandardTemplate(db: DbOrTx, networkSlug: string) {
  const standard = standardTemplates.find((s) => s.networkSlug === networkSlug);
  const networkId = await findNetworkIdBySlug(db, networkSlug);
  if (!standard || !networkId) return null;
  const template = await findTemplateByName(db, networkId, standard.name);
  return template ? findTemplateWithCurrentVersion(db, template.id) : null;
}
