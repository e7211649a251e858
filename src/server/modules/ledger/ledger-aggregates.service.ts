import {
  behindPlan,
  type LedgerEntry,
  ledgerTotals,
  sumTrends,
  weeklyTrend,
} from '../../../core/reception/ledger';
import type { Ctx } from '../../platform/context';
import { lookupKommuntal } from './kommuntal';
import * as repo from './ledger.repository';
import { todayOf, yearOf } from './ledger-dates';
import {
  type AggregateScope,
  listReceptionScopes,
  loadCountyScope,
  loadNetworkScope,
} from './reception-scope';

/**
 * Per municipality and in total: kommuntal, assigned, received, remaining, pending and the
 * weekly trend. Built from sizes, statuses and dates only; no household reference leaves
 * the municipality.
 */
async function aggregate(ctx: Ctx, scope: AggregateScope, year: number | undefined) {
  const today = todayOf(ctx);
  const y = year ?? yearOf(today);
  const ids = scope.municipalities.map((m) => m.id);
  const [entries, kommuntal] = await Promise.all([
    repo.listLedgerEntries(ctx.db, y, ids),
    lookupKommuntal(ctx.db, y, ids),
  ]);
  const byOrg = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    const list = byOrg.get(e.orgId) ?? [];
    list.push(e);
    byOrg.set(e.orgId, list);
  }
  const municipalities = scope.municipalities.map((m) => {
    const totals = ledgerTotals(byOrg.get(m.id) ?? [], kommuntal.get(m.id) ?? null, today);
    return { orgId: m.id, code: m.code, name: m.name, totals, behind: behindPlan(totals, y, today) };
  });
  const anyKommuntal = municipalities.some((m) => m.totals.kommuntal !== null);
  const sumKommuntal = municipalities.reduce((s, m) => s + (m.totals.kommuntal ?? 0), 0);
  const totals = ledgerTotals(entries, anyKommuntal ? sumKommuntal : null, today);
  const trend = sumTrends(scope.municipalities.map((m) => weeklyTrend(byOrg.get(m.id) ?? [], y, today)));
  return {
    scope: { kind: scope.kind, id: scope.id, name: scope.name },
    year: y,
    totals,
    behind: behindPlan(totals, y, today),
    trend: trend.length > 0 ? trend : weeklyTrend([], y, today),
    municipalities,
  };
}

export async function getNetworkLedger(ctx: Ctx, networkId: string, year: number | undefined) {
  return aggregate(ctx, await loadNetworkScope(ctx, networkId), year);
}

export async function getCountyLedger(ctx: Ctx, countyCode: string, year: number | undefined) {
  return aggregate(ctx, await loadCountyScope(ctx, countyCode), year);
}

export { listReceptionScopes };
