import { describe, expect, it } from 'vitest';
import { listFigures, templateDefinition } from '../../core/reports/template-definition';
import { templates, templateVersions } from '../db/schema/reports';
import { standardTemplates } from '../modules/templates/standard-templates';
import type { Ctx } from '../platform/context';
import { makeNetwork, makeOrg } from '../testing/factories';
import { useTestDatabase } from '../testing/test-db';
import { findStandardTemplate, seedTemplates } from './templates';

const getDb = useTestDatabase();
const ctx = (): Ctx => ({ db: getDb().db, actor: { kind: 'system' } });

describe('standard template definitions', () => {
  it('are valid template definitions with unique keys', () => {
    for (const standard of standardTemplates) {
      expect(templateDefinition.safeParse(standard.definition).success).toBe(true);
    }
  });

  it('give the social-services report about 40 values, every label in Swedish and English', () => {
    const def = standardTemplates[0]?.definition;
    if (!def) throw new Error('missing');
    expect(def.areas.map((a) => a.key)).toEqual([
      'sabo',
      'hemtjanst',
      'lss',
      'ifo',
      'ekonomiskt_bistand',
      'mottagande',
    ]);
    // An impact and a comment per area, every figure, every text.
    const values = def.areas.length * 2 + listFigures(def).length + def.texts.length;
    expect(values).toBeGreaterThanOrEqual(38);
    expect(values).toBeLessThanOrEqual(45);
    const labels = [...def.areas, ...listFigures(def), ...def.texts].map((q) => q.label);
    expect(labels.every((l) => l.sv.length > 0 && (l.en ?? '').length > 0)).toBe(true);
    const percent = listFigures(def).filter((f) => f.type === 'percent');
    expect(percent.every((f) => f.min === 0 && f.max === 100)).toBe(true);
  });
});

describe('seedTemplates', () => {
  it('does nothing while the networks do not exist', async () => {
    await seedTemplates(ctx());
    expect(await getDb().db.select().from(templates)).toEqual([]);
  });

  it('creates the two templates in their networks once, as version 1', async () => {
    const owner = await makeOrg(getDb().db, { kind: 'association' });
    await makeNetwork(getDb().db, { ownerOrgId: owner.id, slug: 'socialchefsnatverket' });
    await makeNetwork(getDb().db, { ownerOrgId: owner.id, slug: 'gr-mottagande' });
    await seedTemplates(ctx());
    await seedTemplates(ctx());
    const rows = await getDb().db.select().from(templates);
    expect(rows.map((r) => r.name).sort()).toEqual([
      'Mottagande av skyddsbehövande',
      'Socialtjänstens lägesrapport',
    ]);
    expect(await getDb().db.select().from(templateVersions)).toHaveLength(2);
    const social = await findStandardTemplate(getDb().db, 'socialchefsnatverket');
    expect(social?.version.version).toBe(1);
    expect(social?.template.isActive).toBe(true);
    const reception = await findStandardTemplate(getDb().db, 'gr-mottagande');
    expect(
      listFigures(reception?.version.definition ?? { areas: [], figures: [], texts: [] }).map((f) => f.key),
    ).toEqual([
      'lma_housing_persons',
      'free_places',
      'anvisningar_week',
      'contracts_ending',
      'temporary_protection_registered',
    ]);
  });
});
