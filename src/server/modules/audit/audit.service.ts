import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { auditScopeOrgId, mayReadAudit } from './audit.policy';
import { type AuditFilter, listAudit } from './audit.repository';

export interface AuditQuery extends Omit<AuditFilter, 'from' | 'to'> {
  from?: string | undefined;
  to?: string | undefined;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** A bare date means that day in Swedish time; `to` includes the whole of its day. */
function bound(value: string | undefined, path: 'from' | 'to'): Date | undefined {
  if (!value) return undefined;
  const isDate = dateOnly.test(value);
  let dt = isDate ? DateTime.fromISO(value, { zone: ZONE }).startOf('day') : DateTime.fromISO(value);
  if (isDate && path === 'to') dt = dt.plus({ days: 1 });
  if (!dt.isValid) throw new AppError('validation', { fields: [{ path, code: 'invalid_format' }] });
  return dt.toJSDate();
}

export async function readAuditLog(ctx: Ctx, query: AuditQuery, page: number, pageSize: number) {
  authorize(ctx.actor, mayReadAudit(ctx.actor));
  const filter: AuditFilter = { ...query, from: bound(query.from, 'from'), to: bound(query.to, 'to') };
  const { items, total } = await listAudit(ctx.db, auditScopeOrgId(ctx.actor), filter, page, pageSize);
  return {
    items: items.map((i) => ({ ...i, id: Number(i.id), at: i.at.toISOString() })),
    total,
    page,
    pageSize,
  };
}
