import {
  type ApportionIssue,
  apportion,
  DEFAULT_FACTORS,
  type MunicipalityInput,
} from '../../../core/reception/apportion';
import { applyTransfer } from '../../../core/reception/apportion-transfer';
import type { QuotaParams, ScenarioInputOverride } from '../../db/schema/quotas';
import { writeAudit } from '../../platform/audit';
import { actorOrgId, actorUserId, type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { loadQuotaAccess } from './quotas.policy';
import * as repo from './quotas.repository';

export const DEFAULT_PARAMS: QuotaParams = {
  floor: 7,
  populationWeight: 0.4,
  receptionYears: 3,
  factors: DEFAULT_FACTORS,
};

function presentPlan(plan: repo.PlanRow) {
  return {
    id: plan.id,
    year: plan.year,
    nationalTotal: plan.nationalTotal,
    params: plan.params,
    status: plan.status,
    version: plan.version,
    adoptedAt: plan.adoptedAt?.toISOString() ?? null,
    adoptedScenarioId: plan.adoptedScenarioId,
  };
}

function validationError(issues: readonly ApportionIssue[]): AppError {
  return new AppError('validation', {
    fields: issues.map((i) => ({ path: i.path, code: i.code, ...(i.params ?? {}) })),
  });
}

async function requireManager(ctx: Ctx) {
  const access = await loadQuotaAccess(ctx.db, ctx.actor);
  authorize(ctx.actor, access.canManage);
  return access;
}

async function requirePlan(ctx: Ctx, year: number) {
  const plan = await repo.findPlan(ctx.db, year);
  if (!plan) throw notFound('quota_plan');
  return plan;
}

function conflict(plan: repo.PlanRow | null): AppError {
  return new AppError('version_conflict', { current: plan ? presentPlan(plan) : null });
}

/** Raises the plan's version in the transaction or fails with 409 and the current plan. */
async function lockPlan(
  tx: Ctx,
  plan: repo.PlanRow,
  expected: number,
  values: Parameters<typeof repo.bumpPlan>[3] = {},
) {
  const updated = await repo.bumpPlan(tx.db, plan.id, expected, values, nowOf(tx));
  if (!updated) throw conflict(await repo.findPlan(tx.db, plan.year));
  return updated;
}

export async function listPlans(ctx: Ctx) {
  const access = await loadQuotaAccess(ctx.db, ctx.actor);
  const plans = await repo.listPlans(ctx.db);
  return {
    years: plans.map((p) => ({ year: p.year, status: p.status, nationalTotal: p.nationalTotal })),
    canManage: access.canManage,
  };
}

/**
 * The year as the actor may see it: managers every adopted number; others the national
 * total, the counties, their own municipality and their networks' sums.
 */
export async function getOverview(ctx: Ctx, year: number) {
  const access = await loadQuotaAccess(ctx.db, ctx.actor);
  const plan = await repo.findPlan(ctx.db, year);
  const empty = {
    year,
    plan: null,
    canManage: access.canManage,
    counties: [],
    municipalities: [],
    own: null,
    networks: [],
  };
  if (!plan) return empty;
  const [allocations, municipalities, countyRows] = await Promise.all([
    repo.listAllocations(ctx.db, plan.id),
    repo.listMunicipalities(ctx.db),
    repo.listCounties(ctx.db),
  ]);
  const byOrg = new Map(municipalities.map((m) => [m.orgId, m]));
  const numbers = allocations.flatMap((a) => {
    const m = byOrg.get(a.orgId);
    return m
      ? [{ orgId: a.orgId, code: m.code, name: m.name, countyCode: a.countyCode, kommuntal: a.kommuntal }]
      : [];
  });
  numbers.sort((a, b) => (a.code < b.code ? -1 : 1));
  const countyName = new Map(countyRows.map((c) => [c.code, c.shortName]));
  const countyCodes = [...new Set([...countyName.keys(), ...numbers.map((n) => n.countyCode)])].sort();
  const counties = countyCodes.map((code) => {
    const inCounty = numbers.filter((n) => n.countyCode === code);
    return {
      code,
      name: countyName.get(code) ?? code,
      lanstal: inCounty.reduce((s, n) => s + n.kommuntal, 0),
      municipalities: inCounty.length,
    };
  });
  const kommuntalOf = new Map(numbers.map((n) => [n.orgId, n.kommuntal]));
  const networks = access.orgId
    ? (await repo.networksOf(ctx.db, access.orgId)).map((n) => ({
        id: n.id,
        name: n.name,
        kommuntal: n.memberOrgIds.reduce((s, id) => s + (kommuntalOf.get(id) ?? 0), 0),
        municipalities: n.memberOrgIds.length,
      }))
    : [];
  const own = numbers.find((n) => n.orgId === access.municipalityOrgId) ?? null;
  return {
    year,
    plan: presentPlan(plan),
    canManage: access.canManage,
    counties: plan.status === 'adopted' ? counties : [],
    municipalities: access.canManage ? numbers : own ? [own] : [],
    own,
    networks: plan.status === 'adopted' ? networks : [],
  };
}

/**
 * Creates the year's plan (its inputs copied from the latest earlier year, if any) or
 * changes its total and parameters.
 */
export async function putPlan(
  ctx: Ctx,
  year: number,
  input: { nationalTotal: number; params: QuotaParams; expectedVersion?: number | undefined },
) {
  await requireManager(ctx);
  const issues = checkParams(input.nationalTotal, input.params);
  if (issues.length > 0) throw validationError(issues);
  const existing = await repo.findPlan(ctx.db, year);
  return inTransaction(ctx, async (tx) => {
    if (!existing) {
      const plan = await repo.insertPlan(tx.db, {
        year,
        nationalTotal: input.nationalTotal,
        params: input.params,
      });
      const previous = await repo.findPreviousPlan(tx.db, year);
      if (previous) {
        const rows = await repo.listInputs(tx.db, previous.id);
        await repo.replaceInputs(
          tx.db,
          plan.id,
          rows.map((r) => ({ ...r.input })),
        );
      }
      await writeAudit(tx, {
        action: 'quota_plan.create',
        entityType: 'quota_plan',
        entityId: plan.id,
        after: {
          year,
          nationalTotal: plan.nationalTotal,
          params: plan.params,
          inputsFrom: previous?.year ?? null,
        },
      });
      return { plan: presentPlan(plan) };
    }
    if (input.expectedVersion === undefined) throw conflict(existing);
    const plan = await lockPlan(tx, existing, input.expectedVersion, {
      nationalTotal: input.nationalTotal,
      params: input.params,
    });
    await writeAudit(tx, {
      action: 'quota_plan.update',
      entityType: 'quota_plan',
      entityId: plan.id,
      before: { nationalTotal: existing.nationalTotal, params: existing.params },
      after: { nationalTotal: plan.nationalTotal, params: plan.params },
    });
    return { plan: presentPlan(plan) };
  });
}

function checkParams(nationalTotal: number, params: QuotaParams): ApportionIssue[] {
  // Run the model's own checks on an empty input list; only the parameter issues matter here.
  const r = apportion({ ...params, nationalTotal }, []);
  return r.ok ? [] : r.issues.filter((i) => i.path !== 'municipalities');
}

export async function loadModelInputs(ctx: Ctx, planId: string) {
  const rows = await repo.listInputs(ctx.db, planId);
  return rows.flatMap((r) =>
    r.code && r.countyCode
      ? [
          {
            orgId: r.input.orgId,
            name: r.name,
            input: {
              code: r.code,
              countyCode: r.countyCode,
              population: r.input.population,
              labourMarket: r.input.labourMarket,
              newcomersReceived: r.input.newcomersReceived,
              minorsReceived: r.input.minorsReceived,
              asylumSeekersAbo: r.input.asylumSeekersAbo,
              asylumSeekersEbo: r.input.asylumSeekersEbo,
              temporaryProtection: r.input.temporaryProtection,
              housing: r.input.housing,
            } satisfies MunicipalityInput,
          },
        ]
      : [],
  );
}

export async function listInputs(ctx: Ctx, year: number) {
  await requireManager(ctx);
  const plan = await requirePlan(ctx, year);
  const rows = await loadModelInputs(ctx, plan.id);
  return { inputs: rows.map((r) => ({ ...r.input, name: r.name })) };
}

/** Computes a scenario from the plan's inputs (with the scenario's changes) and stores it. */
export async function createScenario(
  ctx: Ctx,
  year: number,
  input: {
    name: string;
    referenceDate?: string | null | undefined;
    nationalTotal: number;
    params: QuotaParams;
    overrides: ScenarioInputOverride[];
  },
) {
  await requireManager(ctx);
  const plan = await requirePlan(ctx, year);
  const rows = await loadModelInputs(ctx, plan.id);
  if (rows.length === 0)
    throw new AppError('validation', { fields: [{ path: 'inputs', code: 'no_inputs' }] });
  const index = new Map(rows.map((r, i) => [r.input.code, i]));
  const fields: { path: string; code: string }[] = [];
  const inputs = rows.map((r) => ({ ...r.input }));
  input.overrides.forEach((o, i) => {
    const at = index.get(o.code);
    if (at === undefined) fields.push({ path: `overrides.${i}.code`, code: 'unknown_municipality' });
    else inputs[at] = { ...(inputs[at] as MunicipalityInput), ...o, code: o.code };
  });
  if (fields.length > 0) throw new AppError('validation', { fields });
  const result = apportion({ ...input.params, nationalTotal: input.nationalTotal }, inputs);
  if (!result.ok) throw validationError(result.issues);
  const orgOf = new Map(rows.map((r) => [r.input.code, r.orgId]));
  return inTransaction(ctx, async (tx) => {
    const scenario = await repo.insertScenario(
      tx.db,
      {
        planId: plan.id,
        name: input.name,
        referenceDate: input.referenceDate ?? null,
        nationalTotal: input.nationalTotal,
        params: input.params,
        overrides: input.overrides,
        counties: result.counties,
        createdBy: actorUserId(ctx.actor),
      },
      result.municipalities.map((m) => ({
        orgId: orgOf.get(m.code) as string,
        countyCode: m.countyCode,
        kommuntal: m.kommuntal,
        quota: m.quota,
        share: m.share,
      })),
    );
    await writeAudit(tx, {
      action: 'quota_scenario.create',
      entityType: 'quota_scenario',
      entityId: scenario.id,
      after: {
        year,
        name: input.name,
        nationalTotal: input.nationalTotal,
        params: input.params,
        overrides: input.overrides.length,
      },
    });
    return { id: scenario.id };
  });
}

export async function listScenarios(ctx: Ctx, year: number) {
  await requireManager(ctx);
  const plan = await requirePlan(ctx, year);
  const [scenarios, municipalities, countyRows] = await Promise.all([
    repo.listScenarios(ctx.db, plan.id),
    repo.listMunicipalities(ctx.db),
    repo.listCounties(ctx.db),
  ]);
  const results = await repo.scenarioResults(
    ctx.db,
    scenarios.map((s) => s.id),
  );
  const byOrg = new Map(municipalities.map((m) => [m.orgId, m]));
  const countyName = new Map(countyRows.map((c) => [c.code, c.shortName]));
  return {
    scenarios: scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      referenceDate: s.referenceDate,
      nationalTotal: s.nationalTotal,
      params: s.params,
      overrides: s.overrides.length,
      createdAt: s.createdAt.toISOString(),
      counties: s.counties.map((c) => ({
        countyCode: c.countyCode,
        name: countyName.get(c.countyCode) ?? c.countyCode,
        lanstal: c.lanstal,
        quota: c.quota,
        share: c.share,
      })),
      results: results
        .filter((r) => r.scenarioId === s.id)
        .map((r) => ({
          code: byOrg.get(r.orgId)?.code ?? '',
          countyCode: r.countyCode,
          kommuntal: r.kommuntal,
          quota: r.quota,
          share: r.share,
        }))
        .sort((a, b) => (a.code < b.code ? -1 : 1)),
    })),
    municipalities: municipalities.map((m) => ({ code: m.code, name: m.name, countyCode: m.countyCode })),
  };
}

