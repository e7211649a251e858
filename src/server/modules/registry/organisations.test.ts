import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { counties } from '../../db/schema/registry';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
let t: TestApp;
let admin: TestClient;
let orgAdmin: TestClient;
let reporter: TestClient;
const ids: Record<string, string> = {};

interface Page {
  items: { id: string; name: string; code: string | null; countyName: string | null }[];
  total: number;
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string }[] } };
}

beforeAll(async () => {
  t = createTestApp(getDb());
  const db = getDb().db;
  await db.insert(counties).values([
    { code: '13', name: 'Hallands län', shortName: 'Halland' },
    { code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' },
  ]);
  const gbg = await makeOrg(db, { code: '1480', name: 'Göteborgs kommun', countyCode: '14' });
  const kba = await makeOrg(db, { code: '1384', name: 'Kungsbacka kommun', countyCode: '13' });
  const gr = await makeOrg(db, { kind: 'association', code: 'GR', name: 'GR – Göteborgsregionen' });
  const ops = await makeOrg(db, { kind: 'operator', code: 'SAMLA', name: 'Samla drift' });
  const hidden = await makeOrg(db, { kind: 'association', code: 'HIDDEN', name: 'Annat förbund' });
  const grNet = await makeNetwork(db, {
    ownerOrgId: gr.id,
    memberOrgIds: [gbg.id, kba.id],
    name: 'GR-nätet',
  });
  const otherNet = await makeNetwork(db, {
    ownerOrgId: hidden.id,
    memberOrgIds: [kba.id],
    name: 'Hemligt nät',
  });
  Object.assign(ids, { gbg: gbg.id, kba: kba.id, gr: gr.id, grNet: grNet.id, otherNet: otherNet.id });
  const a = await makeUser(db, { orgId: ops.id, roles: ['system_admin'] });
  const oa = await makeUser(db, { orgId: gbg.id, roles: ['org_admin'] });
  const r = await makeUser(db, { orgId: gbg.id, roles: ['reporter'] });
  admin = await t.signIn(a.email, TEST_PASSWORD);
  orgAdmin = await t.signIn(oa.email, TEST_PASSWORD);
  reporter = await t.signIn(r.email, TEST_PASSWORD);
});

describe('GET /api/counties and /api/organisations', () => {
  it('needs a signed-in caller', async () => {
    expect((await t.anonymous().get('/api/counties')).status).toBe(401);
    expect((await t.anonymous().get('/api/organisations')).status).toBe(401);
    expect((await t.anonymous().get(`/api/organisations/${ids.gbg}`)).status).toBe(401);
  });

  it('lists counties', async () => {
    const res = await reporter.get<{ items: { code: string }[] }>('/api/counties');
    expect(res.status).toBe(200);
    expect(res.body.items.map((c) => c.code)).toEqual(['13', '14']);
  });

  it('searches by name, code, kind and county, paginated', async () => {
    const byName = await reporter.get<Page>('/api/organisations?q=göteborg');
    expect(byName.body.items.map((o) => o.code).sort()).toEqual(['1480', 'GR']);
    const byCode = await reporter.get<Page>('/api/organisations?q=1384');
    expect(byCode.body.items).toEqual([
      expect.objectContaining({ code: '1384', countyName: 'Hallands län' }),
    ]);
    const byKind = await reporter.get<Page>('/api/organisations?kind=association');
    expect(byKind.body.total).toBe(2);
    const byCounty = await reporter.get<Page>('/api/organisations?county=14');
    expect(byCounty.body.items.map((o) => o.code)).toEqual(['1480']);
    const page2 = await reporter.get<Page & { page: number }>('/api/organisations?pageSize=2&page=2');
    expect(page2.body).toMatchObject({ total: 5, page: 2 });
    expect(page2.body.items).toHaveLength(2);
    // A percent sign is searched for literally.
    expect((await reporter.get<Page>('/api/organisations?q=%25')).body.total).toBe(0);
  });

  it('rejects bad filters with 400', async () => {
    const res = await reporter.get<ErrorBody>('/api/organisations?kind=planet&county=X&pageSize=0');
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields?.map((f) => f.path).sort()).toEqual(['county', 'kind', 'pageSize']);
  });

  it('shows an organisation with only the networks the caller can see', async () => {
    const res = await reporter.get<{ name: string; networks: { name: string }[] }>(
      `/api/organisations/${ids.kba}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.networks.map((n) => n.name)).toEqual(['GR-nätet']);
    const asAdmin = await admin.get<{ networks: { name: string }[] }>(`/api/organisations/${ids.kba}`);
    expect(asAdmin.body.networks.map((n) => n.name)).toEqual(['GR-nätet', 'Hemligt nät']);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await reporter.get('/api/organisations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await reporter.get('/api/organisations/inte-ett-id')).status).toBe(400);
  });
});

describe('POST and PATCH /api/organisations', () => {
  it('lets a system admin add a regional association, audited', async () => {
    const res = await admin.post<{ id: string; name: string; shortName: string; countyName: string }>(
      '/api/organisations',
      { kind: 'association', code: 'FYRBO', name: 'Fyrbodal kommunalförbund', countyCode: '14' },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Fyrbodal kommunalförbund',
      shortName: 'Fyrbodal kommunalförbund',
      countyName: 'Västra Götalands län',
    });
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organisation.create'), eq(auditLog.entityId, res.body.id)));
    expect(audit[0]?.after).toMatchObject({ code: 'FYRBO' });
    ids.fyrbo = res.body.id;
  });

  it('refuses others with 403 and nothing stored', async () => {
    const body = { kind: 'civil_society', name: 'Volontärgruppen' };
    expect((await orgAdmin.post('/api/organisations', body)).status).toBe(403);
    expect((await reporter.patch(`/api/organisations/${ids.gbg}`, { name: 'Ändrad' })).status).toBe(403);
    expect((await t.anonymous().post('/api/organisations', body)).status).toBe(401);
    const search = await admin.get<Page>('/api/organisations?q=Volontär');
    expect(search.body.total).toBe(0);
  });

  it('validates input and refuses a duplicate code with 409', async () => {
    const bad = await admin.post<ErrorBody>('/api/organisations', {
      kind: 'association',
      name: '',
      code: 'a b',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields?.map((f) => f.path).sort()).toEqual(['code', 'name']);
    const county = await admin.post<ErrorBody>('/api/organisations', {
      kind: 'association',
      name: 'Förbundet',
      countyCode: '99',
    });
    expect(county.status).toBe(400);
    expect(county.body.error.details.fields?.[0]?.path).toBe('countyCode');
    const dup = await admin.post<ErrorBody>('/api/organisations', {
      kind: 'association',
      name: 'Ett till GR',
      code: 'GR',
    });
    expect(dup.status).toBe(409);
  });

  it('updates with before and after in the audit log', async () => {
    const res = await admin.patch<{ name: string; code: string }>(`/api/organisations/${ids.fyrbo}`, {
      name: 'Fyrbodal',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Fyrbodal', code: 'FYRBO' });
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organisation.update'), eq(auditLog.entityId, ids.fyrbo ?? '')));
    expect(audit[0]?.before).toMatchObject({ name: 'Fyrbodal kommunalförbund' });
    expect(audit[0]?.after).toMatchObject({ name: 'Fyrbodal' });
    expect((await admin.patch(`/api/organisations/${ids.fyrbo}`, { code: '1480' })).status).toBe(409);
    expect(
      (await admin.patch('/api/organisations/00000000-0000-4000-8000-000000000000', { name: 'X y' })).status,
    ).toBe(404);
  });
});
