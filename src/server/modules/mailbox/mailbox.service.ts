import type { Config } from '../../platform/config';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { requireUser } from '../../platform/policy';
import { isMailboxAvailable } from './mailbox.policy';
import * as repo from './mailbox.repository';

/**
 * Every mail in the outbox, newest first, for reading invitations and reminders in
 * development without an SMTP server. A signed-in user is still required, so a
 * development server reachable by others does not hand out reset links to anyone.
 */
export async function listDevMailbox(
  ctx: Ctx,
  config: Pick<Config, 'isProduction'>,
  input: { limit: number; to?: string | undefined },
) {
  if (!isMailboxAvailable(config)) throw notFound('route');
  requireUser(ctx.actor);
  const rows = await repo.listMails(ctx.db, input);
  return rows.map((m) => ({
    ...m,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
}
