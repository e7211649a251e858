import { inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
  type ContractPolicy,
  contractEnd,
  contractMonths,
  DEFAULT_POLICY,
  type HousingType,
} from '../../core/reception/housing';
import { elapsedShareOfYear, type TargetGroup } from '../../core/reception/ledger';
import { ZONE } from '../../core/time/iso-week';
import { receptionAssignments } from '../db/schema/ledger';
import { organisations } from '../db/schema/registry';
import * as housingRepo from '../modules/housing/housing.repository';
import { lookupKommuntal } from '../modules/ledger/kommuntal';
import * as ledgerRepo from '../modules/ledger/ledger.repository';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../platform/context';
import { randomFor } from './demo-report-answers';
import { readGrMemberCodes } from './registry-data';

/** A few municipalities outside GR, so county and national views have something. */
const OTHERS = ['0180', '1280', '0380', '1380'];
/** Receives slowly: 3 received, 3 on the way, planned dates passed (the seeds' "3 of over 60"). */
const BEHIND = '1441';
/** ~30 households in shared housing that will not be approved: contracts end in the coming months. */
const RELOCATING = '1402';
/** Contract rules the seeds describe (months: singles, families). */
const POLICIES: Record<string, Partial<ContractPolicy>> = {
  '1480': { singleMonths: 48, familyMonths: 60 },
  '1481': { singleMonths: 24, familyMonths: 24 },
  '1482': { singleMonths: 24, familyMonths: 48 },
  '1407': { singleMonths: 24, familyMonths: 24 },
  '1489': { singleMonths: 12, familyMonths: 12 },
  '1384': { singleMonths: 24, familyMonths: 24 },
};
const SCALE: Record<string, number> = { '1480': 4, '0180': 5, '1280': 3, '0380': 2 };

type Rand = () => number;
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
const between = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function household(r: Rand) {
  const size = pick(r, [1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7]);
  const adults = size === 1 ? 1 : Math.min(size, pick(r, [1, 2, 2]));
  return { householdSize: size, adults, children: size - adults };
}

type Kind = 'received' | 'pending' | 'overdue' | 'cancelled';

/**
 * What happened to each household assigned this year. With an adopted kommuntal the
 * received persons keep pace with the year (within a few percent), so only BEHIND is behind
 * plan; without one, a handful of households. A few are still on their way.
 */
function fates(
  r: Rand,
  code: string,
  kommuntal: number | null,
  today: DateTime,
): { kind: Kind; h: ReturnType<typeof household> }[] {
  const withSize = (kind: Kind) => ({ kind, h: household(r) });
  if (code === BEHIND) {
    return (['received', 'received', 'received', 'overdue', 'overdue', 'overdue'] as const).map(withSize);
  }
  const received =
    kommuntal === null
      ? Math.round(between(r, 4, 10) * (SCALE[code] ?? 1)) * MEAN_SIZE
      : kommuntal * elapsedShareOfYear(today.year, today.toISODate() ?? '') * (0.97 + r() * 0.08);
  const out: { kind: Kind; h: ReturnType<typeof household> }[] = [];
  for (let persons = 0; persons < received; ) {
    const next = withSize('received');
    persons += next.h.householdSize;
    out.push(next);
  }
  for (let i = between(r, 1, 3); i > 0; i--) out.push(withSize('pending'));
  if (r() < 0.5) out.push(withSize('cancelled'));
  return out;
}

const MEAN_SIZE = 38 / 11;

