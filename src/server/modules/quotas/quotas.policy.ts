/**
 * Who may do what with länstal and kommuntal.
 *
 * - Compute, adopt, revise and transfer ("manage"): a system admin; a coordinator of an
 *   organisation that owns a network (GR, SKR, a länsstyrelse …); an agency liaison of a
 *   länsstyrelse (code LST-xx) or of Migrationsverket (MIGR), the two agencies the law gives
 *   the task. Managers see every input, scenario and municipality.
 * - Everyone else signed in reads the national total and the county numbers; a municipality
 *   also reads its own number and its history; every member of a network reads the
 *   network's aggregate (sum and count of its member municipalities), never another
 *   member's number one by one.
 */
import { eq } from 'drizzle-orm';
import { networks, organisations } from '../../db/schema/registry';
import type { Actor } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { hasRole, isSystemAdmin } from '../../platform/policy';

export interface QuotaAccess {
  canManage: boolean;
  /** The actor's organisation, when it is a municipality (it reads its own number). */
  municipalityOrgId: string | null;
  orgId: string | null;
}

export function isQuotaAgency(org: { kind: string; code: string | null }): boolean {
  return org.kind === 'agency' && (org.code === 'MIGR' || /^LST-\d{2}$/.test(org.code ?? ''));
}

export async function loadQuotaAccess(db: DbOrTx, actor: Actor): Promise<QuotaAccess> {
  if (actor.kind === 'system') return { canManage: true, municipalityOrgId: null, orgId: null };
  const org = (await db.select().from(organisations).where(eq(organisations.id, actor.orgId)).limit(1))[0];
  const municipalityOrgId = org?.kind === 'municipality' ? org.id : null;
  if (isSystemAdmin(actor)) return { canManage: true, municipalityOrgId, orgId: actor.orgId };
  let canManage = false;
  if (org && hasRole(actor, 'agency_liaison') && isQuotaAgency(org)) canManage = true;
  if (!canManage && hasRole(actor, 'coordinator')) {
    const owned = await db
      .select({ id: networks.id })
      .from(networks)
      .where(eq(networks.ownerOrgId, actor.orgId))
      .limit(1);
    canManage = owned.length > 0;
  }
  return { canManage, municipalityOrgId, orgId: actor.orgId };
}
