import { contractEnd, contractMonths, unitCountProblems } from '../../../core/reception/housing';
import { referenceProblem } from '../../../core/reception/ledger';
import { writeAudit } from '../../platform/audit';
import { actorUserId, type Ctx, inTransaction } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { todayOf } from '../ledger/ledger-dates';
import { assertOwnRow, loadOwnMunicipality, type OwnMunicipality } from '../ledger/reception-scope';
import * as repo from './housing.repository';
import { capacityOf, outlookOf, policyOf, presentPlacement, presentUnit } from './housing-view';

function invalid(fields: { path: string; code: string }[]): AppError {
  return new AppError('validation', { fields });
}

/** The municipality's housing: policy, capacity by type, units, placements and the outlook. */
export async function getOwnHousing(ctx: Ctx) {
  const own = await loadOwnMunicipality(ctx);
  const today = todayOf(ctx);
  const [policyRow, units, placements] = await Promise.all([
    repo.findPolicy(ctx.db, own.org.id),
    repo.listUnits(ctx.db, [own.org.id]),
    repo.listPlacements(ctx.db, [own.org.id]),
  ]);
  const policy = policyOf(policyRow);
  const labels = new Map(units.map((u) => [u.id, u.label]));
  return {
    municipality: { id: own.org.id, name: own.org.name },
    canEdit: own.canEdit,
    today,
    policy,
    capacity: capacityOf(units),
    units: units.map(presentUnit),
    placements: placements.map((p) => presentPlacement(p, labels, today)),
    ...outlookOf(placements, units, policy, today),
  };
}

export async function savePolicy(
  ctx: Ctx,
  input: { version: number; singleMonths: number; familyMonths: number; largeHouseholdSize: number },
) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const { version, ...values } = input;
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findPolicy(tx.db, own.org.id);
    const conflict = () => new AppError('version_conflict', { current: policyOf(before) });
    if ((before?.version ?? 0) !== version) throw conflict();
    const row = before
      ? await repo.updatePolicy(tx.db, own.org.id, version, values)
      : await repo.insertPolicy(tx.db, { orgId: own.org.id, ...values });
    if (!row) throw conflict();
    await writeAudit(tx, {
      action: 'housing.policy',
      entityType: 'organisation',
      entityId: own.org.id,
      before: policyOf(before),
      after: policyOf(row),
    });
    return policyOf(row);
  });
}

type UnitInput = {
  label: string;
  type: repo.UnitRow['type'];
  rooms: number;
  beds: number;
  accessible: boolean;
  placesTotal: number;
  placesOccupied: number;
  changedOn?: string | undefined;
};

function checkCounts(u: { placesTotal: number; placesOccupied: number }, changedOn: string, today: string) {
  const problems = unitCountProblems(u);
  if (changedOn > today) problems.push({ path: 'changedOn', code: 'date_in_future' });
  if (problems.length > 0) throw invalid(problems);
}

export async function createUnit(ctx: Ctx, input: UnitInput) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const today = todayOf(ctx);
  const { changedOn = today, ...values } = input;
  checkCounts(values, changedOn, today);
  return inTransaction(ctx, async (tx) => {
    const [row] = await repo.insertUnits(tx.db, [{ ...values, orgId: own.org.id }]);
    if (!row) throw new Error('unit not inserted');
    await repo.insertUnitStatus(tx.db, [
      {
        unitId: row.id,
        changedOn,
        placesTotal: row.placesTotal,
        placesOccupied: row.placesOccupied,
        changedBy: actorUserId(ctx.actor),
      },
    ]);
    const presented = presentUnit(row);
    await writeAudit(tx, {
      action: 'housing.unit.create',
      entityType: 'housing_unit',
      entityId: row.id,
      after: presented,
    });
    return presented;
  });
}

async function loadOwnUnit(ctx: Ctx, own: OwnMunicipality, id: string) {
  const row = await repo.findUnit(ctx.db, id);
  assertOwnRow(own, row, 'housing_unit');
  return row as repo.UnitRow;
}

/** Changes a unit; a change of its counts is recorded in the status history on `changedOn`. */
export async function updateUnit(ctx: Ctx, id: string, patch: Partial<UnitInput> & { version: number }) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const today = todayOf(ctx);
  const before = await loadOwnUnit(ctx, own, id);
  if (before.version !== patch.version)
    throw new AppError('version_conflict', { current: presentUnit(before) });
  const { version, changedOn = today, ...changes } = patch;
  const merged = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  };
  checkCounts(merged, changedOn, today);
  const countsChanged =
    merged.placesTotal !== before.placesTotal || merged.placesOccupied !== before.placesOccupied;
  return inTransaction(ctx, async (tx) => {
    const row = await repo.updateUnit(tx.db, id, version, {
      label: merged.label,
      type: merged.type,
      rooms: merged.rooms,
      beds: merged.beds,
      accessible: merged.accessible,
      placesTotal: merged.placesTotal,
      placesOccupied: merged.placesOccupied,
    });
    if (!row) {
      const latest = await repo.findUnit(tx.db, id);
      throw new AppError('version_conflict', { current: latest ? presentUnit(latest) : null });
    }
    if (countsChanged) {
      await repo.insertUnitStatus(tx.db, [
        {
          unitId: id,
          changedOn,
          placesTotal: row.placesTotal,
          placesOccupied: row.placesOccupied,
          changedBy: actorUserId(ctx.actor),
        },
      ]);
    }
    const presented = presentUnit(row);
    await writeAudit(tx, {
      action: 'housing.unit.update',
      entityType: 'housing_unit',
      entityId: id,
      before: presentUnit(before),
      after: { ...presented, ...(countsChanged ? { changedOn } : {}) },
    });
    return presented;
  });
}