export async function deleteScenario(ctx: Ctx, scenarioId: string) {
  await requireManager(ctx);
  const scenario = await repo.findScenario(ctx.db, scenarioId);
  if (!scenario) throw notFound('quota_scenario');
  await inTransaction(ctx, async (tx) => {
    await repo.deleteScenario(tx.db, scenarioId);
    await writeAudit(tx, {
      action: 'quota_scenario.delete',
      entityType: 'quota_scenario',
      entityId: scenarioId,
      before: { name: scenario.name, nationalTotal: scenario.nationalTotal },
    });
  });
}

function changeBase(ctx: Ctx, planId: string, now: Date) {
  return { planId, actorUserId: actorUserId(ctx.actor), actorOrgId: actorOrgId(ctx.actor), createdAt: now };
}

/**
 * Adopts a scenario: its kommuntal become the year's numbers. Adopting again later in the
 * year is a revision of every number; each municipality's previous number is kept.
 */
export async function adoptScenario(
  ctx: Ctx,
  year: number,
  input: { scenarioId: string; reason: string; expectedVersion: number },
) {
  await requireManager(ctx);
  const plan = await requirePlan(ctx, year);
  const scenario = await repo.findScenario(ctx.db, input.scenarioId);
  if (!scenario || scenario.planId !== plan.id)
    throw new AppError('validation', { fields: [{ path: 'scenarioId', code: 'invalid_value' }] });
  if (plan.status === 'adopted' && input.reason.trim() === '')
    throw new AppError('validation', { fields: [{ path: 'reason', code: 'required' }] });
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const updated = await lockPlan(tx, plan, input.expectedVersion, {
      status: 'adopted',
      adoptedScenarioId: scenario.id,
      adoptedAt: now,
      nationalTotal: scenario.nationalTotal,
      params: scenario.params,
    });
    const before = new Map((await repo.listAllocations(tx.db, plan.id)).map((a) => [a.orgId, a.kommuntal]));
    const results = await repo.scenarioResults(tx.db, [scenario.id]);
    await repo.replaceAllocations(tx.db, plan.id, results, now);
    await repo.insertChanges(
      tx.db,
      results.map((r) => ({
        ...changeBase(tx, plan.id, now),
        orgId: r.orgId,
        kind: 'adopt' as const,
        previous: before.get(r.orgId) ?? null,
        kommuntal: r.kommuntal,
        reason: input.reason,
        scenarioId: scenario.id,
      })),
    );
    await writeAudit(tx, {
      action: 'quota_plan.adopt',
      entityType: 'quota_plan',
      entityId: plan.id,
      before: { status: plan.status, adoptedScenarioId: plan.adoptedScenarioId },
      after: {
        status: 'adopted',
        adoptedScenarioId: scenario.id,
        nationalTotal: scenario.nationalTotal,
        reason: input.reason,
      },
    });
    return { plan: presentPlan(updated) };
  });
}

