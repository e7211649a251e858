import type { z } from '@hono/zod-openapi';
import { mapBatchTable } from '../../../core/planner/batch-import';
import { effectiveView } from '../../../core/planner/overrides';
import type { PlannerInput, PlannerIssue, PlannerMunicipality } from '../../../core/planner/types';
import { defaultWeights } from '../../../core/planner/types';
import { validateInput } from '../../../core/planner/validate';
import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import { actorUserId, type Ctx, inTransaction } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { translator } from '../../platform/i18n';
import { enqueue } from '../../platform/jobs';
import { authorize } from '../../platform/policy';
import { getFreeHousing } from '../housing/housing.exports';
import { readUpload } from '../imports/upload-reader';
import { createAssignmentsFromPlan, getPendingPersons, getReceivedPersons } from '../ledger/ledger.exports';
import { getAdoptedKommuntal } from '../quotas/adopted-kommuntal';
import { loadNetworkAccess } from '../registry/network-access';
import { canPlan } from './planner.policy';
import * as repo from './planner.repository';
import type {
  acceptBody,
  batchUploadResult,
  createRunBody,
  overrideBody,
  runDetail,
  startBody,
} from './planner.schemas';
import type { PlanResult } from './solver/plan';
import { runPlanInWorker } from './solver/run-worker';

export const PLANNER_JOB = 'planner.run';

/** The input snapshot: PlannerInput with each municipality's organisation id. */
type Snapshot = Omit<PlannerInput, 'municipalities'> & {
  municipalities: (PlannerMunicipality & { orgId: string })[];
};

const issuePath = (i: PlannerIssue) => i.path.join('.');

async function loadAccess(ctx: Ctx, networkId: string) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canPlan(ctx.actor, access));
  return access;
}

async function loadRun(ctx: Ctx, id: string) {
  const run = await repo.findRun(ctx.db, id);
  if (!run) throw notFound('planner_run');
  await loadAccess(ctx, run.networkId);
  return run;
}

/**
 * What each member municipality can take: remaining kommuntal (adopted kommuntal minus
 * persons received and persons assigned but not yet received) and its free housing, whole
 * free units counted by size and accessibility.
 */
export async function municipalityData(ctx: Ctx, networkId: string, year: number) {
  const members = await repo.networkMunicipalities(ctx.db, networkId);
  const ids = members.map((m) => m.id);
  const [kommuntal, received, pending, housing] = await Promise.all([
    getAdoptedKommuntal(ctx.db, year, ids),
    getReceivedPersons(ctx.db, year, ids),
    getPendingPersons(ctx.db, year, ids),
    getFreeHousing(ctx.db, ids),
  ]);
  return members.map((m) => {
    const free = housing.get(m.id);
    const units = new Map<string, { beds: number; accessible: boolean; count: number }>();
    for (const u of free?.units ?? []) {
      const whole = Math.floor(u.free / Math.max(1, u.beds));
      if (whole < 1) continue;
      const key = `${u.beds}:${u.accessible}`;
      const entry = units.get(key) ?? { beds: u.beds, accessible: u.accessible, count: 0 };
      entry.count += whole;
      units.set(key, entry);
    }
    return {
      orgId: m.id,
      code: m.code ?? '',
      name: m.name,
      // A municipality that has received more than its kommuntal has nothing left, not a debt.
      remainingQuota: Math.max(
        0,
        (kommuntal.get(m.id)?.kommuntal ?? 0) - (received.get(m.id) ?? 0) - (pending.get(m.id) ?? 0),
      ),
      freePlaces: free?.freePlaces ?? 0,
      units: [...units.values()],
    };
  });
}

export async function listRuns(ctx: Ctx, networkId: string) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  const allowed = canPlan(ctx.actor, access);
  authorize(ctx.actor, allowed);
  const runs = await repo.listRuns(ctx.db, networkId);
  return { runs: runs.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), canPlan: allowed };
}

