import { and, count, desc, eq, gte, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { organisations } from '../../db/schema/registry';
import type { DbOrTx } from '../../platform/db';
import { likePattern } from '../registry/organisations.repository';

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  /** Exclusive upper bound. */
  to?: Date | undefined;
}

const actorUser = alias(users, 'actor_user');
const actorOrg = alias(organisations, 'actor_org');
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function whereOf(scopeOrgId: string | null, f: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (scopeOrgId) parts.push(eq(auditLog.actorOrgId, scopeOrgId));
  if (f.entityType) parts.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) parts.push(eq(auditLog.entityId, f.entityId));
  if (f.action) {
    parts.push(
      f.action.endsWith('.')
        ? ilike(auditLog.action, `${likePattern(f.action).slice(1)}`)
        : eq(auditLog.action, f.action),
    );
  }
  if (f.actor) {
    if (uuidPattern.test(f.actor)) parts.push(eq(auditLog.actorUserId, f.actor));
    else {
      const p = likePattern(f.actor);
      parts.push(or(ilike(actorUser.name, p), ilike(actorUser.email, p)) ?? sql`false`);
    }
  }
  if (f.from) parts.push(gte(auditLog.at, f.from));
  if (f.to) parts.push(lt(auditLog.at, f.to));
  return parts.length ? and(...parts) : undefined;
}

/** Newest first. `scopeOrgId` null: the whole log (system admin). */
export async function listAudit(
  db: DbOrTx,
  scopeOrgId: string | null,
  filter: AuditFilter,
  page: number,
  pageSize: number,
) {
  const where = whereOf(scopeOrgId, filter);
  const items = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorName: actorUser.name,
      actorEmail: actorUser.email,
      actorOrgId: auditLog.actorOrgId,
      actorOrgName: actorOrg.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorUserId))
    .leftJoin(actorOrg, eq(actorOrg.id, auditLog.actorOrgId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total =
    (
      await db
        .select({ n: count() })
        .from(auditLog)
        .leftJoin(actorUser, eq(actorUser.id, auditLog.actorUserId))
        .where(where)
    )[0]?.n ?? 0;
  return { items, total };
}
