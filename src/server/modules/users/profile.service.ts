import { type ContactFunction, contactFunctions } from '../../db/schema/accounts';
import { writeAudit } from '../../platform/audit';
import { toRoles } from '../../platform/auth/session';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { requireUser } from '../../platform/policy';
import * as repo from './users.repository';

export interface ProfileInput {
  name?: string | undefined;
  title?: string | undefined;
  phone?: string | undefined;
  locale?: 'sv' | 'en' | undefined;
  functions?: ContactFunction[] | undefined;
}

/** The signed-in person's own details, as their profile page edits them. */
export async function getProfile(ctx: Ctx) {
  const actor = requireUser(ctx.actor);
  const u = await repo.findUser(ctx.db, actor.userId, actor.orgId);
  if (!u) throw notFound('user');
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    title: u.title,
    phone: u.phone,
    orgId: u.orgId,
    orgName: u.orgName,
    roles: toRoles(u.roles),
    functions: contactFunctions.filter((f) => u.functions.includes(f)),
    locale: u.locale,
  };
}

/** Everyone keeps their own contact details and functions current; roles are not theirs to change. */
export async function updateProfile(ctx: Ctx, input: ProfileInput) {
  const actor = requireUser(ctx.actor);
  await inTransaction(ctx, async (tx) => {
    const before = await getProfile(tx);
    await repo.updateUser(tx.db, actor.userId, {
      name: input.name,
      title: input.title,
      phone: input.phone,
      locale: input.locale,
      updatedAt: nowOf(tx),
    });
    if (input.functions) {
      await repo.replaceFunctions(
        tx.db,
        actor.userId,
        contactFunctions.filter((f) => input.functions?.includes(f)),
      );
    }
    const after = await getProfile(tx);
    const pick = (p: typeof before) => ({
      name: p.name,
      title: p.title,
      phone: p.phone,
      locale: p.locale,
      functions: p.functions,
    });
    await writeAudit(tx, {
      action: 'user.profile.update',
      entityType: 'user',
      entityId: actor.userId,
      before: pick(before),
      after: pick(after),
    });
  });
  return getProfile(ctx);
}