export async function createRun(ctx: Ctx, networkId: string, body: z.infer<typeof createRunBody>) {
  await loadAccess(ctx, networkId);
  const data = await municipalityData(ctx, networkId, body.year);
  let municipalities = data;
  if (body.municipalities) {
    const byCode = new Map(data.map((m) => [m.code, m]));
    municipalities = body.municipalities.map((m, i) => {
      const known = byCode.get(m.code);
      if (!known)
        throw new AppError('validation', {
          fields: [{ path: `municipalities.${i}.code`, code: 'unknown_municipality' }],
        });
      return { ...known, ...m };
    });
  }
  const input: Snapshot = {
    households: body.households,
    municipalities,
    weights: { ...defaultWeights, ...body.weights },
  };
  refuseInvalid(input);
  return inTransaction(ctx, async (tx) => {
    const run = await repo.insertRun(tx.db, {
      networkId,
      name: body.name,
      year: body.year,
      input: input as unknown as Record<string, unknown>,
      createdBy: actorUserId(ctx.actor),
    });
    await enqueue(tx.db, PLANNER_JOB, { runId: run.id });
    await writeAudit(tx, {
      action: 'planner_run.create',
      entityType: 'planner_run',
      entityId: run.id,
      after: { name: run.name, year: run.year, households: body.households.length, weights: input.weights },
    });
    return present(run);
  });
}

/** Bad input is refused whole, every problem listed, before anything is stored. */
function refuseInvalid(input: Snapshot) {
  const issues = validateInput(input);
  if (issues.length > 0) {
    throw new AppError('validation', {
      fields: issues.map((i) => ({ path: issuePath(i), code: `planner_${i.code}` })),
    });
  }
}

/**
 * Starts a stored batch (a draft): the municipality data is read now, from kommuntal, the
 * ledger and housing as they stand, so a batch prepared earlier is planned on today's figures.
 */
export async function startRun(ctx: Ctx, id: string, body: z.infer<typeof startBody>) {
  const run = await loadRun(ctx, id);
  if (run.status !== 'draft')
    throw new AppError('conflict', { reason: 'planner_not_draft', status: run.status });
  const draft = run.input as unknown as Snapshot;
  const input: Snapshot = {
    households: draft.households,
    municipalities: await municipalityData(ctx, run.networkId, run.year),
    weights: { ...defaultWeights, ...draft.weights },
  };
  refuseInvalid(input);
  await inTransaction(ctx, async (tx) => {
    const ok = await repo.updateRunVersioned(tx.db, run.id, body.version, {
      status: 'queued',
      input: input as unknown as Record<string, unknown>,
    });
    if (!ok)
      throw new AppError('version_conflict', { current: present((await repo.findRun(tx.db, id)) ?? run) });
    await enqueue(tx.db, PLANNER_JOB, { runId: run.id });
    await writeAudit(tx, {
      action: 'planner_run.start',
      entityType: 'planner_run',
      entityId: run.id,
      before: { status: 'draft' },
      after: { status: 'queued', households: input.households.length, weights: input.weights },
    });
  });
  return getRun(ctx, id);
}

/** The job: solve in a worker thread, recording progress for those who poll. */
export async function runPlannerJob(deps: AppDeps, payload: Record<string, unknown>) {
  const db = deps.database.db;
  const run = await repo.findRun(db, String(payload.runId));
  if (run?.status !== 'queued') return;
  await repo.updateRun(db, run.id, { status: 'running' });
  let pending: Promise<void> = Promise.resolve();
  let last = 0;
  try {
    const outcome = await runPlanInWorker(run.input as unknown as PlannerInput, { timeLimitS: 60 }, (p) => {
      if (p.phase !== 'done' && p.elapsedS - last < 0.5) return;
      last = p.elapsedS;
      pending = pending.then(() => repo.updateRun(db, run.id, { progress: { ...p } }));
    });
    await pending;
    if (!outcome.ok) {
      await repo.updateRun(db, run.id, {
        status: 'failed',
        error: 'invalid_input',
        result: { issues: outcome.issues },
      });
      return;
    }
    await repo.updateRun(db, run.id, {
      status: 'done',
      result: outcome.result as unknown as Record<string, unknown>,
    });
  } catch (err) {
    await pending.catch(() => {});
    await repo.updateRun(db, run.id, {
      status: 'failed',
      error: err instanceof Error ? err.message.slice(0, 500) : 'failed',
    });
  }
}

