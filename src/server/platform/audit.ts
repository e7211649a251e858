import { auditLog } from '../db/schema/audit';
import { actorOrgId, actorUserId, type Ctx } from './context';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Records a change. Call it with the transaction's context so the audit row commits or
 * rolls back together with the change it describes.
 */
export async function writeAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditLog).values({
    actorUserId: actorUserId(ctx.actor),
    actorOrgId: actorOrgId(ctx.actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: ctx.ip ?? '',
  });
}