function assignmentsFor(orgId: string, code: string, kommuntal: number | null, today: DateTime) {
  const r = randomFor('reception', 'assignments', code);
  const year = today.year;
  const start = DateTime.fromObject({ year, month: 1, day: 8 }, { zone: ZONE });
  const span = Math.max(1, Math.floor(today.diff(start, 'days').days));
  const kinds = fates(r, code, kommuntal, today);
  const receivedCount = kinds.filter((k) => k.kind === 'received').length;
  const rows: ledgerRepo.NewAssignment[] = [];
  kinds.forEach(({ kind, h }, i) => {
    const group: TargetGroup = pick(r, [
      'kvotflykting',
      'kvotflykting',
      'skyddsbehovande_lma',
      'anlaggningsboende',
    ]);
    let assigned: DateTime;
    let planned: DateTime;
    let received: DateTime | null = null;
    if (kind === 'received') {
      // Spread over the year up to six weeks ago, received about a month after.
      assigned = start.plus({ days: Math.floor(((i + r()) / receivedCount) * Math.max(1, span - 45)) });
      planned = assigned.plus({ days: between(r, 21, 40) });
      received = planned.plus({ days: between(r, -3, 3) });
      if (received > today) received = today;
      if (received < assigned) received = assigned;
    } else if (kind === 'overdue') {
      assigned = start.plus({ days: Math.floor(span * (0.3 + 0.1 * i)) });
      planned = assigned.plus({ days: 30 });
      if (planned >= today) planned = assigned;
    } else {
      assigned = today.minus({ days: between(r, 0, 30) });
      planned = today.plus({ days: between(r, 7, 40) });
    }
    if (assigned > today) assigned = today;
    if (assigned.year < year) assigned = start;
    rows.push({
      orgId,
      year,
      householdRef: `AN-${code}-${year}-${String(i + 1).padStart(3, '0')}`,
      ...h,
      targetGroup: group,
      assignedOn: assigned.toISODate() ?? '',
      plannedReceptionOn: planned.toISODate(),
      receivedOn: received?.toISODate() ?? null,
      status: kind === 'received' ? 'received' : kind === 'cancelled' ? 'cancelled' : 'assigned',
      source: 'manual',
    });
  });
  return rows;
}

const UNIT_PLAN: {
  type: HousingType;
  count: [number, number];
  places: [number, number];
  rooms: [number, number];
}[] = [
  { type: 'kollektivt_boende', count: [1, 2], places: [12, 30], rooms: [8, 20] },
  { type: 'mellanboende', count: [1, 2], places: [6, 12], rooms: [4, 8] },
  { type: 'temporar_lagenhet', count: [4, 8], places: [2, 6], rooms: [1, 4] },
  { type: 'andrahandskontrakt', count: [3, 6], places: [1, 5], rooms: [1, 4] },
  { type: 'evakueringsplats', count: [1, 1], places: [10, 25], rooms: [5, 12] },
];

function unitsFor(orgId: string, code: string) {
  const r = randomFor('reception', 'units', code);
  const units: housingRepo.NewUnit[] = [];
  const streets = [
    'Storgatan',
    'Kyrkvägen',
    'Skolgatan',
    'Ängsvägen',
    'Hamngatan',
    'Björkvägen',
    'Parkgatan',
  ];
  for (const plan of UNIT_PLAN) {
    const n = Math.round(between(r, ...plan.count) * Math.sqrt(SCALE[code] ?? 1));
    for (let i = 0; i < n; i++) {
      const places = between(r, ...plan.places);
      const shared =
        plan.type === 'kollektivt_boende' || plan.type === 'mellanboende' || plan.type === 'evakueringsplats';
      const rooms = shared
        ? between(r, ...plan.rooms)
        : Math.max(1, Math.min(places, between(r, ...plan.rooms)));
      units.push({
        orgId,
        label: `${pick(r, streets)} ${between(r, 1, 60)}${shared ? '' : `, lgh ${between(r, 1001, 1304)}`}`,
        type: plan.type,
        rooms,
        beds: places,
        accessible: r() < 0.3,
        placesTotal: places,
        placesOccupied:
          code === RELOCATING && plan.type === 'kollektivt_boende'
            ? places
            : Math.floor(places * (0.5 + r() * 0.5)),
      });
    }
  }
  return units;
}

