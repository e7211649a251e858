import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { receptionAssignments } from '../../db/schema/ledger';
import { quotaAllocations, quotaPlans } from '../../db/schema/quotas';
import { counties, networkMembers } from '../../db/schema/registry';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { createAssignmentsFromPlan, getPendingPersons, getReceivedPersons } from './ledger.exports';

const getDb = useTestDatabase();
const NOW = new Date('2026-07-01T10:00:00Z');
let t: TestApp;
let reporterA: TestClient;
let viewerA: TestClient;
let reporterB: TestClient;
let coordinator: TestClient;
let liaison: TestClient;
let outsiderCoordinator: TestClient;
let orgA: string;
let orgB: string;
let networkId: string;

interface Assignment {
  id: string;
  householdRef: string;
  status: string;
  version: number;
  receivedOn: string | null;
  overdue: boolean;
}
interface Totals {
  kommuntal: number | null;
  assigned: number;
  received: number;
  pending: number;
  remaining: number | null;
  overdue: number;
}
interface Ledger {
  canEdit: boolean;
  totals: Totals;
  behind: { behind: boolean; reasons: string[] };
  trend: { isoWeek: number; received: number }[];
  assignments: Assignment[];
}
interface ErrorBody {
  error: { code: string; details: { fields?: { path: string; code: string }[]; current?: Assignment } };
}

const valid = {
  householdRef: 'A-2026-001',
  householdSize: 3,
  adults: 2,
  children: 1,
  targetGroup: 'kvotflykting',
  assignedOn: '2026-03-02',
  plannedReceptionOn: '2026-04-01',
};

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const a = await makeOrg(db, { countyCode: '14' });
  const b = await makeOrg(db, { countyCode: '14' });
  const lst = await makeOrg(db, { kind: 'agency', code: `LST-${a.code?.slice(1, 4)}`, countyCode: '14' });
  await db
    .insert(counties)
    .values({ code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' })
    .onConflictDoNothing();
  orgA = a.id;
  orgB = b.id;
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [a.id, b.id] })).id;
  await db.insert(networkMembers).values({ networkId, orgId: lst.id, reports: 0 });
  const otherOwner = await makeOrg(db, { kind: 'association' });
  await makeNetwork(db, { ownerOrgId: otherOwner.id });
  const signIn = async (orgId: string, roles: ('coordinator' | 'reporter' | 'viewer' | 'agency_liaison')[]) =>
    t.signIn((await makeUser(db, { orgId, roles })).email, TEST_PASSWORD);
  reporterA = await signIn(a.id, ['reporter']);
  viewerA = await signIn(a.id, ['viewer']);
  reporterB = await signIn(b.id, ['reporter']);
  coordinator = await signIn(owner.id, ['coordinator']);
  liaison = await signIn(lst.id, ['agency_liaison']);
  outsiderCoordinator = await signIn(otherOwner.id, ['coordinator']);
  // An adopted kommuntal for A only: 20 persons in 2026.
  const [plan] = await db
    .insert(quotaPlans)
    .values({ year: 2026, nationalTotal: 100, params: {} as never, status: 'adopted', adoptedAt: NOW })
    .returning();
  if (!plan) throw new Error('plan not created');
  await db.insert(quotaAllocations).values({ planId: plan.id, orgId: a.id, countyCode: '14', kommuntal: 20 });
});

async function countRows(orgId: string) {
  return (await getDb().db.select().from(receptionAssignments).where(eq(receptionAssignments.orgId, orgId)))
    .length;
}

