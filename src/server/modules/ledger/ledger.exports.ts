import type { TargetGroup } from '../../../core/reception/ledger';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { writeAudits } from './audit-batch';
import * as repo from './ledger.repository';
import { checkAssignment, fieldsOf, presentAssignment } from './ledger.service';
import { todayOf, yearOf } from './ledger-dates';

/**
 * For the planner: the ledger's numbers and a way to turn accepted proposals into
 * anvisningar. The planner authorizes its own callers (coordinators); these functions do
 * not check roles.
 */

const CHUNK = 1000;

export interface PlannedAssignment {
  orgId: string;
  householdRef: string;
  householdSize: number;
  adults: number;
  children: number;
  targetGroup: TargetGroup;
  assignedOn: string;
  plannedReceptionOn?: string | null;
  plannerRunId: string;
}

/**
 * Creates assignments (status "assigned", source "planner") in the caller's transaction and
 * audits each. Every row is checked first; any problem throws 400 `validation` with paths
 * `rows.<i>.<field>` and nothing is written (the caller's transaction rolls back).
 */
export async function createAssignmentsFromPlan(tx: DbOrTx, ctx: Ctx, rows: readonly PlannedAssignment[]) {
  const txCtx: Ctx = { ...ctx, db: tx };
  const today = todayOf(ctx);
  const problems: { path: string; code: string }[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    try {
      checkAssignment(fieldsOf({ ...r, status: 'assigned', receivedOn: null }), today, `rows.${i}.`);
    } catch (error) {
      if (error instanceof AppError) problems.push(...((error.details.fields as typeof problems) ?? []));
      else throw error;
    }
    const key = `${r.orgId}:${yearOf(r.assignedOn)}:${r.householdRef}`;
    if (seen.has(key)) problems.push({ path: `rows.${i}.householdRef`, code: 'duplicate_reference' });
    seen.add(key);
  });
  // One query per municipality and year, not per household: a batch may hold thousands.
  const groups = new Map<string, { orgId: string; year: number; refs: string[] }>();
  for (const r of rows) {
    const key = `${r.orgId}:${yearOf(r.assignedOn)}`;
    const g = groups.get(key) ?? { orgId: r.orgId, year: yearOf(r.assignedOn), refs: [] };
    g.refs.push(r.householdRef);
    groups.set(key, g);
  }
  const taken = new Set<string>();
  for (const [key, g] of groups) {
    for (const ref of await repo.existingReferences(tx, g.orgId, g.year, g.refs)) taken.add(`${key}:${ref}`);
  }
  rows.forEach((r, i) => {
    if (taken.has(`${r.orgId}:${yearOf(r.assignedOn)}:${r.householdRef}`)) {
      problems.push({ path: `rows.${i}.householdRef`, code: 'duplicate_reference' });
    }
  });
  if (problems.length > 0) throw new AppError('validation', { fields: problems });
  const values = rows.map((r) => ({
    orgId: r.orgId,
    year: yearOf(r.assignedOn),
    householdRef: r.householdRef,
    householdSize: r.householdSize,
    adults: r.adults,
    children: r.children,
    targetGroup: r.targetGroup,
    assignedOn: r.assignedOn,
    plannedReceptionOn: r.plannedReceptionOn ?? null,
    status: 'assigned' as const,
    source: 'planner' as const,
    plannerRunId: r.plannerRunId,
  }));
  const created: repo.AssignmentRow[] = [];
  // Chunks stay well under PostgreSQL's 65 535 bind parameters per statement.
  for (let i = 0; i < values.length; i += CHUNK) {
    const rowsIn = await repo.insertAssignments(tx, values.slice(i, i + CHUNK));
    created.push(...rowsIn);
    await writeAudits(
      txCtx,
      rowsIn.map((row) => ({
        action: 'assignment.create',
        entityType: 'assignment',
        entityId: row.id,
        after: presentAssignment(row, today),
      })),
    );
  }
  return created.map((row) => presentAssignment(row, today));
}

/** Persons received per municipality in a year (what has counted against the kommuntal). */
export async function getReceivedPersons(
  db: DbOrTx,
  year: number,
  orgIds: string[],
): Promise<Map<string, number>> {
  const sums = await repo.sumPersons(db, year, orgIds, ['received']);
  return new Map(orgIds.map((id) => [id, sums.get(id) ?? 0]));
}

/**
 * Persons assigned but not yet received per municipality in a year: they will count against
 * the kommuntal once received, so a planner should not offer their places again.
 */
export async function getPendingPersons(
  db: DbOrTx,
  year: number,
  orgIds: string[],
): Promise<Map<string, number>> {
  const sums = await repo.sumPersons(db, year, orgIds, ['assigned']);
  return new Map(orgIds.map((id) => [id, sums.get(id) ?? 0]));
}