function placementsFor(
  orgId: string,
  code: string,
  units: housingRepo.UnitRow[],
  policy: ContractPolicy,
  today: DateTime,
): housingRepo.NewPlacement[] {
  const r = randomFor('reception', 'placements', code);
  const homes = units.filter((u) => u.type === 'temporar_lagenhet' || u.type === 'andrahandskontrakt');
  const out: housingRepo.NewPlacement[] = [];
  const count = Math.round(between(r, 8, 18) * Math.sqrt(SCALE[code] ?? 1));
  for (let i = 0; i < count; i++) {
    const { householdSize } = household(r);
    const months = contractMonths(policy, householdSize);
    // Starts spread so that ends fall from two months ago to a year and a half ahead.
    const end = today.plus({ days: between(r, -60, 540) });
    const start = end.minus({ months }).plus({ days: 1 });
    const unit = homes.length > 0 ? pick(r, homes) : undefined;
    const startOn = start.toISODate() ?? '';
    const ended = end < today && r() < 0.5;
    out.push({
      orgId,
      householdRef: `BO-${code}-${String(i + 1).padStart(3, '0')}`,
      householdSize,
      unitId: unit?.id ?? null,
      startOn,
      contractMonths: months,
      endOn: contractEnd(startOn, months),
      endedOn: ended
        ? (DateTime.min(end.plus({ days: between(r, 1, 20) }), today) ?? today).toISODate()
        : null,
    });
  }
  if (code === RELOCATING) {
    const shared = units.find((u) => u.type === 'kollektivt_boende');
    for (let i = 0; i < 31; i++) {
      const { householdSize } = household(r);
      const startOn = today.minus({ months: between(r, 8, 20) }).toISODate() ?? '';
      // The shared housing will not be approved after the month after next: all of them move then.
      const endOn = today.plus({ months: 2 }).endOf('month').toISODate() ?? '';
      out.push({
        orgId,
        householdRef: `KB-${code}-${String(i + 1).padStart(3, '0')}`,
        householdSize,
        unitId: shared?.id ?? null,
        startOn,
        contractMonths: contractMonths(policy, householdSize),
        endOn,
        endOverridden: true,
        endedOn: null,
      });
    }
  }
  return out;
}

/**
 * Synthetic reception data: this year's anvisningar (most received, some pending, Lerum
 * behind plan), housing units of every type with a dated history, and households' contracts
 * with ends in the coming months (Partille: 31 households to relocate). Deterministic; runs
 * once, on a database without anvisningar.
 */
export async function seedDemoReception(
  ctx: Ctx,
): Promise<{ assignments: number; units: number; placements: number }> {
  const existing = await ctx.db.select({ id: receptionAssignments.id }).from(receptionAssignments).limit(1);
  if (existing.length > 0) return { assignments: 0, units: 0, placements: 0 };
  const codes = [...readGrMemberCodes(), ...OTHERS];
  const orgs = await ctx.db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations)
    .where(inArray(organisations.code, codes));
  const today = DateTime.fromJSDate(nowOf(ctx), { zone: ZONE }).startOf('day');
  const kommuntal = await lookupKommuntal(
    ctx.db,
    today.year,
    orgs.map((o) => o.id),
  );
  return inTransaction(ctx, async (tx) => {
    let assignments = 0;
    let unitCount = 0;
    let placementCount = 0;
    for (const org of orgs) {
      const code = org.code ?? '';
      assignments += (
        await ledgerRepo.insertAssignments(
          tx.db,
          assignmentsFor(org.id, code, kommuntal.get(org.id) ?? null, today),
        )
      ).length;
      const policy = { ...DEFAULT_POLICY, ...POLICIES[code] };
      if (POLICIES[code]) await housingRepo.insertPolicy(tx.db, { orgId: org.id, ...policy });
      const units = await housingRepo.insertUnits(tx.db, unitsFor(org.id, code));
      unitCount += units.length;
      const r = randomFor('reception', 'history', code);
      await housingRepo.insertUnitStatus(
        tx.db,
        units.flatMap((u) => {
          const first = today.minus({ days: between(r, 120, 300) }).toISODate() ?? '';
          const later = today.minus({ days: between(r, 5, 100) }).toISODate() ?? '';
          const earlierOccupied = Math.max(0, u.placesOccupied - between(r, 0, 3));
          return [
            { unitId: u.id, changedOn: first, placesTotal: u.placesTotal, placesOccupied: earlierOccupied },
            ...(earlierOccupied !== u.placesOccupied
              ? [
                  {
                    unitId: u.id,
                    changedOn: later,
                    placesTotal: u.placesTotal,
                    placesOccupied: u.placesOccupied,
                  },
                ]
              : []),
          ];
        }),
      );
      placementCount += (
        await housingRepo.insertPlacements(tx.db, placementsFor(org.id, code, units, policy, today))
      ).length;
    }
    await writeAudit(tx, {
      action: 'reception.demo_seed',
      entityType: 'system',
      entityId: 'demo-reception',
      after: { municipalities: orgs.length, assignments, units: unitCount, placements: placementCount },
    });
    return { assignments, units: unitCount, placements: placementCount };
  });
}