describe('own ledger', () => {
  let created: Assignment;

  it('creates an assignment, audited, and lists it with totals', async () => {
    const res = await reporterA.post<Assignment>('/api/ledger/assignments', valid);
    expect(res.status).toBe(201);
    created = res.body;
    expect(created).toMatchObject({
      householdRef: 'A-2026-001',
      status: 'assigned',
      version: 1,
      overdue: true,
    });
    const ledger = await reporterA.get<Ledger>('/api/ledger?year=2026');
    expect(ledger.status).toBe(200);
    expect(ledger.body.canEdit).toBe(true);
    expect(ledger.body.totals).toMatchObject({
      kommuntal: 20,
      assigned: 3,
      received: 0,
      remaining: 20,
      pending: 3,
      overdue: 1,
    });
    expect(ledger.body.behind.reasons).toContain('overdue_receptions');
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((x) => x.action)).toEqual(['assignment.create']);
  });

  it('marks it received; received counts and the trend moves', async () => {
    const res = await reporterA.patch<Assignment>(`/api/ledger/assignments/${created.id}`, {
      version: created.version,
      status: 'received',
      receivedOn: '2026-04-03',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'received', version: 2, overdue: false });
    const ledger = (await reporterA.get<Ledger>('/api/ledger?year=2026')).body;
    expect(ledger.totals).toMatchObject({ received: 3, pending: 0, remaining: 17 });
    // Half the year has passed and 15 % of the kommuntal is received: behind plan.
    expect(ledger.behind.reasons).toEqual(['behind_share']);
    expect(ledger.trend.find((w) => w.isoWeek === 14)?.received).toBe(3);
    created = res.body;
  });

  it('answers 409 with the current state to a stale version and stores nothing', async () => {
    const res = await reporterA.patch<ErrorBody>(`/api/ledger/assignments/${created.id}`, {
      version: 1,
      status: 'cancelled',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('version_conflict');
    expect(res.body.error.details.current).toMatchObject({ status: 'received', version: 2 });
    expect(await countRows(orgA)).toBe(1);
  });

  it('resets a received assignment to assigned, clearing the reception date, then back', async () => {
    const reset = await reporterA.patch<Assignment>(`/api/ledger/assignments/${created.id}`, {
      version: created.version,
      status: 'assigned',
    });
    expect(reset.body).toMatchObject({ status: 'assigned', receivedOn: null, version: 3 });
    const again = await reporterA.patch<Assignment>(`/api/ledger/assignments/${created.id}`, {
      version: 3,
      status: 'received',
      receivedOn: '2026-04-03',
    });
    expect(again.body).toMatchObject({ status: 'received', version: 4 });
    created = again.body;
    const actions = (
      await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, created.id)).orderBy(auditLog.id)
    ).map((a) => a.action);
    expect(actions).toEqual([
      'assignment.create',
      'assignment.received',
      'assignment.assigned',
      'assignment.received',
    ]);
  });

  it('lets staff without an editing role read but not write', async () => {
    expect((await viewerA.get<Ledger>('/api/ledger')).body.canEdit).toBe(false);
    expect((await viewerA.post('/api/ledger/assignments', { ...valid, householdRef: 'A-9' })).status).toBe(
      403,
    );
  });
});

