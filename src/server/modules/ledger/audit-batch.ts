import { auditLog } from '../../db/schema/audit';
import type { AuditEntry } from '../../platform/audit';
import { actorOrgId, actorUserId, type Ctx } from '../../platform/context';

/**
 * Many audit rows in one statement, in the caller's transaction: a planner batch creates
 * thousands of anvisningar at once and each is audited like one made by hand.
 */
export async function writeAudits(ctx: Ctx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await ctx.db.insert(auditLog).values(
    entries.map((e) => ({
      actorUserId: actorUserId(ctx.actor),
      actorOrgId: actorOrgId(ctx.actor),
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      ip: ctx.ip ?? '',
    })),
  );
}
