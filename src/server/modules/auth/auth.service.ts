import { writeAudit } from '../../platform/audit';
import { burnVerify, hashPassword, verifyPassword } from '../../platform/auth/password';
import * as limits from '../../platform/auth/rate-limit';
import { createSession, deleteUserSessions, toRoles } from '../../platform/auth/session';
import { hashToken, newToken } from '../../platform/auth/tokens';
import type { Ctx } from '../../platform/context';
import { nowOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { translator } from '../../platform/i18n';
import { queueMail } from '../../platform/outbox';
import * as repo from './auth.repository';

const WINDOW_SECONDS = 15 * 60;
const MAX_PER_ACCOUNT = 10;
const MAX_PER_ADDRESS = 50;

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string;
}

/**
 * Checks the password and opens a session. Attempts are counted per account and per
 * address before the password is checked, so guessing is throttled either way.
 */
export async function login(ctx: Ctx, input: LoginInput) {
  const now = nowOf(ctx);
  const perAccount = await limits.hit(ctx.db, `login:acct:${input.email}`, WINDOW_SECONDS, now);
  const perAddress = await limits.hit(ctx.db, `login:ip:${input.ip}`, WINDOW_SECONDS, now);
  if (perAccount > MAX_PER_ACCOUNT || perAddress > MAX_PER_ADDRESS) {
    throw new AppError('rate_limited', { retryAfterSeconds: WINDOW_SECONDS });
  }
  const user = await repo.findUserByEmail(ctx.db, input.email);
  if (!user?.passwordHash || !user.isActive) {
    await burnVerify(input.password);
    throw new AppError('invalid_credentials');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError('invalid_credentials');

  await limits.reset(ctx.db, `login:acct:${input.email}`);
  const session = await createSession(ctx.db, user.id, input, now);
  await repo.touchLogin(ctx.db, user.id, now);
  const actor = { kind: 'user' as const, userId: user.id, orgId: user.orgId, roles: toRoles(user.roles) };
  await writeAudit(
    { ...ctx, actor: { ...actor, email: user.email, name: user.name, locale: user.locale } },
    { action: 'auth.login', entityType: 'user', entityId: user.id },
  );
  return { ...session, userId: user.id };
}

/** The signed-in user with organisation and networks, as the client needs it. */
export async function getSessionUser(db: Db | Ctx['db'], userId: string) {
  const profile = await repo.findUserProfile(db, userId);
  if (!profile) throw new AppError('unauthenticated');
  const roles = toRoles(profile.roles);
  const isCoordinator = roles.includes('coordinator') || roles.includes('system_admin');
  const nets = await repo.findOrgNetworks(db, profile.orgId);
  return {
    ...profile,
    roles,
    networks: nets.map((n) => ({
      id: n.id,
      slug: n.slug,
      name: n.name,
      isCoordinator: isCoordinator && (n.ownerOrgId === profile.orgId || roles.includes('system_admin')),
    })),
  };
}

/**
 * Sends a reset link when the address belongs to an active account. The answer is the
 * same either way, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(ctx: Ctx, email: string, publicUrl: string) {
  const now = nowOf(ctx);
  if ((await limits.hit(ctx.db, `reset:${email}`, 3600, now)) > 5) return;
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user?.isActive) return;
  const token = newToken();
  await repo.insertAuthToken(ctx.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    purpose: 'reset',
    expiresAt: new Date(now.getTime() + 3_600_000),
  });
  const t = translator(user.locale);
  const link = `${publicUrl}/losenord/nytt?token=${encodeURIComponent(token)}`;
  await queueMail(ctx.db, {
    to: user.email,
    subject: t('auth:mail.reset.subject'),
    text: t('auth:mail.reset.text', { name: user.name, link }),
  });
}

/** Sets a password from an invitation or reset token; ends every other session. */
export async function setPasswordWithToken(ctx: Ctx, token: string, password: string) {
  const now = nowOf(ctx);
  // Hash before touching the token: hashing is slow and must not hold a transaction open.
  const passwordHash = await hashPassword(password);
  const used = await repo.consumeAuthToken(ctx.db, hashToken(token), now);
  if (!used) throw new AppError('not_found', { entity: 'token' });
  await repo.setPasswordHash(ctx.db, used.userId, passwordHash, now);
  await deleteUserSessions(ctx.db, used.userId);
  await writeAudit(ctx, {
    action: `auth.password.${used.purpose}`,
    entityType: 'user',
    entityId: used.userId,
  });
}