describe('bad input stores nothing', () => {
  it.each([
    [{ householdSize: 4 }, 'householdSize', 'size_not_adults_plus_children'],
    [{ householdRef: '850709-9805' }, 'householdRef', 'personnummer_not_allowed'],
    [{ householdRef: '198507099805' }, 'householdRef', 'personnummer_not_allowed'],
    [{ householdRef: 'Anna Andersson' }, 'householdRef', 'invalid_reference'],
    [{ plannedReceptionOn: '2026-02-01' }, 'plannedReceptionOn', 'date_before_assignment'],
    [{ status: 'received' }, 'receivedOn', 'required'],
    [{ status: 'received', receivedOn: '2026-08-01' }, 'receivedOn', 'date_in_future'],
  ])('refuses %o', async (change, path, code) => {
    const before = await countRows(orgB);
    const res = await reporterB.post<ErrorBody>('/api/ledger/assignments', { ...valid, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toContainEqual(expect.objectContaining({ path, code }));
    expect(await countRows(orgB)).toBe(before);
  });

  it('refuses a reference used twice in a year', async () => {
    expect((await reporterB.post('/api/ledger/assignments', { ...valid, householdRef: 'B-1' })).status).toBe(
      201,
    );
    const res = await reporterB.post<ErrorBody>('/api/ledger/assignments', { ...valid, householdRef: 'B-1' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields?.[0]?.code).toBe('duplicate_reference');
  });
});

describe('another municipality', () => {
  it('cannot read or edit my rows (404) and sees only its own ledger', async () => {
    const mine = (await reporterA.get<Ledger>('/api/ledger')).body.assignments[0];
    if (!mine) throw new Error('no row');
    expect((await reporterB.get(`/api/ledger/assignments/${mine.id}`)).status).toBe(404);
    const res = await reporterB.patch(`/api/ledger/assignments/${mine.id}`, {
      version: mine.version,
      status: 'cancelled',
    });
    expect(res.status).toBe(404);
    const theirs = (await reporterB.get<Ledger>('/api/ledger')).body.assignments;
    expect(theirs.map((x) => x.householdRef)).not.toContain(mine.householdRef);
    expect((await reporterA.get<Assignment>(`/api/ledger/assignments/${mine.id}`)).body.status).toBe(
      'received',
    );
  });
});

describe('aggregates', () => {
  it('gives coordinators and the network Länsstyrelse totals per municipality, no references', async () => {
    for (const client of [coordinator, liaison]) {
      const res = await client.get<{ municipalities: { orgId: string; totals: Totals }[]; totals: Totals }>(
        `/api/networks/${networkId}/ledger?year=2026`,
      );
      expect(res.status).toBe(200);
      expect(res.body.totals).toMatchObject({
        kommuntal: 20,
        assigned: 6,
        received: 3,
        pending: 3,
        remaining: 17,
      });
      expect(res.body.municipalities.find((m) => m.orgId === orgA)?.totals.received).toBe(3);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('A-2026-001');
      expect(text).not.toContain('B-1');
      expect(text).not.toContain('householdRef');
    }
  });

  it('keeps coordinators and members away from household rows and other networks', async () => {
    expect((await coordinator.get('/api/ledger')).status).toBe(403);
    expect((await coordinator.post('/api/ledger/assignments', valid)).status).toBe(403);
    expect((await reporterA.get(`/api/networks/${networkId}/ledger`)).status).toBe(403);
    expect((await outsiderCoordinator.get(`/api/networks/${networkId}/ledger`)).status).toBe(404);
  });

  it('gives Länsstyrelsen its county, per municipality, and nobody else', async () => {
    const res = await liaison.get<{ scope: { kind: string }; municipalities: { orgId: string }[] }>(
      '/api/counties/14/ledger?year=2026',
    );
    expect(res.status).toBe(200);
    expect(res.body.scope.kind).toBe('county');
    expect(res.body.municipalities.map((m) => m.orgId)).toEqual(expect.arrayContaining([orgA, orgB]));
    expect(JSON.stringify(res.body)).not.toContain('householdRef');
    expect((await reporterA.get('/api/counties/14/ledger')).status).toBe(403);
    expect((await coordinator.get('/api/counties/14/ledger')).status).toBe(403);
    expect((await liaison.get('/api/counties/01/ledger')).status).toBe(404);
  });

  it('lists what each actor may view', async () => {
    const scopes = (
      await coordinator.get<{ municipality: unknown; networks: { id: string }[] }>('/api/reception/scopes')
    ).body;
    expect(scopes.municipality).toBeNull();
    expect(scopes.networks.map((n) => n.id)).toEqual([networkId]);
    const own = (
      await reporterA.get<{ municipality: { id: string; canEdit: boolean }; networks: unknown[] }>(
        '/api/reception/scopes',
      )
    ).body;
    expect(own.municipality).toMatchObject({ id: orgA, canEdit: true });
    expect(own.networks).toEqual([]);
    expect(
      (await liaison.get<{ networks: { id: string }[] }>('/api/reception/scopes')).body.networks.map(
        (n) => n.id,
      ),
    ).toEqual([networkId]);
  });
});

async function upload(
  client: TestClient,
  content: string,
  mode: 'dry_run' | 'commit',
  name = 'anvisningar.csv',
) {
  const form = new FormData();
  form.append('mode', mode);
  form.append('file', new File([new TextEncoder().encode(content)], name, { type: 'text/csv' }));
  const res = await client.raw('/api/ledger/imports', { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('import', () => {
  const header = 'hushållsreferens;storlek;vuxna;barn;målgrupp;anvisningsdatum;planerat mottagande;mottagen';

  it('lists errors per row and column in a dry run and on commit stores nothing', async () => {
    const csv = [
      header,
      'I-1;2;2;0;kvot;2026-05-04;;',
      'I-2;3;1;1;abo;2026-05-04;;',
      '850709-9805;1;1;0;lma;2026-05-04;;',
    ].join('\n');
    const before = await countRows(orgA);
    const dry = await upload(reporterA, csv, 'dry_run');
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'storlek',
        code: 'size_not_adults_plus_children',
        value: '3',
      }),
      expect.objectContaining({ row: 4, column: 'hushållsreferens', code: 'personnummer_not_allowed' }),
    ]);
    expect(String((dry.body.errors as { message: string }[])[0]?.message)).toMatch(/vuxna plus barn/);
    const commit = await upload(reporterA, csv, 'commit');
    expect(commit.status).toBe(422);
    expect(await countRows(orgA)).toBe(before);
  });

  it('imports all rows of a clean file, and refuses them again as duplicates', async () => {
    const csv = [
      header,
      'I-1;2;2;0;kvot;2026-05-04;2026-06-01;',
      'I-2;3;2;1;abo;2026-05-04;;2026-05-20',
    ].join('\n');
    const before = await countRows(orgA);
    const res = await upload(reporterA, csv, 'commit');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 2, errors: [] });
    expect(await countRows(orgA)).toBe(before + 2);
    const again = await upload(reporterA, csv, 'dry_run');
    expect((again.body.errors as { code: string }[]).map((e) => e.code)).toEqual([
      'duplicate_reference',
      'duplicate_reference',
    ]);
  });

  it('reads XLSX workbooks, dates as date cells included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Anvisningar');
    sheet.addRow(['Hushållsreferens', 'Storlek', 'Vuxna', 'Barn', 'Målgrupp', 'Anvisningsdatum', 'Mottagen']);
    sheet.addRow([
      'X-1',
      2,
      1,
      1,
      'Kvotflykting',
      new Date(Date.UTC(2026, 4, 11)),
      new Date(Date.UTC(2026, 5, 1)),
    ]);
    sheet.addRow(['X-2', 2, 1, 2, 'Kvotflykting', '2026-05-11', '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const form = new FormData();
    form.append('mode', 'dry_run');
    form.append('file', new File([bytes], 'anvisningar.xlsx'));
    const res = await reporterA.raw('/api/ledger/imports', { method: 'POST', body: form });
    const body = (await res.json()) as {
      format: string;
      rows: number;
      errors: { row: number; column: string; code: string }[];
    };
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ format: 'xlsx', rows: 2 });
    expect(body.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Storlek', code: 'size_not_adults_plus_children' }),
    ]);
  });

  it('is refused to those who may not edit', async () => {
    expect((await upload(coordinator, header, 'dry_run')).status).toBe(403);
  });
});

