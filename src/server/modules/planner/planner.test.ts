import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { receptionAssignments } from '../../db/schema/ledger';
import { jobHandlers } from '../../jobs';
import { runDueJobs } from '../../platform/jobs';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';

const getDb = useTestDatabase();
const NOW = new Date('2026-03-19T10:00:00Z');
let t: TestApp;
let coordinator: TestClient;
let liaison: TestClient;
let reporter: TestClient;
let outsider: TestClient;
let networkId: string;

interface Detail {
  run: { id: string; status: string; version: number };
  result: { objective: number; bound: number; gapPct: number; proven: boolean; placedPersons: number } | null;
  proposals: {
    householdId: string;
    municipality: string | null;
    terms: string[];
    unplacedReason: string | null;
  }[];
  municipalities: { code: string; proposedPersons: number; quotaAfter: number }[];
  violations: unknown[];
  acceptedAssignments: number | null;
}

const municipalities = [
  { code: '9101', remainingQuota: 8, freePlaces: 10, units: [{ beds: 6, accessible: false, count: 1 }] },
  { code: '9102', remainingQuota: 4, freePlaces: 4, units: [] },
];
const households = [
  { id: 'HH-1', persons: 6, adults: 2, children: 4, currentMunicipality: '9102' },
  { id: 'HH-2', persons: 2, adults: 1, children: 1, familyMunicipality: '9102' },
  { id: 'HH-3', persons: 2, adults: 2, children: 0 },
  { id: 'HH-4', persons: 11, adults: 3, children: 8 },
];

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const a = await makeOrg(db, { code: '9101', name: 'Alfa' });
  const b = await makeOrg(db, { code: '9102', name: 'Beta' });
  const agency = await makeOrg(db, { kind: 'agency' });
  const other = await makeOrg(db, { kind: 'association' });
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [a.id, b.id, agency.id] })).id;
  await makeNetwork(db, { ownerOrgId: other.id });
  const signIn = async (orgId: string, role: 'coordinator' | 'reporter' | 'agency_liaison') =>
    t.signIn((await makeUser(db, { orgId, roles: [role] })).email, TEST_PASSWORD);
  coordinator = await signIn(owner.id, 'coordinator');
  liaison = await signIn(agency.id, 'agency_liaison');
  reporter = await signIn(a.id, 'reporter');
  outsider = await signIn(other.id, 'coordinator');
});

async function createAndSolve(client: TestClient): Promise<Detail> {
  const created = await client.post<Detail>(`/api/networks/${networkId}/planner/runs`, {
    name: 'Vecka 12',
    year: 2026,
    households,
    municipalities,
  });
  expect(created.status).toBe(201);
  expect(created.body.run.status).toBe('queued');
  await runDueJobs(t.deps, jobHandlers);
  const got = await client.get<Detail>(`/api/planner/runs/${created.body.run.id}`);
  expect(got.status).toBe(200);
  return got.body;
}

