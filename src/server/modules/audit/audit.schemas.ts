import { z } from '@hono/zod-openapi';

export const auditQuery = z.object({
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(200).optional(),
  /** A user id, or part of the actor's name or e-mail address. */
  actor: z.string().trim().max(200).optional(),
  /** An exact action (`user.invite`) or a prefix ending in a dot (`user.`). */
  action: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorOrgId: z.string().nullable(),
    actorOrgName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string(),
  })
  .openapi('AuditEntry');

export const auditPage = z
  .object({
    items: z.array(auditEntry),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('AuditPage');
