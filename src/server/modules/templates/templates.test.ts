import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { auditLog } from '../../db/schema/audit';
import { templateVersions } from '../../db/schema/reports';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let coordinator: TestClient;
let reporter: TestClient;
let outsider: TestClient;
let ownerReporter: TestClient;
let networkId: string;

const definition: TemplateDefinition = {
  areas: [
    {
      key: 'sabo',
      label: { sv: 'Särskilt boende', en: 'Residential care' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        {
          key: 'infected',
          label: { sv: 'Smittade' },
          type: 'integer',
          min: 0,
          required: false,
          countsPersons: true,
        },
      ],
    },
  ],
  figures: [],
  texts: [{ key: 'needs', label: { sv: 'Behov' }, required: false, maxLength: 4000 }],
};

interface Detail {
  template: { id: string; name: string; currentVersion: number; isActive: boolean };
  definition: TemplateDefinition;
  versions: { version: number; createdBy: { name: string } | null }[];
  canEdit: boolean;
}
interface ErrorBody {
  error: {
    code: string;
    details: { fields?: { path: string; code: string; message: string }[]; currentVersion?: number };
  };
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: new Date('2026-03-18T10:00:00Z') });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association', name: 'Samordningsförbundet' });
  const member = await makeOrg(db, { name: 'Medby kommun' });
  const other = await makeOrg(db, { kind: 'association', name: 'Annat förbund' });
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [member.id] })).id;
  await makeNetwork(db, { ownerOrgId: other.id });
  const signIn = async (orgId: string, role: 'coordinator' | 'reporter', name?: string) =>
    t.signIn((await makeUser(db, { orgId, roles: [role], ...(name ? { name } : {}) })).email, TEST_PASSWORD);
  coordinator = await signIn(owner.id, 'coordinator', 'Cora Samordnare');
  reporter = await signIn(member.id, 'reporter');
  outsider = await signIn(other.id, 'coordinator');
  ownerReporter = await signIn(owner.id, 'reporter');
});

async function create(name: string) {
  const res = await coordinator.post<Detail>(`/api/networks/${networkId}/templates`, {
    name,
    description: 'Test',
    definition,
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('creating and reading templates', () => {
  it('lets the coordinator create a template as version 1, audited', async () => {
    const body = await create('Veckorapport');
    expect(body.template).toMatchObject({ name: 'Veckorapport', currentVersion: 1, isActive: true });
    expect(body.versions).toEqual([
      expect.objectContaining({
        version: 1,
        createdBy: expect.objectContaining({ name: 'Cora Samordnare' }),
      }),
    ]);
    expect(body.definition.areas[0]?.figures[0]?.key).toBe('infected');
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, body.template.id));
    expect(audit.map((a) => a.action)).toEqual(['template.create']);
  });

  it('lists the network templates for members, with canEdit only for the coordinator', async () => {
    const { template } = await create('Lista');
    const list = await reporter.get<{ templates: { id: string }[] }>(`/api/networks/${networkId}/templates`);
    expect(list.status).toBe(200);
    expect(list.body.templates.map((x) => x.id)).toContain(template.id);
    const asReporter = await reporter.get<Detail>(`/api/templates/${template.id}`);
    expect(asReporter.status).toBe(200);
    expect(asReporter.body.canEdit).toBe(false);
    expect((await coordinator.get<Detail>(`/api/templates/${template.id}`)).body.canEdit).toBe(true);
  });

  it('answers 404 to a non-member, for the network and for the template', async () => {
    const { template } = await create('Hemlig');
    expect((await outsider.get(`/api/networks/${networkId}/templates`)).status).toBe(404);
    expect((await outsider.get(`/api/templates/${template.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/templates/${template.id}/versions/1`)).status).toBe(404);
    expect((await outsider.put(`/api/templates/${template.id}`, { definition, baseVersion: 1 })).status).toBe(
      404,
    );
  });

  it('answers 401 without a session and 403 to members who do not coordinate', async () => {
    const { template } = await create('Behörighet');
    expect((await t.anonymous().get(`/api/networks/${networkId}/templates`)).status).toBe(401);
    const post = { name: 'X', definition };
    expect((await reporter.post<ErrorBody>(`/api/networks/${networkId}/templates`, post)).status).toBe(403);
    expect((await ownerReporter.post(`/api/networks/${networkId}/templates`, post)).status).toBe(403);
    expect((await reporter.put(`/api/templates/${template.id}`, { definition, baseVersion: 1 })).status).toBe(
      403,
    );
    expect((await reporter.patch(`/api/templates/${template.id}`, { isActive: false })).status).toBe(403);
  });

  it('refuses an invalid definition with field errors that point at the input', async () => {
    const bad = {
      areas: [
        definition.areas[0],
        {
          key: 'hemtjanst',
          label: { sv: 'Hemtjänst' },
          figures: [{ key: 'Fel-Nyckel', label: { sv: 'X' }, type: 'integer' }],
        },
        {
          key: 'lss',
          label: { sv: 'LSS' },
          figures: [{ key: 'infected', label: { sv: 'Y' }, type: 'integer', min: 5, max: 1 }],
        },
      ],
      texts: [{ key: 'needs', label: { sv: '' } }],
    };
    const res = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/templates`, {
      name: 'Fel',
      definition: bad,
    });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.fields ?? [];
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'definition.areas.1.figures.0.key', code: 'key_format' }),
        expect.objectContaining({ path: 'definition.texts.0.label.sv', code: 'too_small' }),
      ]),
    );
    expect(fields.every((f) => f.message.length > 0)).toBe(true);
    const list = await coordinator.get<{ templates: { name: string }[] }>(
      `/api/networks/${networkId}/templates`,
    );
    expect(list.body.templates.map((x) => x.name)).not.toContain('Fel');
  });

  it('locates duplicate keys and min above max after the shape is valid', async () => {
    const bad = {
      areas: [
        definition.areas[0],
        {
          key: 'lss',
          label: { sv: 'LSS' },
          figures: [{ key: 'infected', label: { sv: 'Y' }, type: 'integer', min: 5, max: 1 }],
        },
      ],
    };
    const res = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/templates`, {
      name: 'Dubbel',
      definition: bad,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'definition.areas.1.figures.0.key', code: 'duplicate_key' }),
        expect.objectContaining({ path: 'definition.areas.1.figures.0.min', code: 'min_above_max' }),
      ]),
    );
  });

  it('refuses a template name already used in the network', async () => {
    await create('Unik');
    const res = await coordinator.post<ErrorBody>(`/api/networks/${networkId}/templates`, {
      name: 'Unik',
      definition,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'name', code: 'name_taken' }),
    ]);
  });
});

