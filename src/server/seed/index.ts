import type { AppDeps } from '../platform/http';

export interface SeedOptions {
  demo: boolean;
}

export interface SeedResult {
  /** Demo accounts created (e-mail, password, role description), to print at start. */
  demoAccounts: { email: string; password: string; description: string }[];
  seededRegistry: boolean;
}

/**
 * Seeds the registry (counties, municipalities, agencies, associations, the two networks,
 * the two report templates) when the database has none, and with `demo` also demo
 * accounts and 12 weeks of synthetic reports. Idempotent.
 */
export async function runSeed(_deps: AppDeps, _options: SeedOptions): Promise<SeedResult> {
  return { demoAccounts: [], seededRegistry: false };
}