async function adoptedAllocation(ctx: Ctx, plan: repo.PlanRow) {
  if (plan.status !== 'adopted')
    throw new AppError('validation', { fields: [{ path: 'year', code: 'not_adopted' }] });
  const [allocations, municipalities] = await Promise.all([
    repo.listAllocations(ctx.db, plan.id),
    repo.listMunicipalities(ctx.db),
  ]);
  const byOrg = new Map(municipalities.map((m) => [m.orgId, m]));
  const byCode = new Map<string, { orgId: string; countyCode: string; kommuntal: number }>();
  for (const a of allocations) {
    const m = byOrg.get(a.orgId);
    if (m) byCode.set(m.code, { orgId: a.orgId, countyCode: a.countyCode, kommuntal: a.kommuntal });
  }
  return byCode;
}

/** Changes individual kommuntal during the year, with a reason; the previous numbers stay in the history. */
export async function reviseKommuntal(
  ctx: Ctx,
  year: number,
  input: { changes: { code: string; kommuntal: number }[]; reason: string; expectedVersion: number },
) {
  await requireManager(ctx);
  const plan = await requirePlan(ctx, year);
  const allocation = await adoptedAllocation(ctx, plan);
  const fields: { path: string; code: string }[] = [];
  const seen = new Set<string>();
  input.changes.forEach((c, i) => {
    if (!allocation.has(c.code)) fields.push({ path: `changes.${i}.code`, code: 'unknown_municipality' });
    else if (seen.has(c.code)) fields.push({ path: `changes.${i}.code`, code: 'duplicate' });
    seen.add(c.code);
  });
  if (fields.length > 0) throw new AppError('validation', { fields });
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const updated = await lockPlan(tx, plan, input.expectedVersion);
    const changes = input.changes.flatMap((c) => {
      const current = allocation.get(c.code);
      return current && current.kommuntal !== c.kommuntal
        ? [{ ...current, code: c.code, next: c.kommuntal }]
        : [];
    });
    for (const c of changes) await repo.setAllocation(tx.db, plan.id, c.orgId, c.next, now);
    await repo.insertChanges(
      tx.db,
      changes.map((c) => ({
        ...changeBase(tx, plan.id, now),
        orgId: c.orgId,
        kind: 'revise' as const,
        previous: c.kommuntal,
        kommuntal: c.next,
        reason: input.reason,
      })),
    );
    await writeAudit(tx, {
      action: 'quota_allocation.revise',
      entityType: 'quota_plan',
      entityId: plan.id,
      before: Object.fromEntries(changes.map((c) => [c.code, c.kommuntal])),
      after: { ...Object.fromEntries(changes.map((c) => [c.code, c.next])), reason: input.reason },
    });
    return { plan: presentPlan(updated), changed: changes.length };
  });
}

