import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { quotaInputs, quotaScenarios } from '../../db/schema/quotas';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { getAdoptedKommuntal } from './adopted-kommuntal';

const getDb = useTestDatabase();
const YEAR = 2026;
let t: TestApp;
let coordinator: TestClient;
let liaison: TestClient;
let reporter: TestClient;
let stranger: TestClient;
const orgIds = new Map<string, string>();

const params = {
  floor: 7,
  populationWeight: 0.4,
  receptionYears: 3,
  factors: {
    labourMarket: { weight: 0.2, direction: 1 },
    earlierReception: { weight: 0.2, direction: -1 },
    asylumSeekers: { weight: 0.2, direction: -1 },
    housing: { weight: 0, direction: 1 },
  },
};

interface ErrorBody {
  error: { code: string; details: { fields?: { path: string; code: string }[]; errors?: unknown[] } };
}
interface Overview {
  plan: { version: number; status: string } | null;
  counties: { code: string; lanstal: number }[];
  municipalities: { code: string; kommuntal: number }[];
  own: { code: string; kommuntal: number } | null;
  networks: { kommuntal: number; municipalities: number }[];
}
interface ImportResult {
  mode: string;
  errors: { row: number; column: string; columnLetter: string | null; code: string; message: string }[];
  updated: number;
}

function csvUpload(text: string, mode: 'dry_run' | 'commit') {
  const form = new FormData();
  form.set('file', new File([text], 'befolkning.csv', { type: 'text/csv' }));
  form.set('mode', mode);
  return form;
}

async function upload(client: TestClient, form: FormData) {
  const res = await client.raw(`/api/quotas/${YEAR}/inputs/import`, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as ImportResult & ErrorBody };
}

const codes = ['9801', '9802', '9803', '9901', '9902'];

beforeAll(async () => {
  t = createTestApp(getDb(), { now: new Date('2026-03-02T10:00:00Z') });
  const db = getDb().db;
  for (const code of codes) {
    const org = await makeOrg(db, { code, countyCode: code.slice(0, 2), name: `Kommun ${code}` });
    orgIds.set(code, org.id);
  }
  const owner = await makeOrg(db, { kind: 'association' });
  await makeNetwork(db, {
    ownerOrgId: owner.id,
    memberOrgIds: [orgIds.get('9801'), orgIds.get('9901')] as string[],
  });
  const migr = await makeOrg(db, { kind: 'agency', code: 'MIGR' });
  const other = await makeOrg(db, { kind: 'association' });
  const signIn = async (orgId: string, role: 'coordinator' | 'reporter' | 'agency_liaison') =>
    t.signIn((await makeUser(db, { orgId, roles: [role] })).email, TEST_PASSWORD);
  coordinator = await signIn(owner.id, 'coordinator');
  liaison = await signIn(migr.id, 'agency_liaison');
  reporter = await signIn(orgIds.get('9801') as string, 'reporter');
  stranger = await signIn(other.id, 'coordinator');
});

