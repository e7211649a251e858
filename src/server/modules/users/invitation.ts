import { hashToken, newToken } from '../../platform/auth/tokens';
import { type Ctx, nowOf } from '../../platform/context';
import { translator } from '../../platform/i18n';
import { queueMail } from '../../platform/outbox';
import { insertAuthToken } from '../auth/auth.repository';

/** Invitation links are valid this long; the person then chooses a password. */
export const INVITE_DAYS = 7;

export interface Invitee {
  userId: string;
  email: string;
  name: string;
  locale: 'sv' | 'en';
  orgName: string;
}

/**
 * Stores a one-time invitation token (its hash only) and queues the e-mail with the link to
 * the set-password page, in the caller's transaction: no mail without the account.
 */
export async function sendInvitation(ctx: Ctx, invitee: Invitee, publicUrl: string): Promise<void> {
  const token = newToken();
  await insertAuthToken(ctx.db, {
    tokenHash: hashToken(token),
    userId: invitee.userId,
    purpose: 'invite',
    expiresAt: new Date(nowOf(ctx).getTime() + INVITE_DAYS * 86_400_000),
  });
  const t = translator(invitee.locale);
  const inviter = ctx.actor.kind === 'user' ? ctx.actor.name : 'Samla';
  const link = `${publicUrl}/losenord/nytt?token=${encodeURIComponent(token)}`;
  await queueMail(ctx.db, {
    to: invitee.email,
    subject: t('admin:mail.invite.subject'),
    text: t('admin:mail.invite.text', {
      name: invitee.name,
      inviter,
      org: invitee.orgName,
      link,
      days: INVITE_DAYS,
    }),
  });
}
