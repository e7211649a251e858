import { randomUUID } from 'node:crypto';
import { type Role, userFunctions, users, type ContactFunction } from '../db/schema/accounts';
import { networkMembers, networks, organisations, type OrganisationKind } from '../db/schema/registry';
import { hashPassword } from '../platform/auth/password';
import type { DbOrTx } from '../platform/db';

/** A password that passes the rules; tests sign in with it. */
export const TEST_PASSWORD = 'korrekt-häst-batteri-42';
let cachedHash: Promise<string> | null = null;

export async function makeOrg(
  db: DbOrTx,
  values: { kind?: OrganisationKind; code?: string; name?: string; countyCode?: string } = {},
) {
  const code = values.code ?? `T${randomUUID().slice(0, 6)}`;
  const name = values.name ?? `Testkommun ${code}`;
  const rows = await db
    .insert(organisations)
    .values({
      kind: values.kind ?? 'municipality',
      code,
      name,
      shortName: name,
      countyCode: values.countyCode ?? null,
    })
    .returning();
  const org = rows[0];
  if (!org) throw new Error('org not created');
  return org;
}

export async function makeUser(
  db: DbOrTx,
  values: { orgId: string; roles?: Role[]; email?: string; name?: string; functions?: ContactFunction[] },
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = values.email ?? `user-${randomUUID().slice(0, 8)}@test.example`;
  const rows = await db
    .insert(users)
    .values({
      email,
      name: values.name ?? `Test ${email.split('@')[0]}`,
      orgId: values.orgId,
      roles: values.roles ?? ['reporter'],
      passwordHash: await cachedHash,
    })
    .returning();
  const user = rows[0];
  if (!user) throw new Error('user not created');
  if (values.functions?.length) {
    await db.insert(userFunctions).values(values.functions.map((f) => ({ userId: user.id, function: f })));
  }
  return user;
}

export async function makeNetwork(
  db: DbOrTx,
  values: { ownerOrgId: string; memberOrgIds?: string[]; name?: string; slug?: string },
) {
  const slug = values.slug ?? `natverk-${randomUUID().slice(0, 6)}`;
  const rows = await db
    .insert(networks)
    .values({ slug, name: values.name ?? `Nätverk ${slug}`, ownerOrgId: values.ownerOrgId })
    .returning();
  const network = rows[0];
  if (!network) throw new Error('network not created');
  if (values.memberOrgIds?.length) {
    await db.insert(networkMembers).values(values.memberOrgIds.map((orgId) => ({ networkId: network.id, orgId })));
  }
  return network;
}
