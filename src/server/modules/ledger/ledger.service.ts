import {
  type AssignmentFields,
  assignmentProblems,
  behindPlan,
  ledgerTotals,
  weeklyTrend,
} from '../../../core/reception/ledger';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { isUniqueViolation } from '../registry/unique-violation';
import { lookupKommuntal } from './kommuntal';
import * as repo from './ledger.repository';
import { todayOf, yearOf } from './ledger-dates';
import { assertOwnRow, loadOwnMunicipality } from './reception-scope';

export function presentAssignment(row: repo.AssignmentRow, today: string) {
  return {
    id: row.id,
    orgId: row.orgId,
    year: row.year,
    householdRef: row.householdRef,
    householdSize: row.householdSize,
    adults: row.adults,
    children: row.children,
    targetGroup: row.targetGroup,
    assignedOn: row.assignedOn,
    plannedReceptionOn: row.plannedReceptionOn,
    receivedOn: row.receivedOn,
    status: row.status,
    source: row.source,
    plannerRunId: row.plannerRunId,
    overdue: row.status === 'assigned' && row.plannedReceptionOn !== null && row.plannedReceptionOn < today,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PresentedAssignment = ReturnType<typeof presentAssignment>;

/** Throws 400 with every field problem, so nothing is stored. */
export function checkAssignment(fields: AssignmentFields, today: string, prefix = ''): void {
  const problems = assignmentProblems(fields, today);
  if (problems.length > 0) {
    throw new AppError('validation', {
      fields: problems.map((p) => ({ path: `${prefix}${p.path}`, code: p.code })),
    });
  }
}

function duplicateReference(prefix = ''): AppError {
  return new AppError('validation', {
    fields: [{ path: `${prefix}householdRef`, code: 'duplicate_reference' }],
  });
}

/** The municipality's ledger for a year: totals against the kommuntal, weekly trend, rows. */
export async function getOwnLedger(ctx: Ctx, year: number | undefined) {
  const own = await loadOwnMunicipality(ctx);
  const today = todayOf(ctx);
  const y = year ?? yearOf(today);
  const rows = await repo.listAssignments(ctx.db, own.org.id, y);
  const kommuntal = (await lookupKommuntal(ctx.db, y, [own.org.id])).get(own.org.id) ?? null;
  const totals = ledgerTotals(rows, kommuntal, today);
  return {
    municipality: { id: own.org.id, name: own.org.name },
    year: y,
    canEdit: own.canEdit,
    totals,
    behind: behindPlan(totals, y, today),
    trend: weeklyTrend(rows, y, today),
    assignments: rows.map((r) => presentAssignment(r, today)),
  };
}

export async function getAssignment(ctx: Ctx, id: string) {
  const own = await loadOwnMunicipality(ctx);
  const row = await repo.findAssignment(ctx.db, id);
  assertOwnRow(own, row, 'assignment');
  return presentAssignment(row as repo.AssignmentRow, todayOf(ctx));
}

export interface AssignmentInput {
  householdRef: string;
  householdSize: number;
  adults: number;
  children: number;
  targetGroup: repo.AssignmentRow['targetGroup'];
  assignedOn: string;
  plannedReceptionOn?: string | null | undefined;
  receivedOn?: string | null | undefined;
  status?: repo.AssignmentRow['status'] | undefined;
}

export function fieldsOf(input: AssignmentInput): AssignmentFields {
  return {
    householdRef: input.householdRef,
    householdSize: input.householdSize,
    adults: input.adults,
    children: input.children,
    status: input.status ?? (input.receivedOn ? 'received' : 'assigned'),
    assignedOn: input.assignedOn,
    plannedReceptionOn: input.plannedReceptionOn ?? null,
    receivedOn: input.receivedOn ?? null,
  };
}

export async function createAssignment(ctx: Ctx, input: AssignmentInput) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const today = todayOf(ctx);
  const fields = fieldsOf(input);
  checkAssignment(fields, today);
  const taken = await repo.existingReferences(ctx.db, own.org.id, yearOf(fields.assignedOn), [
    fields.householdRef,
  ]);
  if (taken.size > 0) throw duplicateReference();
  return inTransaction(ctx, async (tx) => {
    let row: repo.AssignmentRow | undefined;
    try {
      [row] = await repo.insertAssignments(tx.db, [
        {
          ...fields,
          orgId: own.org.id,
          year: yearOf(fields.assignedOn),
          targetGroup: input.targetGroup,
          source: 'manual',
        },
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateReference();
      throw error;
    }
    if (!row) throw new Error('assignment not inserted');
    const presented = presentAssignment(row, today);
    await writeAudit(tx, {
      action: 'assignment.create',
      entityType: 'assignment',
      entityId: row.id,
      after: presented,
    });
    return presented;
  });
}

type Patch = Partial<AssignmentInput> & { version: number };

/**
 * Changes an assignment (fields or status). 409 `version_conflict` with the current row
 * when someone saved in between; nothing is stored then.
 */
export async function updateAssignment(ctx: Ctx, id: string, patch: Patch) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const today = todayOf(ctx);
  const current = await repo.findAssignment(ctx.db, id);
  assertOwnRow(own, current, 'assignment');
  const before = current as repo.AssignmentRow;
  const conflict = () => new AppError('version_conflict', { current: presentAssignment(before, today) });
  if (before.version !== patch.version) throw conflict();
  const merged = fieldsOf({
    householdRef: patch.householdRef ?? before.householdRef,
    householdSize: patch.householdSize ?? before.householdSize,
    adults: patch.adults ?? before.adults,
    children: patch.children ?? before.children,
    targetGroup: patch.targetGroup ?? before.targetGroup,
    assignedOn: patch.assignedOn ?? before.assignedOn,
    plannedReceptionOn:
      patch.plannedReceptionOn === undefined ? before.plannedReceptionOn : patch.plannedReceptionOn,
    // Leaving "received" clears the reception date unless a new one is given.
    receivedOn:
      patch.receivedOn !== undefined
        ? patch.receivedOn
        : patch.status && patch.status !== 'received'
          ? null
          : before.receivedOn,
    status: patch.status ?? before.status,
  });
  checkAssignment(merged, today);
  return inTransaction(ctx, async (tx) => {
    let row: repo.AssignmentRow | null;
    try {
      row = await repo.updateAssignment(tx.db, id, patch.version, {
        ...merged,
        targetGroup: patch.targetGroup ?? before.targetGroup,
        year: yearOf(merged.assignedOn),
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateReference();
      throw error;
    }
    if (!row) {
      const latest = await repo.findAssignment(tx.db, id);
      throw new AppError('version_conflict', { current: latest ? presentAssignment(latest, today) : null });
    }
    const presented = presentAssignment(row, today);
    await writeAudit(tx, {
      action: before.status !== row.status ? `assignment.${row.status}` : 'assignment.update',
      entityType: 'assignment',
      entityId: id,
      before: presentAssignment(before, today),
      after: presented,
    });
    return presented;
  });
}