describe('quotas API', () => {
  it('lets only managers create a plan, and refuses a negative total and bad weights with field errors', async () => {
    expect((await reporter.put(`/api/quotas/${YEAR}/plan`, { nationalTotal: 100, params })).status).toBe(403);
    expect((await stranger.put(`/api/quotas/${YEAR}/plan`, { nationalTotal: 100, params })).status).toBe(403);
    const negative = await coordinator.put<ErrorBody>(`/api/quotas/${YEAR}/plan`, {
      nationalTotal: -1,
      params,
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.details.fields?.map((f) => f.path)).toEqual(['nationalTotal']);
    const badWeights = await coordinator.put<ErrorBody>(`/api/quotas/${YEAR}/plan`, {
      nationalTotal: 100,
      params: { ...params, factors: { ...params.factors, labourMarket: { weight: -1, direction: 1 } } },
    });
    expect(badWeights.status).toBe(400);
    expect(badWeights.body.error.details.fields?.[0]?.path).toBe('params.factors.labourMarket.weight');
    const allZero = await coordinator.put<ErrorBody>(`/api/quotas/${YEAR}/plan`, {
      nationalTotal: 100,
      params: {
        ...params,
        populationWeight: 0,
        factors: Object.fromEntries(Object.entries(params.factors).map(([k, v]) => [k, { ...v, weight: 0 }])),
      },
    });
    expect(allZero.status).toBe(400);
    expect(allZero.body.error.details.fields?.[0]?.code).toBe('weights_all_zero');
    expect((await coordinator.get<{ years: unknown[] }>('/api/quotas')).body.years).toEqual([]);
    const created = await liaison.put<{ plan: { version: number } }>(`/api/quotas/${YEAR}/plan`, {
      nationalTotal: 100,
      params,
    });
    expect(created.status).toBe(200);
    expect(created.body.plan.version).toBe(1);
  });

  it('imports inputs: a dry run lists errors per row and column and stores nothing; a clean file commits', async () => {
    const bad = 'kommunkod;befolkning;ebo;okänd\n9801;10000;5;\n9999;500;1;\n9802;-3;x;\n';
    const dry = await upload(coordinator, csvUpload(bad, 'dry_run'));
    expect(dry.status).toBe(200);
    expect(dry.body.errors.map((e) => [e.row, e.columnLetter, e.code])).toEqual([
      [1, 'D', 'unknown_column'],
      [3, 'A', 'unknown_organisation'],
      [4, 'B', 'not_positive_integer'],
      [4, 'C', 'not_a_number'],
    ]);
    expect(dry.body.errors[1]?.message).toContain('9999');
    const refused = await upload(coordinator, csvUpload(bad, 'commit'));
    expect(refused.status).toBe(422);
    expect(await getDb().db.select().from(quotaInputs)).toEqual([]);
    expect((await upload(reporter, csvUpload(bad, 'dry_run'))).status).toBe(403);

    const good = [
      'kommunkod;befolkning;arbetsmarknad;nyanlända;ensamkommande;abo;ebo;tillfälligt skydd',
      '9801;100000;80;300;20;10;50;100',
      '9802;20000;70;200;5;0;10;40',
      '9803;5000;60;10;0;0;0;5',
      '9901;50000;75;100;10;5;20;60',
      '9902;3000;65;30;1;0;2;3',
    ].join('\n');
    const committed = await upload(coordinator, csvUpload(good, 'commit'));
    expect(committed.status).toBe(200);
    expect(committed.body.updated).toBe(5);
    expect(await getDb().db.select().from(quotaInputs)).toHaveLength(5);
  });

  it('computes scenarios, refuses infeasible floors with nothing stored, and adopts', async () => {
    const infeasible = await coordinator.post<ErrorBody>(`/api/quotas/${YEAR}/scenarios`, {
      name: 'För litet',
      nationalTotal: 30,
      params,
    });
    expect(infeasible.status).toBe(400);
    expect(infeasible.body.error.details.fields?.[0]).toMatchObject({
      path: 'nationalTotal',
      code: 'floors_exceed_total',
    });
    expect(await getDb().db.select().from(quotaScenarios)).toEqual([]);

    const a = await coordinator.post<{ id: string }>(`/api/quotas/${YEAR}/scenarios`, {
      name: 'Folkbokföring 1 juli',
      referenceDate: '2026-07-01',
      nationalTotal: 200,
      params,
    });
    expect(a.status).toBe(201);
    const b = await liaison.post<{ id: string }>(`/api/quotas/${YEAR}/scenarios`, {
      name: 'Folkbokföring 1 november',
      nationalTotal: 300,
      params,
      overrides: [{ code: '9802', temporaryProtection: 400 }],
    });
    expect(b.status).toBe(201);
    expect((await reporter.get(`/api/quotas/${YEAR}/scenarios`)).status).toBe(403);
    const list = await coordinator.get<{
      scenarios: { id: string; results: { kommuntal: number }[]; counties: { lanstal: number }[] }[];
    }>(`/api/quotas/${YEAR}/scenarios`);
    expect(list.body.scenarios).toHaveLength(2);
    for (const [i, total] of [200, 300].entries()) {
      const s = list.body.scenarios[i];
      expect(s?.results.reduce((sum, r) => sum + r.kommuntal, 0)).toBe(total);
      expect(s?.counties.reduce((sum, c) => sum + c.lanstal, 0)).toBe(total);
      expect(s?.results.every((r) => r.kommuntal >= 7)).toBe(true);
    }

    const overview = await coordinator.get<Overview>(`/api/quotas/${YEAR}`);
    const adopted = await coordinator.post(`/api/quotas/${YEAR}/adopt`, {
      scenarioId: a.body.id,
      expectedVersion: overview.body.plan?.version,
    });
    expect(adopted.status).toBe(200);
    const stale = await coordinator.post<ErrorBody>(`/api/quotas/${YEAR}/adopt`, {
      scenarioId: b.body.id,
      reason: 'Nytt länstal',
      expectedVersion: overview.body.plan?.version,
    });
    expect(stale.status).toBe(409);
  });

  it('shows a municipality its own number, the counties and its networks’ sums only', async () => {
    const mine = await reporter.get<Overview>(`/api/quotas/${YEAR}`);
    expect(mine.status).toBe(200);
    expect(mine.body.municipalities.map((m) => m.code)).toEqual(['9801']);
    expect(mine.body.own?.code).toBe('9801');
    expect(mine.body.counties.reduce((s, c) => s + c.lanstal, 0)).toBe(200);
    expect(mine.body.networks).toHaveLength(1);
    expect(mine.body.networks[0]?.municipalities).toBe(2);
    const all = await coordinator.get<Overview>(`/api/quotas/${YEAR}`);
    expect(all.body.municipalities).toHaveLength(5);
    const adopted = await getAdoptedKommuntal(getDb().db, YEAR);
    expect(adopted.get(orgIds.get('9801') as string)?.kommuntal).toBe(mine.body.own?.kommuntal);
    expect((await getAdoptedKommuntal(getDb().db, YEAR, [orgIds.get('9902') as string])).size).toBe(1);
    expect((await getAdoptedKommuntal(getDb().db, 2025)).size).toBe(0);
  });

  it('revises with a reason and keeps the history; refuses a transfer across counties', async () => {
    const before = await coordinator.get<Overview>(`/api/quotas/${YEAR}`);
    const version = before.body.plan?.version;
    const previous = before.body.municipalities.find((m) => m.code === '9803')?.kommuntal;
    t.setNow(new Date('2026-03-02T10:30:00Z'));
    const noReason = await coordinator.post<ErrorBody>(`/api/quotas/${YEAR}/revisions`, {
      changes: [{ code: '9803', kommuntal: 12 }],
      reason: '',
      expectedVersion: version,
    });
    expect(noReason.status).toBe(400);
    const revised = await coordinator.post(`/api/quotas/${YEAR}/revisions`, {
      changes: [{ code: '9803', kommuntal: 12 }],
      reason: 'Ny bostadsprognos',
      expectedVersion: version,
    });
    expect(revised.status).toBe(200);
    const history = await reporter.get<{
      changes: { kind: string; previous: number; kommuntal: number; reason: string }[];
    }>(`/api/quotas/${YEAR}/history`);
    // A municipality sees its own history only.
    expect(history.body.changes.map((c) => c.kind)).toEqual(['adopt']);
    const full = await coordinator.get<{
      changes: {
        kind: string;
        code: string;
        previous: number;
        kommuntal: number;
        reason: string;
        actorName: string;
      }[];
    }>(`/api/quotas/${YEAR}/history?code=9803`);
    expect(full.body.changes[0]).toMatchObject({
      kind: 'revise',
      previous,
      kommuntal: 12,
      reason: 'Ny bostadsprognos',
    });
    expect(full.body.changes[0]?.actorName).toBeTruthy();

    const now = (await coordinator.get<Overview>(`/api/quotas/${YEAR}`)).body.plan?.version;
    const across = await coordinator.post<ErrorBody>(`/api/quotas/${YEAR}/transfers`, {
      fromCode: '9801',
      toCode: '9901',
      persons: 2,
      reason: 'Överenskommelse',
      expectedVersion: now,
    });
    expect(across.status).toBe(400);
    expect(across.body.error.details.fields?.[0]).toMatchObject({ path: 'toCode', code: 'different_county' });
    const within = await coordinator.post(`/api/quotas/${YEAR}/transfers`, {
      fromCode: '9801',
      toCode: '9802',
      persons: 2,
      reason: 'Överenskommelse',
      expectedVersion: now,
    });
    expect(within.status).toBe(200);
    const after = await coordinator.get<Overview>(`/api/quotas/${YEAR}`);
    const county = (o: Overview) => o.counties.find((c) => c.code === '98')?.lanstal;
    expect(county(after.body)).toBe((county(before.body) ?? 0) + 12 - (previous ?? 0));
    const audits = await getDb()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.action, 'quota_allocation.transfer'));
    expect(audits).toHaveLength(1);
  });

  it('reads an XLSX table in a dry run and refuses anonymous callers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Befolkning');
    sheet.addRow(['Kommunkod', 'Kommun', 'Befolkning']);
    sheet.addRow(['9801', 'Kommun 9801', 100_500]);
    sheet.addRow(['9899', 'Okänd', 10]);
    const form = new FormData();
    form.set(
      'file',
      new File([new Uint8Array(await book.xlsx.writeBuffer())], 'befolkning.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    form.set('mode', 'dry_run');
    const dry = await upload(coordinator, form);
    expect(dry.status).toBe(200);
    expect(dry.body.errors.map((e) => [e.row, e.columnLetter, e.code])).toEqual([
      [3, 'A', 'unknown_organisation'],
    ]);
    expect(dry.body.updated).toBe(1);
    const stored = await getDb().db.select().from(quotaInputs);
    expect(stored.find((r) => r.orgId === orgIds.get('9801'))?.population).toBe(100_000);
    expect((await t.anonymous().get(`/api/quotas/${YEAR}`)).status).toBe(401);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = await t.anonymous().get<{ paths: Record<string, unknown> }>('/api/openapi.json');
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths).filter((p) => p.includes('/quotas'));
    expect(paths.length).toBeGreaterThanOrEqual(11);
  });

  it('exports XLSX and PDF for managers', async () => {
    const xlsx = await coordinator.raw(`/api/quotas/${YEAR}/export.xlsx`, { method: 'GET' });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets).toHaveLength(2);
    expect(workbook.worksheets[0]?.rowCount).toBe(6);
    const pdf = await coordinator.raw(`/api/quotas/${YEAR}/export.pdf`, { method: 'GET' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await reporter.raw(`/api/quotas/${YEAR}/export.xlsx`, { method: 'GET' })).status).toBe(403);
  });
});
