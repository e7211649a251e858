import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { housingPlacements } from '../../db/schema/housing';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { getFreeHousing } from './housing.exports';

const getDb = useTestDatabase();
const NOW = new Date('2026-05-15T10:00:00Z');
let t: TestApp;
let reporterA: TestClient;
let reporterB: TestClient;
let coordinator: TestClient;
let orgA: string;
let orgB: string;
let networkId: string;

interface Unit {
  id: string;
  placesFree: number;
  version: number;
}
interface Placement {
  id: string;
  endOn: string;
  contractMonths: number;
  endOverridden: boolean;
  warning: string | null;
  version: number;
}
interface Forecast {
  months: { month: string; households: number; persons: number }[];
  warnings: Record<string, { households: number; persons: number }>;
}
interface Housing {
  canEdit: boolean;
  policy: { singleMonths: number; familyMonths: number; version: number };
  capacity: {
    total: { units: number; placesTotal: number; placesFree: number };
    byType: { type: string; placesFree: number }[];
  };
  units: Unit[];
  placements: Placement[];
  forecast: Forecast;
  large: { householdsNeedingUnit: number; freeLargeUnits: number; balance: number };
}
interface ErrorBody {
  error: {
    code: string;
    details: { fields?: { path: string; code: string }[]; current?: Record<string, unknown> };
  };
}

beforeAll(async () => {
  t = createTestApp(getDb(), { now: NOW });
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const a = await makeOrg(db);
  const b = await makeOrg(db);
  orgA = a.id;
  orgB = b.id;
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [a.id, b.id] })).id;
  const signIn = async (orgId: string, role: 'coordinator' | 'reporter') =>
    t.signIn((await makeUser(db, { orgId, roles: [role] })).email, TEST_PASSWORD);
  reporterA = await signIn(a.id, 'reporter');
  reporterB = await signIn(b.id, 'reporter');
  coordinator = await signIn(owner.id, 'coordinator');
});

const bigUnit = {
  label: 'Storgatan 3',
  type: 'temporar_lagenhet',
  rooms: 4,
  beds: 6,
  accessible: true,
  placesTotal: 6,
  placesOccupied: 0,
  changedOn: '2026-05-01',
};

describe('policy and placements', () => {
  let unitId: string;

  it('computes contract ends from the municipality policy', async () => {
    const saved = await reporterA.put('/api/housing/policy', {
      version: 0,
      singleMonths: 24,
      familyMonths: 48,
      largeHouseholdSize: 5,
    });
    expect(saved.status).toBe(200);
    unitId = (await reporterA.post<Unit>('/api/housing/units', bigUnit)).body.id;
    const single = await reporterA.post<Placement>('/api/housing/placements', {
      householdRef: 'A-H-1',
      householdSize: 1,
      startOn: '2024-06-10',
    });
    expect(single.status).toBe(201);
    expect(single.body).toMatchObject({
      contractMonths: 24,
      endOn: '2026-06-09',
      warning: 'within_1',
      endOverridden: false,
    });
    const family = await reporterA.post<Placement>('/api/housing/placements', {
      householdRef: 'A-H-2',
      householdSize: 5,
      unitId,
      startOn: '2022-08-01',
    });
    expect(family.body).toMatchObject({ contractMonths: 48, endOn: '2026-07-31', warning: 'within_3' });
    const overridden = await reporterA.post<Placement>('/api/housing/placements', {
      householdRef: 'A-H-3',
      householdSize: 2,
      startOn: '2026-01-01',
      endOn: '2026-10-31',
    });
    expect(overridden.body).toMatchObject({ endOn: '2026-10-31', endOverridden: true, warning: 'within_6' });
  });

  it('forecasts contract ends per month with 6/3/1-month warnings and large households', async () => {
    const res = await reporterA.get<Housing>('/api/housing');
    expect(res.status).toBe(200);
    const f = res.body.forecast;
    expect(f.months[0]?.month).toBe('2026-05');
    expect(f.months.find((m) => m.month === '2026-06')).toEqual({
      month: '2026-06',
      households: 1,
      persons: 1,
    });
    expect(f.months.find((m) => m.month === '2026-07')).toEqual({
      month: '2026-07',
      households: 1,
      persons: 5,
    });
    expect(f.warnings).toEqual({
      within_1: { households: 1, persons: 1 },
      within_3: { households: 1, persons: 5 },
      within_6: { households: 1, persons: 2 },
    });
    expect(res.body.large).toMatchObject({ householdsNeedingUnit: 1, freeLargeUnits: 1, balance: 0 });
    expect(res.body.capacity.total).toMatchObject({ units: 1, placesTotal: 6, placesFree: 6 });
  });

  it('recomputes the end when the start moves, keeps a hand-set end, and audits', async () => {
    const list = (await reporterA.get<Housing>('/api/housing')).body.placements;
    const single = list.find((p) => p.endOn === '2026-06-09') as Placement;
    const moved = await reporterA.patch<Placement>(`/api/housing/placements/${single.id}`, {
      version: single.version,
      startOn: '2025-01-01',
    });
    expect(moved.body).toMatchObject({ endOn: '2026-12-31', warning: null, version: 2 });
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, single.id));
    expect(audit.map((a) => a.action)).toEqual(['housing.placement.create', 'housing.placement.update']);
    const stale = await reporterA.patch<ErrorBody>(`/api/housing/placements/${single.id}`, {
      version: 1,
      householdSize: 2,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ version: 2 });
  });

  it('records count changes in the unit history with their date', async () => {
    const res = await reporterA.patch<Unit>(`/api/housing/units/${unitId}`, {
      version: 1,
      placesOccupied: 5,
      changedOn: '2026-05-10',
    });
    expect(res.body).toMatchObject({ placesFree: 1, version: 2 });
    const history = await reporterA.get<{ history: { changedOn: string; placesOccupied: number }[] }>(
      `/api/housing/units/${unitId}/history`,
    );
    expect(history.body.history).toEqual([
      expect.objectContaining({ changedOn: '2026-05-10', placesOccupied: 5 }),
      expect.objectContaining({ changedOn: '2026-05-01', placesOccupied: 0 }),
    ]);
    const renamed = await reporterA.patch<Unit>(`/api/housing/units/${unitId}`, {
      version: 2,
      label: 'Storgatan 3 A',
    });
    expect(renamed.status).toBe(200);
    expect(
      (await reporterA.get<{ history: unknown[] }>(`/api/housing/units/${unitId}/history`)).body.history,
    ).toHaveLength(2);
  });
});

