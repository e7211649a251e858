import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Role, users } from '../../db/schema/accounts';
import { organisations } from '../../db/schema/registry';
import { writeAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/password';
import { inTransaction } from '../../platform/context';
import type { AppDeps } from '../../platform/http';

export interface NewAccount {
  email: string;
  name: string;
  /** Organisation code; the operator organisation `SAMLA` is created when missing. */
  orgCode: string;
  roles: Role[];
  password?: string | undefined;
}

/**
 * Creates (or updates the roles and password of) an account from the command line.
 * Returns the generated password when none was given.
 */
export async function createUserAccount(deps: AppDeps, account: NewAccount): Promise<string | null> {
  const generated = account.password ? null : randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(account.password ?? generated ?? '');
  const email = account.email.trim().toLowerCase();
  await inTransaction({ db: deps.database.db, actor: { kind: 'system' } }, async (ctx) => {
    let org = (
      await ctx.db.select().from(organisations).where(eq(organisations.code, account.orgCode)).limit(1)
    )[0];
    if (!org && account.orgCode === 'SAMLA') {
      org = (
        await ctx.db
          .insert(organisations)
          .values({ kind: 'operator', code: 'SAMLA', name: 'Samla drift', shortName: 'Samla drift' })
          .returning()
      )[0];
    }
    if (!org) throw new Error(`unknown organisation code ${account.orgCode}`);
    const rows = await ctx.db
      .insert(users)
      .values({ email, name: account.name, orgId: org.id, roles: account.roles, passwordHash })
      .onConflictDoUpdate({
        target: users.email,
        set: { roles: account.roles, passwordHash, isActive: true },
      })
      .returning({ id: users.id });
    const id = rows[0]?.id ?? '';
    await writeAudit(ctx, {
      action: 'user.create_admin',
      entityType: 'user',
      entityId: id,
      after: { email, roles: account.roles },
    });
  });
  return generated;
}