export async function getUnitHistory(ctx: Ctx, id: string) {
  const own = await loadOwnMunicipality(ctx);
  const u = await loadOwnUnit(ctx, own, id);
  const rows = await repo.listUnitStatus(ctx.db, id);
  return {
    unit: presentUnit(u),
    history: rows.map((r) => ({
      changedOn: r.changedOn,
      placesTotal: r.placesTotal,
      placesOccupied: r.placesOccupied,
      placesFree: r.placesTotal - r.placesOccupied,
    })),
  };
}

interface PlacementInput {
  householdRef: string;
  householdSize: number;
  unitId?: string | null | undefined;
  startOn: string;
  contractMonths?: number | undefined;
  endOn?: string | null | undefined;
  endedOn?: string | null | undefined;
}

async function checkPlacement(ctx: Ctx, own: OwnMunicipality, p: PlacementInput & { endOn: string }) {
  const problems: { path: string; code: string }[] = [];
  const ref = referenceProblem(p.householdRef);
  if (ref) problems.push({ path: 'householdRef', code: ref });
  if (p.endOn < p.startOn) problems.push({ path: 'endOn', code: 'end_before_start' });
  if (p.endedOn && p.endedOn < p.startOn) problems.push({ path: 'endedOn', code: 'end_before_start' });
  if (p.unitId) {
    const u = await repo.findUnit(ctx.db, p.unitId);
    if (!u || u.orgId !== own.org.id) problems.push({ path: 'unitId', code: 'unknown_unit' });
  }
  if (problems.length > 0) throw invalid(problems);
}

async function labelsOf(ctx: Ctx, own: OwnMunicipality) {
  return new Map((await repo.listUnits(ctx.db, [own.org.id])).map((u) => [u.id, u.label]));
}

/** A household's contract; its length follows the municipality's policy unless given. */
export async function createPlacement(ctx: Ctx, input: PlacementInput) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const today = todayOf(ctx);
  const policy = policyOf(await repo.findPolicy(ctx.db, own.org.id));
  const months = input.contractMonths ?? contractMonths(policy, input.householdSize);
  const endOn = input.endOn ?? contractEnd(input.startOn, months);
  const values = { ...input, contractMonths: months, endOn };
  await checkPlacement(ctx, own, values);
  return inTransaction(ctx, async (tx) => {
    const [row] = await repo.insertPlacements(tx.db, [
      {
        orgId: own.org.id,
        householdRef: values.householdRef,
        householdSize: values.householdSize,
        unitId: values.unitId ?? null,
        startOn: values.startOn,
        contractMonths: months,
        endOn,
        endOverridden: Boolean(input.endOn),
        endedOn: input.endedOn ?? null,
      },
    ]);
    if (!row) throw new Error('placement not inserted');
    const presented = presentPlacement(row, await labelsOf(tx, own), today);
    await writeAudit(tx, {
      action: 'housing.placement.create',
      entityType: 'placement',
      entityId: row.id,
      after: presented,
    });
    return presented;
  });
}

/**
 * Changes a placement. A computed end date follows changes of start, size or length; an
 * end date given by hand stays until `endOn: null` asks for it to be computed again.
 */
export async function updatePlacement(
  ctx: Ctx,
  id: string,
  patch: Partial<PlacementInput> & { version: number },
) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const today = todayOf(ctx);
  const before = await repo.findPlacement(ctx.db, id);
  assertOwnRow(own, before, 'placement');
  const b = before as repo.PlacementRow;
  const labels = await labelsOf(ctx, own);
  if (b.version !== patch.version)
    throw new AppError('version_conflict', { current: presentPlacement(b, labels, today) });
  const policy = policyOf(await repo.findPolicy(ctx.db, own.org.id));
  const householdSize = patch.householdSize ?? b.householdSize;
  const startOn = patch.startOn ?? b.startOn;
  const sizeChangedKind =
    patch.householdSize !== undefined && patch.householdSize <= 1 !== b.householdSize <= 1;
  const months =
    patch.contractMonths ?? (sizeChangedKind ? contractMonths(policy, householdSize) : b.contractMonths);
  const overridden = patch.endOn === undefined ? b.endOverridden : patch.endOn !== null;
  const endOn = patch.endOn ? patch.endOn : overridden ? b.endOn : contractEnd(startOn, months);
  const merged = {
    householdRef: patch.householdRef ?? b.householdRef,
    householdSize,
    unitId: patch.unitId === undefined ? b.unitId : patch.unitId,
    startOn,
    contractMonths: months,
    endOn,
    endOverridden: overridden,
    endedOn: patch.endedOn === undefined ? b.endedOn : patch.endedOn,
  };
  await checkPlacement(ctx, own, merged);
  return inTransaction(ctx, async (tx) => {
    const row = await repo.updatePlacement(tx.db, id, patch.version, merged);
    if (!row) {
      const latest = await repo.findPlacement(tx.db, id);
      throw new AppError('version_conflict', {
        current: latest ? presentPlacement(latest, labels, today) : null,
      });
    }
    const presented = presentPlacement(row, labels, today);
    await writeAudit(tx, {
      action: 'housing.placement.update',
      entityType: 'placement',
      entityId: id,
      before: presentPlacement(b, labels, today),
      after: presented,
    });
    return presented;
  });
}
