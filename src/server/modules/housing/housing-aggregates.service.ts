import { sumForecasts } from '../../../core/reception/housing';
import type { Ctx } from '../../platform/context';
import { todayOf } from '../ledger/ledger-dates';
import { type AggregateScope, loadCountyScope, loadNetworkScope } from '../ledger/reception-scope';
import * as repo from './housing.repository';
import { capacityOf, outlookOf, policyOf, sumCapacities } from './housing-view';

function groupBy<T extends { orgId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.orgId, [...(out.get(r.orgId) ?? []), r]);
  return out;
}

/** Capacity, contract-end forecast and large households per municipality and in total; no references. */
async function aggregate(ctx: Ctx, scope: AggregateScope) {
  const today = todayOf(ctx);
  const ids = scope.municipalities.map((m) => m.id);
  const [units, placements, policies] = await Promise.all([
    repo.listUnits(ctx.db, ids),
    repo.listPlacements(ctx.db, ids, true),
    repo.listPolicies(ctx.db, ids),
  ]);
  const unitsBy = groupBy(units);
  const placementsBy = groupBy(placements);
  const policyBy = new Map(policies.map((p) => [p.orgId, p]));
  const municipalities = scope.municipalities.map((m) => {
    const u = unitsBy.get(m.id) ?? [];
    const policy = policyOf(policyBy.get(m.id) ?? null);
    return {
      orgId: m.id,
      code: m.code,
      name: m.name,
      capacity: capacityOf(u),
      ...outlookOf(placementsBy.get(m.id) ?? [], u, policy, today),
    };
  });
  const large = municipalities.reduce(
    (s, m) => ({
      householdsNeedingUnit: s.householdsNeedingUnit + m.large.householdsNeedingUnit,
      freeLargeUnits: s.freeLargeUnits + m.large.freeLargeUnits,
      balance: s.balance + m.large.balance,
    }),
    { householdsNeedingUnit: 0, freeLargeUnits: 0, balance: 0 },
  );
  return {
    scope: { kind: scope.kind, id: scope.id, name: scope.name },
    today,
    capacity: sumCapacities(municipalities.map((m) => m.capacity)),
    forecast: sumForecasts(municipalities.map((m) => m.forecast)),
    large,
    municipalities,
  };
}

export async function getNetworkHousing(ctx: Ctx, networkId: string) {
  return aggregate(ctx, await loadNetworkScope(ctx, networkId));
}

export async function getCountyHousing(ctx: Ctx, countyCode: string) {
  return aggregate(ctx, await loadCountyScope(ctx, countyCode));
}
