import { eq } from 'drizzle-orm';
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