describe('versions', () => {
  it('saves an edit as a new version and keeps the old one unchanged', async () => {
    const { template } = await create('Versioner');
    const next = structuredClone(definition);
    next.texts.push({ key: 'other', label: { sv: 'Övrigt' }, required: false, maxLength: 4000 });
    const res = await coordinator.put<Detail>(`/api/templates/${template.id}`, {
      definition: next,
      baseVersion: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.template.currentVersion).toBe(2);
    expect(res.body.versions.map((v) => v.version)).toEqual([2, 1]);
    const v1 = await reporter.get<{ definition: TemplateDefinition; isCurrent: boolean }>(
      `/api/templates/${template.id}/versions/1`,
    );
    expect(v1.status).toBe(200);
    expect(v1.body.isCurrent).toBe(false);
    expect(v1.body.definition.texts.map((x) => x.key)).toEqual(['needs']);
    const v2 = await reporter.get<{ definition: TemplateDefinition }>(
      `/api/templates/${template.id}/versions/2`,
    );
    expect(v2.body.definition.texts.map((x) => x.key)).toEqual(['needs', 'other']);
    expect((await reporter.get(`/api/templates/${template.id}/versions/3`)).status).toBe(404);
    const rows = await getDb()
      .db.select()
      .from(templateVersions)
      .where(eq(templateVersions.templateId, template.id));
    expect(rows).toHaveLength(2);
  });

  it('answers 409 version_conflict on a stale base version and stores nothing', async () => {
    const { template } = await create('Konflikt');
    expect(
      (await coordinator.put(`/api/templates/${template.id}`, { definition, baseVersion: 1 })).status,
    ).toBe(200);
    const stale = await coordinator.put<ErrorBody>(`/api/templates/${template.id}`, {
      definition,
      baseVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.details.currentVersion).toBe(2);
    const after = await coordinator.get<Detail>(`/api/templates/${template.id}`);
    expect(after.body.template.currentVersion).toBe(2);
  });

  it('refuses an invalid edit with paths and keeps the version', async () => {
    const { template } = await create('Ogiltig ändring');
    const res = await coordinator.put<ErrorBody>(`/api/templates/${template.id}`, {
      definition: { areas: [] },
      baseVersion: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'definition.areas', code: 'too_small' }),
    ]);
    expect(
      (await coordinator.get<Detail>(`/api/templates/${template.id}`)).body.template.currentVersion,
    ).toBe(1);
  });

  it('patches name, description and active flag, audited', async () => {
    const { template } = await create('Gammalt namn');
    const res = await coordinator.patch<Detail>(`/api/templates/${template.id}`, {
      name: 'Nytt namn',
      isActive: false,
    });
    expect(res.status).toBe(200);
    expect(res.body.template).toMatchObject({ name: 'Nytt namn', isActive: false, currentVersion: 1 });
    expect((await coordinator.patch<ErrorBody>(`/api/templates/${template.id}`, {})).status).toBe(400);
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, template.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['template.create', 'template.update']);
  });
});
