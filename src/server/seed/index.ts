import type { Ctx } from '../platform/context';
import type { AppDeps } from '../platform/http';
import { type DemoAccount, hasDemoUsers, listDemoAccounts, seedDemoAccounts } from './accounts';
import { seedDemoCalendar, seedDemoCriticalReport } from './demo-calendar';
import { seedDemoCollaboration } from './demo-collaboration';
import { seedDemoConsultations } from './demo-consultations';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoPlanner } from './demo-planner';
import { seedDemoQuotas } from './demo-quotas';
import { seedDemoReception } from './demo-reception';
import { seedDemoReports } from './demo-reports';
import { type RegistrySeedResult, seedRegistry } from './registry';
import { readGrMemberCodes } from './registry-data';
import { seedTemplates } from './templates';

export interface SeedOptions {
  demo: boolean;
}

export interface SeedResult {
  /** Demo sign-in accounts (e-mail, password, role description), to print at start. */
  demoAccounts: DemoAccount[];
  /** True when this run inserted any registry rows (a fresh database). */
  seededRegistry: boolean;
  registry: RegistrySeedResult;
}

/**
 * Runs on every start. The registry and the standard templates are inserted where missing;
 * with `demo` (never in production) demo accounts and 12 weeks of synthetic reports are
 * added once, on a database that has no demo users yet.
 */
export async function runSeed(deps: AppDeps, options: SeedOptions): Promise<SeedResult> {
  const ctx: Ctx = {
    db: deps.database.db,
    actor: { kind: 'system' },
    ...(deps.now ? { now: deps.now } : {}),
  };
  const registry = await seedRegistry(ctx);
  await seedTemplates(ctx);
  const seededRegistry = registry.counties + registry.organisations + registry.networks > 0;

  const demoAllowed = options.demo && !deps.config.isProduction && process.env.NODE_ENV !== 'production';
  if (!demoAllowed) return { demoAccounts: [], seededRegistry, registry };
  if (await hasDemoUsers(ctx.db)) {
    return { demoAccounts: await listDemoAccounts(ctx.db), seededRegistry, registry };
  }

  const demoAccounts = await seedDemoAccounts(ctx, readGrMemberCodes());
  deps.logger.info({ accounts: demoAccounts.length }, 'demo accounts created');
  await seedDemoReports(ctx, { weeks: 12 });
  deps.logger.info('demo reports created');
  await seedDemoQuotas(ctx);
  deps.logger.info('demo kommuntal created');
  deps.logger.info(await seedDemoMeetings(ctx), 'demo meetings created');
  deps.logger.info(await seedDemoReception(ctx), 'demo reception data created');
  deps.logger.info(await seedDemoPlanner(ctx), 'demo planner batch created');
  deps.logger.info(await seedDemoCalendar(ctx), 'demo calendar events created');
  deps.logger.info(await seedDemoCriticalReport(ctx), 'demo Kritisk report for the escalation loop');
  deps.logger.info(await seedDemoConsultations(ctx), 'demo consultations created');
  deps.logger.info(await seedDemoCollaboration(ctx), 'demo questions and bulletins created');
  return { demoAccounts, seededRegistry, registry };
}