describe('planner exports', () => {
  it('creates assignments in the caller transaction and sums persons', async () => {
    const db = getDb().db;
    const ctx = { db, actor: { kind: 'system' as const }, now: () => NOW };
    const row = {
      orgId: orgB,
      householdRef: 'P-1',
      householdSize: 4,
      adults: 2,
      children: 2,
      targetGroup: 'skyddsbehovande_lma' as const,
      assignedOn: '2026-06-20',
      plannerRunId: '00000000-0000-4000-8000-000000000001',
    };
    const created = await db.transaction((tx) => createAssignmentsFromPlan(tx, ctx, [row]));
    expect(created[0]).toMatchObject({ source: 'planner', status: 'assigned' });
    await expect(
      db.transaction((tx) =>
        createAssignmentsFromPlan(tx, ctx, [
          { ...row, householdRef: 'P-2' },
          { ...row, adults: 3 },
        ]),
      ),
    ).rejects.toMatchObject({ code: 'validation' });
    expect((await getPendingPersons(db, 2026, [orgB])).get(orgB)).toBe(3 + 4);
    expect((await getReceivedPersons(db, 2026, [orgA, orgB])).get(orgB)).toBe(0);
    expect((await getReceivedPersons(db, 2026, [orgA])).get(orgA)).toBe(3 + 3);
  });

  it('creates a large batch in chunks, each row audited', async () => {
    const db = getDb().db;
    const ctx = { db, actor: { kind: 'system' as const }, now: () => NOW };
    const runId = '00000000-0000-4000-8000-000000000002';
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      orgId: i % 2 === 0 ? orgA : orgB,
      householdRef: `BATCH-${i}`,
      householdSize: 1,
      adults: 1,
      children: 0,
      targetGroup: 'skyddsbehovande_lma' as const,
      assignedOn: '2026-06-25',
      plannerRunId: runId,
    }));
    const created = await db.transaction((tx) => createAssignmentsFromPlan(tx, ctx, rows));
    expect(created).toHaveLength(1500);
    const audited = await db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.entityId,
          created.map((c) => c.id),
        ),
      );
    expect(audited).toHaveLength(1500);
    // The same batch again is refused whole: every reference is taken.
    await expect(
      db.transaction((tx) => createAssignmentsFromPlan(tx, ctx, rows.slice(0, 2))),
    ).rejects.toMatchObject({
      details: { fields: [expect.objectContaining({ code: 'duplicate_reference' }), expect.anything()] },
    });
  });
});