/** A negotiated transfer between two municipalities of one county; the county total stays. */
export async function transferKommuntal(
  ctx: Ctx,
  year: number,
  input: { fromCode: string; toCode: string; persons: number; reason: string; expectedVersion: number },
) {
  await requireManager(ctx);
  const plan = await requirePlan(ctx, year);
  const allocation = await adoptedAllocation(ctx, plan);
  const result = applyTransfer(allocation, input, plan.params.floor);
  if (!result.ok) {
    throw new AppError('validation', {
      fields: [{ path: result.path, code: result.code, ...(result.params ?? {}) }],
    });
  }
  const from = allocation.get(input.fromCode);
  const to = allocation.get(input.toCode);
  if (!from || !to) throw notFound('municipality');
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const updated = await lockPlan(tx, plan, input.expectedVersion);
    const transfer = await repo.insertTransfer(tx.db, {
      planId: plan.id,
      fromOrgId: from.orgId,
      toOrgId: to.orgId,
      persons: input.persons,
      reason: input.reason,
      createdBy: actorUserId(ctx.actor),
      createdAt: now,
    });
    await repo.setAllocation(tx.db, plan.id, from.orgId, result.from, now);
    await repo.setAllocation(tx.db, plan.id, to.orgId, result.to, now);
    const base = {
      ...changeBase(tx, plan.id, now),
      kind: 'transfer' as const,
      reason: input.reason,
      transferId: transfer.id,
    };
    await repo.insertChanges(tx.db, [
      { ...base, orgId: from.orgId, previous: from.kommuntal, kommuntal: result.from },
      { ...base, orgId: to.orgId, previous: to.kommuntal, kommuntal: result.to },
    ]);
    await writeAudit(tx, {
      action: 'quota_allocation.transfer',
      entityType: 'quota_transfer',
      entityId: transfer.id,
      before: { [input.fromCode]: from.kommuntal, [input.toCode]: to.kommuntal },
      after: {
        [input.fromCode]: result.from,
        [input.toCode]: result.to,
        persons: input.persons,
        reason: input.reason,
      },
    });
    return { plan: presentPlan(updated) };
  });
}

/** The history of adopted numbers: managers all of it, a municipality its own. */
export async function getHistory(
  ctx: Ctx,
  year: number,
  query: { code?: string | undefined; limit: number },
) {
  const access = await loadQuotaAccess(ctx.db, ctx.actor);
  const plan = await requirePlan(ctx, year);
  let orgId: string | undefined;
  if (query.code) {
    const m = (await repo.listMunicipalities(ctx.db)).find((x) => x.code === query.code);
    if (!m) throw notFound('municipality');
    orgId = m.orgId;
  }
  if (!access.canManage) {
    authorize(
      ctx.actor,
      access.municipalityOrgId !== null && (orgId === undefined || orgId === access.municipalityOrgId),
    );
    orgId = access.municipalityOrgId ?? undefined;
  }
  const rows = await repo.listChanges(ctx.db, plan.id, { ...(orgId ? { orgId } : {}), limit: query.limit });
  return {
    changes: rows.map((r) => ({
      id: r.change.id,
      kind: r.change.kind,
      code: r.code ?? '',
      name: r.name,
      previous: r.change.previous,
      kommuntal: r.change.kommuntal,
      reason: r.change.reason,
      actorName: r.actorName,
      createdAt: r.change.createdAt.toISOString(),
    })),
  };
}
