import { writeAudit } from '../../platform/audit';
import { hashToken, newToken } from '../../platform/auth/tokens';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { authorize, requireUser } from '../../platform/policy';
import { canManageApiTokens } from './api-tokens.policy';
import * as repo from './api-tokens.repository';

/** Every token starts so; secret scanners and people can recognise a leaked one. */
export const TOKEN_MARK = 'samla_';
const PREFIX_LENGTH = TOKEN_MARK.length + 6;

export function presentToken(row: repo.ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(ctx: Ctx) {
  const actor = requireUser(ctx.actor);
  authorize(actor, canManageApiTokens(actor));
  const rows = await repo.listOrgTokens(ctx.db, actor.orgId);
  return rows.map(presentToken);
}

/**
 * Creates a token for the admin's own organisation. The secret is returned once; only
 * its SHA-256 is stored, so it can never be shown again.
 */
export async function createApiToken(ctx: Ctx, input: { name: string }) {
  const actor = requireUser(ctx.actor);
  authorize(actor, canManageApiTokens(actor));
  const secret = `${TOKEN_MARK}${newToken()}`;
  const prefix = secret.slice(0, PREFIX_LENGTH);
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const id = await repo.insertToken(tx.db, {
      orgId: actor.orgId,
      name: input.name,
      tokenHash: hashToken(secret),
      prefix,
      createdBy: actor.userId,
      now,
    });
    await writeAudit(tx, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: id,
      after: { name: input.name, prefix, orgId: actor.orgId },
    });
    const row = await repo.findOrgToken(tx.db, actor.orgId, id);
    if (!row) throw notFound('api_token');
    return { token: presentToken(row), secret };
  });
}

/** Revokes a token of the admin's organisation; revoking twice is harmless. */
export async function revokeApiToken(ctx: Ctx, id: string) {
  const actor = requireUser(ctx.actor);
  authorize(actor, canManageApiTokens(actor));
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const existing = await repo.findOrgToken(tx.db, actor.orgId, id);
    if (!existing) throw notFound('api_token');
    if (await repo.revokeToken(tx.db, actor.orgId, id, now)) {
      await writeAudit(tx, {
        action: 'api_token.revoke',
        entityType: 'api_token',
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString() },
      });
    }
  });
}