describe('planner API', () => {
  it('solves a batch in a worker, explains each proposal and every unplaced household', async () => {
    const run = await createAndSolve(coordinator);
    expect(run.run.status).toBe('done');
    expect(run.result?.proven).toBe(true);
    expect(run.result?.gapPct).toBe(0);
    const by = new Map(run.proposals.map((p) => [p.householdId, p]));
    // Only Alfa has a unit for six; Beta takes HH-2 (family) and Alfa the rest.
    expect(by.get('HH-1')).toMatchObject({ municipality: '9101', terms: ['capacity'] });
    expect(by.get('HH-2')).toMatchObject({ municipality: '9102', terms: ['family'] });
    expect(by.get('HH-4')).toMatchObject({ municipality: null, unplacedReason: 'larger_than_any_unit' });
    expect(run.result?.placedPersons).toBe(10);
    expect(run.municipalities.reduce((a, m) => a + m.quotaAfter, 0)).toBe(2);
  });

  it('refuses an override that breaks the kommuntal, applies one that fits with its quota effect, and accepts into the ledger', async () => {
    const run = await createAndSolve(liaison);
    const id = run.run.id;
    const breaking = await coordinator.post(`/api/planner/runs/${id}/overrides`, {
      householdId: 'HH-1',
      municipality: '9102',
      version: run.run.version,
    });
    expect(breaking.status).toBe(400);
    const before = run.municipalities.find(
      (m) => m.code === run.proposals.find((p) => p.householdId === 'HH-3')?.municipality,
    );
    const moved = await coordinator.post<Detail>(`/api/planner/runs/${id}/overrides`, {
      householdId: 'HH-3',
      municipality: null,
      version: run.run.version,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.municipalities.find((m) => m.code === before?.code)?.quotaAfter).toBe(
      (before?.quotaAfter ?? 0) + 2,
    );
    const stale = await coordinator.post(`/api/planner/runs/${id}/overrides`, {
      householdId: 'HH-3',
      municipality: '9101',
      version: run.run.version,
    });
    expect(stale.status).toBe(409);
    const accepted = await coordinator.post<Detail>(`/api/planner/runs/${id}/accept`, {
      version: moved.body.run.version,
      assignedOn: '2026-03-19',
      targetGroup: 'skyddsbehovande_lma',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.acceptedAssignments).toBe(2);
    expect(accepted.body.run.status).toBe('accepted');
    const rows = await getDb()
      .db.select()
      .from(receptionAssignments)
      .where(eq(receptionAssignments.plannerRunId, id));
    expect(rows.map((r) => r.householdRef).sort()).toEqual(['HH-1', 'HH-2']);
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['planner_run.create', 'planner_run.override', 'planner_run.accept']),
    );
    const again = await coordinator.post(`/api/planner/runs/${id}/accept`, {
      version: accepted.body.run.version,
      assignedOn: '2026-03-19',
      targetGroup: 'skyddsbehovande_lma',
    });
    expect(again.status).toBe(409);
  });

  it('exports the plan as XLSX', async () => {
    const run = await createAndSolve(coordinator);
    const res = await coordinator.raw(`/api/planner/runs/${run.run.id}/export.xlsx`, {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('lists every input error and stores nothing', async () => {
    const res = await coordinator.post<{
      error: { code: string; details: { fields: { path: string; code: string; message: string }[] } };
    }>(`/api/networks/${networkId}/planner/runs`, {
      name: 'Fel',
      year: 2026,
      households: [households[0], { ...households[0], adults: 1 }],
      municipalities: [{ ...municipalities[0], remainingQuota: -3 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'planner_negative_quota',
        'planner_duplicate_household',
        'planner_composition_mismatch',
      ]),
    );
    // Each field problem comes translated, in the caller's language (Swedish by default).
    const quota = res.body.error.details.fields.find((f) => f.code === 'planner_negative_quota');
    expect(quota).toMatchObject({
      path: 'municipalities.0.remainingQuota',
      message: 'Kvar av kommuntalet får inte vara negativt.',
    });
  });

  it('lets only coordinators and agency liaisons plan; others see 403 or 404', async () => {
    expect((await reporter.get(`/api/networks/${networkId}/planner/runs`)).status).toBe(403);
    expect((await outsider.get(`/api/networks/${networkId}/planner/runs`)).status).toBe(404);
    const list = await liaison.get<{ runs: unknown[]; canPlan: boolean }>(
      `/api/networks/${networkId}/planner/runs`,
    );
    expect(list.status).toBe(200);
    expect(list.body.canPlan).toBe(true);
  });
});

async function uploadBatch(client: TestClient, file: File, mode: 'dry_run' | 'commit') {
  const form = new FormData();
  form.append('mode', mode);
  form.append('name', 'Uppladdad batch');
  form.append('year', '2026');
  form.append('file', file);
  const res = await client.raw(`/api/networks/${networkId}/planner/batches`, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const csvFile = (text: string) =>
  new File([new TextEncoder().encode(text)], 'batch.csv', { type: 'text/csv' });

describe('household batch upload', () => {
  const header =
    'hushållsreferens;personer;vuxna;barn;nuvarande kommun;familjeband kommun;stor bostad;tillgänglig bostad;arbetsmarknad 9101';

  it('lists every error by row and column, translated, and stores nothing', async () => {
    const csv = [header, 'U-1;3;2;1;9102;;nej;nej;0,5', 'U-1;2;2;1;91x;;kanske;;1,5', 'U-3;0;0;0;;;;;'].join(
      '\n',
    );
    const before = await coordinator.get<{ runs: unknown[] }>(`/api/networks/${networkId}/planner/runs`);
    for (const mode of ['dry_run', 'commit'] as const) {
      const res = await uploadBatch(coordinator, csvFile(csv), mode);
      const errors = (
        mode === 'dry_run'
          ? res.body.errors
          : (res.body.error as { details: { errors: unknown } }).details.errors
      ) as {
        row: number;
        column: string;
        code: string;
        message: string;
      }[];
      expect(res.status).toBe(mode === 'dry_run' ? 200 : 422);
      expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'hushållsreferens', 'planner_duplicate_household'],
        [3, 'personer', 'size_not_adults_plus_children'],
        [3, 'nuvarande kommun', 'invalid_value'],
        [3, 'stor bostad', 'invalid_value'],
        [3, 'arbetsmarknad 9101', 'planner_fit_out_of_range'],
        [4, 'personer', 'not_positive_integer'],
      ]);
      expect(errors[0]?.message).toBe('Hushållets referens finns redan i batchen.');
    }
    const after = await coordinator.get<{ runs: unknown[] }>(`/api/networks/${networkId}/planner/runs`);
    expect(after.body.runs).toHaveLength(before.body.runs.length);
    const missing = await uploadBatch(coordinator, csvFile('referens;vuxna\nA;1'), 'dry_run');
    expect((missing.body.errors as { code: string }[]).map((e) => e.code)).toEqual([
      'missing_column',
      'missing_column',
    ]);
  });

  it('stores a good XLSX batch as a draft that is started and solved', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hushåll');
    sheet.addRow(['referens', 'personer', 'vuxna', 'barn', 'familjeband kommun']);
    sheet.addRow(['X-1', 2, 1, 1, '9102']);
    sheet.addRow(['X-2', 1, 1, 0, '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = new File([bytes], 'batch.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(await uploadBatch(reporter, file, 'dry_run')).toMatchObject({ status: 403 });
    const dry = await uploadBatch(coordinator, file, 'dry_run');
    expect(dry.body).toMatchObject({
      format: 'xlsx',
      rows: 2,
      households: 2,
      persons: 3,
      errors: [],
      runId: null,
    });
    const committed = await uploadBatch(liaison, file, 'commit');
    expect(committed.status).toBe(200);
    const runId = committed.body.runId as string;
    const draft = await coordinator.get<Detail>(`/api/planner/runs/${runId}`);
    expect(draft.body.run.status).toBe('draft');
    const started = await coordinator.post<Detail>(`/api/planner/runs/${runId}/start`, {
      version: draft.body.run.version,
    });
    expect(started.body.run.status).toBe('queued');
    await runDueJobs(t.deps, jobHandlers);
    const done = await coordinator.get<Detail>(`/api/planner/runs/${runId}`);
    expect(done.body.run.status).toBe('done');
    expect(done.body.proposals.map((p) => p.householdId)).toEqual(['X-1', 'X-2']);
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, runId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['planner_run.upload', 'planner_run.start']),
    );
  });
});