function present(run: repo.PlannerRunRow): z.infer<typeof runDetail> {
  const input = run.input as unknown as Snapshot;
  const result = run.result as unknown as (PlanResult & { issues?: PlannerIssue[] }) | null;
  const done = result && Array.isArray(result.proposals);
  const view = done ? effectiveView(input, result.proposals, run.overrides) : null;
  const proposed = new Map((done ? result.proposals : []).map((p) => [p.householdId, p]));
  return {
    run: {
      id: run.id,
      name: run.name,
      year: run.year,
      status: run.status,
      createdAt: run.createdAt.toISOString(),
      version: run.version,
      error: run.error,
      progress: (run.progress as z.infer<typeof runDetail>['run']['progress']) ?? null,
    },
    weights: input.weights,
    result:
      done && view
        ? {
            status: result.status,
            objective: result.objective,
            bound: result.bound,
            gapPct: result.gapPct,
            proven: result.proven,
            greedyObjective: result.greedyObjective,
            gainVsGreedyPct: result.gainVsGreedyPct,
            placedPersons: result.placedPersons,
            totalPersons: result.totalPersons,
            totalHouseholds: result.totalHouseholds,
            seconds: result.seconds.total,
            effectiveObjective: view.objective,
            effectivePlacedPersons: view.placedPersons,
          }
        : null,
    issues: (result?.issues ?? []).map((i) => ({
      path: issuePath(i),
      code: i.code,
      ...(i.value !== undefined ? { value: i.value } : {}),
    })),
    municipalities: view?.municipalities ?? [],
    proposals: input.households.map((h) => {
      const p = proposed.get(h.id);
      const municipality = view?.placement.get(h.id) ?? null;
      const overridden = h.id in run.overrides;
      return {
        householdId: h.id,
        persons: h.persons,
        adults: h.adults,
        children: h.children,
        proposed: p?.municipality ?? null,
        municipality,
        overridden,
        terms: overridden ? [] : (p?.terms ?? []),
        unplacedReason:
          municipality === null ? (overridden ? 'overridden' : (p?.unplacedReason ?? null)) : null,
        ...(p?.unknownCode ? { unknownCode: p.unknownCode } : {}),
      };
    }),
    violations: view?.violations ?? [],
    acceptedAssignments: null,
  };
}

export async function getRun(ctx: Ctx, id: string) {
  return present(await loadRun(ctx, id));
}

/**
 * Moves a household to another municipality or leaves it unplaced. The quota effect is in
 * the answer at once; a move that would break kommuntal or housing is refused with the
 * broken constraints listed, and nothing is stored.
 */
export async function overrideProposal(ctx: Ctx, id: string, body: z.infer<typeof overrideBody>) {
  const run = await loadRun(ctx, id);
  if (run.status !== 'done')
    throw new AppError('conflict', { reason: 'planner_not_reviewable', status: run.status });
  const input = run.input as unknown as Snapshot;
  if (!input.households.some((h) => h.id === body.householdId)) {
    throw new AppError('validation', {
      fields: [{ path: 'householdId', code: 'planner_unknown_household' }],
    });
  }
  if (body.municipality !== null && !input.municipalities.some((m) => m.code === body.municipality)) {
    throw new AppError('validation', {
      fields: [{ path: 'municipality', code: 'planner_unknown_municipality' }],
    });
  }
  const result = run.result as unknown as PlanResult;
  const original = result.proposals.find((p) => p.householdId === body.householdId)?.municipality ?? null;
  const overrides = { ...run.overrides };
  if (body.municipality === original) delete overrides[body.householdId];
  else overrides[body.householdId] = body.municipality;
  const view = effectiveView(input, result.proposals, overrides);
  const touched = new Set([body.municipality, run.overrides[body.householdId] ?? original]);
  const broken = view.violations.filter((v) => touched.has(v.code));
  if (broken.length > 0) {
    throw new AppError('validation', {
      fields: [{ path: 'municipality', code: 'planner_override_breaks_constraint' }],
      violations: broken,
    });
  }
  await inTransaction(ctx, async (tx) => {
    const ok = await repo.updateRunVersioned(tx.db, run.id, body.version, { overrides });
    if (!ok)
      throw new AppError('version_conflict', { current: present((await repo.findRun(tx.db, id)) ?? run) });
    await writeAudit(tx, {
      action: 'planner_run.override',
      entityType: 'planner_run',
      entityId: run.id,
      before: { householdId: body.householdId, municipality: run.overrides[body.householdId] ?? original },
      after: { householdId: body.householdId, municipality: body.municipality },
    });
  });
  return getRun(ctx, id);
}

