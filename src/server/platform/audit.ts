import { type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema/audit';
import { type Actor, actorOrgId, actorUserId, type Ctx } from './context';
import { type DbOrTx, queryPrepared } from './db';

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

/** One change of a batch, made by its own caller. */
export type AuditRow = AuditEntry & { actor: Actor; ip?: string | undefined };

/**
 * The INSERT of audit rows made by a query (its columns in this order: actor_user_id,
 * actor_org_id, action, entity_type, entity_id, before, after, ip), for a caller that
 * builds the rows from data already in its statement.
 */
export function auditRowsFrom(select: SQL): SQL {
  return sql`INSERT INTO audit_log (actor_user_id, actor_org_id, action, entity_type, entity_id, before, after, ip)
    ${select}`;
}

/**
 * Several changes by several actors in one statement (a batch of submissions, each made by
 * its own caller), in the transaction of the changes.
 */
export async function writeAuditRows(db: DbOrTx, entries: readonly AuditRow[]): Promise<void> {
  if (entries.length === 0) return;
  const json = JSON.stringify(
    entries.map((e) => ({
      actor_user_id: actorUserId(e.actor),
      actor_org_id: actorOrgId(e.actor),
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      ip: e.ip ?? '',
    })),
  );
  await queryPrepared(
    db,
    auditRowsFrom(sql`SELECT actor_user_id, actor_org_id, action, entity_type, entity_id, before, after, ip
      FROM jsonb_to_recordset(${json}::jsonb) AS x(actor_user_id uuid, actor_org_id uuid, action text,
        entity_type text, entity_id text, before jsonb, after jsonb, ip text)`),
  );
}
