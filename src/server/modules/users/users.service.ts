import { type ContactFunction, contactFunctions, type Role } from '../../db/schema/accounts';
import { writeAudit } from '../../platform/audit';
import { deleteUserSessions, toRoles } from '../../platform/auth/session';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize, requireUser } from '../../platform/policy';
import { isUniqueViolation } from '../registry/unique-violation';
import { sendInvitation } from './invitation';
import {
  grantableRoles,
  mayAdministerUsers,
  mayChangeOwnAccess,
  mayChangeRoles,
  userScopeOrgId,
} from './users.policy';
import * as repo from './users.repository';

type UserView = NonNullable<Awaited<ReturnType<typeof repo.findUser>>>;

function toFunctions(values: readonly string[]): ContactFunction[] {
  return contactFunctions.filter((f) => values.includes(f));
}

/** The admin view of a user; never the password hash or TOTP secret. */
export function present(u: UserView) {
  return {
    ...u,
    roles: toRoles(u.roles),
    functions: toFunctions(u.functions),
    hasPassword: Boolean(u.hasPassword),
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a user. */
function snapshot(u: ReturnType<typeof present>) {
  return {
    email: u.email,
    name: u.name,
    title: u.title,
    phone: u.phone,
    orgId: u.orgId,
    roles: u.roles,
    functions: u.functions,
    isActive: u.isActive,
  };
}

function administrator(ctx: Ctx) {
  const actor = requireUser(ctx.actor);
  authorize(actor, mayAdministerUsers(actor));
  return { actor, scope: userScopeOrgId(actor) };
}

export async function listUsers(ctx: Ctx, filter: repo.UserFilter, page: number, pageSize: number) {
  const { scope } = administrator(ctx);
  const { items, total } = await repo.listUsers(ctx.db, scope, filter, page, pageSize);
  return { items: items.map(present), total, page, pageSize };
}

/** Another organisation's user is "not found" for an org admin. */
export async function getUser(ctx: Ctx, id: string) {
  const { scope } = administrator(ctx);
  const user = await repo.findUser(ctx.db, id, scope);
  if (!user) throw notFound('user');
  return present(user);
}

export interface InviteInput {
  email: string;
  name: string;
  title?: string | undefined;
  phone?: string | undefined;
  roles: Role[];
  functions: ContactFunction[];
  locale: 'sv' | 'en';
  orgId?: string | undefined;
}

/** Creates a user without a password and e-mails a link to choose one (valid 7 days). */
export async function inviteUser(ctx: Ctx, input: InviteInput, publicUrl: string) {
  const { actor, scope } = administrator(ctx);
  const orgId = input.orgId ?? actor.orgId;
  authorize(actor, scope === null || orgId === scope, { reason: 'other_organisation' });
  authorize(
    actor,
    input.roles.every((r) => grantableRoles(actor).includes(r)),
    { reason: 'role_not_grantable' },
  );
  try {
    const id = await inTransaction(ctx, async (tx) => {
      const orgName = await repo.findOrganisationName(tx.db, orgId);
      if (!orgName) throw new AppError('validation', { fields: [{ path: 'orgId', code: 'invalid_value' }] });
      if (await repo.emailTaken(tx.db, input.email)) throw new AppError('conflict', { field: 'email' });
      const now = nowOf(tx);
      const row = await repo.insertUser(tx.db, {
        email: input.email,
        name: input.name,
        title: input.title ?? '',
        phone: input.phone ?? '',
        orgId,
        roles: toRoles(input.roles),
        locale: input.locale,
        passwordHash: null,
        createdAt: now,
        updatedAt: now,
      });
      await repo.replaceFunctions(tx.db, row.id, toFunctions(input.functions));
      await sendInvitation(
        tx,
        { userId: row.id, email: row.email, name: row.name, locale: row.locale, orgName },
        publicUrl,
      );
      const created = await repo.findUser(tx.db, row.id, null);
      if (!created) throw notFound('user');
      await writeAudit(tx, {
        action: 'user.invite',
        entityType: 'user',
        entityId: row.id,
        after: snapshot(present(created)),
      });
      return row.id;
    });
    return getUser(ctx, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', { field: 'email' });
    throw err;
  }
}

/** Sends a new invitation link to a user who has not chosen a password yet. */
export async function resendInvitation(ctx: Ctx, id: string, publicUrl: string) {
  const { scope } = administrator(ctx);
  await inTransaction(ctx, async (tx) => {
    const user = await repo.findUser(tx.db, id, scope);
    if (!user) throw notFound('user');
    if (user.hasPassword || !user.isActive) throw new AppError('conflict', { reason: 'already_accepted' });
    await repo.retireInviteTokens(tx.db, id, nowOf(tx));
    await sendInvitation(
      tx,
      { userId: id, email: user.email, name: user.name, locale: user.locale, orgName: user.orgName },
      publicUrl,
    );
    await writeAudit(tx, { action: 'user.invite.resend', entityType: 'user', entityId: id });
  });
}

export interface UpdateUserInput {
  name?: string | undefined;
  title?: string | undefined;
  phone?: string | undefined;
  roles?: Role[] | undefined;
  functions?: ContactFunction[] | undefined;
  isActive?: boolean | undefined;
}

export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput) {
  const { actor, scope } = administrator(ctx);
  await inTransaction(ctx, async (tx) => {
    const found = await repo.findUser(tx.db, id, scope);
    if (!found) throw notFound('user');
    const before = present(found);
    const roles = input.roles ? toRoles(input.roles) : before.roles;
    const isActive = input.isActive ?? before.isActive;
    authorize(actor, mayChangeRoles(actor, before.roles, roles), { reason: 'role_not_grantable' });
    if (id === actor.userId) {
      authorize(actor, mayChangeOwnAccess(before.roles, roles, isActive), { reason: 'own_access' });
    }
    await repo.updateUser(tx.db, id, {
      name: input.name,
      title: input.title,
      phone: input.phone,
      roles,
      isActive,
      updatedAt: nowOf(tx),
    });
    if (input.functions) await repo.replaceFunctions(tx.db, id, toFunctions(input.functions));
    // A deactivated account is signed out everywhere at once.
    if (!isActive && before.isActive) await deleteUserSessions(tx.db, id);
    const after = await repo.findUser(tx.db, id, null);
    if (!after) throw notFound('user');
    const action =
      isActive === before.isActive ? 'user.update' : isActive ? 'user.activate' : 'user.deactivate';
    await writeAudit(tx, {
      action,
      entityType: 'user',
      entityId: id,
      before: snapshot(before),
      after: snapshot(present(after)),
    });
  });
  return getUser(ctx, id);
}