/** Turns the (overridden) proposals into anvisningar in the ledger, in one transaction. */
export async function acceptRun(ctx: Ctx, id: string, body: z.infer<typeof acceptBody>) {
  const run = await loadRun(ctx, id);
  if (run.status !== 'done')
    throw new AppError('conflict', { reason: 'planner_not_reviewable', status: run.status });
  const view = present(run);
  if (view.violations.length > 0)
    throw new AppError('conflict', { reason: 'planner_violations', violations: view.violations });
  const input = run.input as unknown as Snapshot;
  const orgOf = new Map(input.municipalities.map((m) => [m.code, m.orgId]));
  const rows = view.proposals
    .filter((p) => p.municipality !== null)
    .map((p) => ({
      orgId: orgOf.get(p.municipality ?? '') ?? '',
      householdRef: p.householdId,
      householdSize: p.persons,
      adults: p.adults,
      children: p.children,
      targetGroup: body.targetGroup,
      assignedOn: body.assignedOn,
      plannerRunId: run.id,
    }));
  const created = await inTransaction(ctx, async (tx) => {
    const ok = await repo.updateRunVersioned(tx.db, run.id, body.version, {
      status: 'accepted',
      acceptedAt: new Date(),
      acceptedBy: actorUserId(ctx.actor),
    });
    if (!ok) throw new AppError('version_conflict', { current: view });
    const made = await createAssignmentsFromPlan(tx.db, tx, rows);
    await writeAudit(tx, {
      action: 'planner_run.accept',
      entityType: 'planner_run',
      entityId: run.id,
      after: { assignments: made.length, persons: rows.reduce((a, r) => a + r.householdSize, 0) },
    });
    return made.length;
  });
  return { ...(await getRun(ctx, id)), acceptedAssignments: created };
}

export async function loadRunForExport(ctx: Ctx, id: string) {
  return getRun(ctx, id);
}

/** More households than any realistic batch; the national benchmark has 12 000. */
const MAX_BATCH_ROWS = 20_000;

/**
 * Reads a household batch from CSV or XLSX. A dry run lists every error by row and column
 * and stores nothing; a commit without errors stores the batch as a draft run (started from
 * the page, when the municipality data is read), with any error nothing (422 `import_invalid`).
 */
export async function uploadBatch(
  ctx: Ctx,
  networkId: string,
  input: {
    name: string;
    year: number;
    mode: 'dry_run' | 'commit';
    locale: UiLocale;
    file: { name: string; type: string; bytes: Uint8Array };
  },
): Promise<z.infer<typeof batchUploadResult>> {
  await loadAccess(ctx, networkId);
  const upload = await readUpload(input.file, MAX_BATCH_ROWS);
  if (upload.rows.length > MAX_BATCH_ROWS + 1)
    throw new AppError('payload_too_large', { limit: `${MAX_BATCH_ROWS} rader` });
  const mapped = mapBatchTable(upload.rows);
  const t = translator(input.locale);
  const errors = mapped.errors.map((e) => ({
    row: e.row,
    column: e.header,
    code: e.code,
    message: t(`errors:field.${e.code}`, { defaultValue: t('errors:field.invalid_value') }),
    value: e.value,
  }));
  const result = {
    mode: input.mode,
    format: upload.format,
    rows: mapped.dataRows,
    households: mapped.households.length,
    persons: mapped.households.reduce((a, h) => a + h.persons, 0),
    errors,
    runId: null,
  };
  if (input.mode === 'dry_run') return result;
  if (errors.length > 0 || mapped.households.length === 0)
    throw new AppError('import_invalid', { errors, rows: result.rows });
  return inTransaction(ctx, async (tx) => {
    const run = await repo.insertRun(tx.db, {
      networkId,
      name: input.name,
      year: input.year,
      status: 'draft',
      input: { households: mapped.households, municipalities: [], weights: defaultWeights },
      createdBy: actorUserId(ctx.actor),
    });
    await writeAudit(tx, {
      action: 'planner_run.upload',
      entityType: 'planner_run',
      entityId: run.id,
      after: {
        name: run.name,
        year: run.year,
        file: input.file.name,
        format: upload.format,
        households: result.households,
      },
    });
    return { ...result, runId: run.id };
  });
}