describe('bad input stores nothing', () => {
  it.each([
    ['/api/housing/units', { ...bigUnit, placesOccupied: 7 }, 'placesOccupied', 'occupied_exceeds_total'],
    [
      '/api/housing/placements',
      { householdRef: '19850709-9805', householdSize: 1, startOn: '2026-01-01' },
      'householdRef',
      'personnummer_not_allowed',
    ],
    [
      '/api/housing/placements',
      { householdRef: 'B-1', householdSize: 1, startOn: '2026-01-01', endOn: '2025-12-01' },
      'endOn',
      'end_before_start',
    ],
  ])('refuses %s %o', async (path, body, field, code) => {
    const before = (
      await getDb().db.select().from(housingPlacements).where(eq(housingPlacements.orgId, orgB))
    ).length;
    const res = await reporterB.post<ErrorBody>(path, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toContainEqual(expect.objectContaining({ path: field, code }));
    expect(
      (await getDb().db.select().from(housingPlacements).where(eq(housingPlacements.orgId, orgB))).length,
    ).toBe(before);
  });
});

describe('other municipalities and coordinators', () => {
  it('cannot see or change my units and placements', async () => {
    const mine = (await reporterA.get<Housing>('/api/housing')).body;
    const unit = mine.units[0] as Unit;
    const placement = mine.placements[0] as Placement;
    expect((await reporterB.get(`/api/housing/units/${unit.id}/history`)).status).toBe(404);
    expect(
      (await reporterB.patch(`/api/housing/units/${unit.id}`, { version: unit.version, label: 'x' })).status,
    ).toBe(404);
    expect(
      (
        await reporterB.patch(`/api/housing/placements/${placement.id}`, {
          version: placement.version,
          householdSize: 2,
        })
      ).status,
    ).toBe(404);
    const res = await reporterB.post<ErrorBody>('/api/housing/placements', {
      householdRef: 'B-2',
      householdSize: 2,
      startOn: '2026-01-01',
      unitId: unit.id,
    });
    expect(res.body.error.details.fields).toContainEqual(
      expect.objectContaining({ path: 'unitId', code: 'unknown_unit' }),
    );
    expect((await reporterB.get<Housing>('/api/housing')).body.units).toEqual([]);
  });

  it('shows the network aggregates to the coordinator, without references', async () => {
    expect((await coordinator.get('/api/housing')).status).toBe(403);
    const res = await coordinator.get<{
      capacity: Housing['capacity'];
      forecast: Forecast;
      municipalities: { orgId: string }[];
    }>(`/api/networks/${networkId}/housing`);
    expect(res.status).toBe(200);
    expect(res.body.municipalities.map((m) => m.orgId).sort()).toEqual([orgA, orgB].sort());
    expect(res.body.capacity.total.placesFree).toBe(1);
    expect(res.body.forecast.warnings.within_3).toEqual({ households: 1, persons: 5 });
    expect(JSON.stringify(res.body)).not.toMatch(/A-H-|householdRef|Storgatan/);
    expect((await reporterA.get(`/api/networks/${networkId}/housing`)).status).toBe(403);
  });
});

describe('planner export', () => {
  it('gives free places and units with space per organisation', async () => {
    const free = await getFreeHousing(getDb().db, [orgA, orgB]);
    expect(free.get(orgA)).toEqual({
      freePlaces: 1,
      units: [{ beds: 6, rooms: 4, accessible: true, free: 1 }],
    });
    expect(free.get(orgB)).toEqual({ freePlaces: 0, units: [] });
  });
});
