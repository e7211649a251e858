import { and, eq, inArray } from 'drizzle-orm';
import { type ContactFunction, type Role, userFunctions, users } from '../db/schema/accounts';
import { organisations } from '../db/schema/registry';
import { writeAudit } from '../platform/audit';
import { hashPassword } from '../platform/auth/password';
import { type Ctx, inTransaction } from '../platform/context';
import type { DbOrTx } from '../platform/db';

/** Shared by every demo account and printed at start; demo data never exists in production. */
export const DEMO_PASSWORD = 'demo-samla-2026';
export const DEMO_DOMAIN = 'demo.samla.se';

export interface DemoAccount {
  email: string;
  password: string;
  description: string;
}

interface PersonSeed {
  local: string;
  name: string;
  title: string;
  phone: string;
  orgCode: string;
  roles: Role[];
  functions: ContactFunction[];
  description?: string;
}

// Names are invented; phone numbers come from the ranges PTS reserves for fiction
// (031-390 06 00–99 and 070-174 06 05–99), so none of them reaches a real person.
const accounts: PersonSeed[] = [
  {
    local: 'rapportor.goteborg',
    name: 'Elin Demosdotter',
    title: 'Beredskapssamordnare',
    phone: '031-390 06 01',
    orgCode: '1480',
    roles: ['reporter'],
    functions: ['beredskapssamordnare'],
    description: 'Rapportör, Göteborgs kommun',
  },
  {
    local: 'rapportor.molndal',
    name: 'Oskar Provsson',
    title: 'Enhetschef',
    phone: '031-390 06 02',
    orgCode: '1481',
    roles: ['reporter'],
    functions: ['enhetschef'],
    description: 'Rapportör, Mölndals kommun',
  },
  {
    local: 'rapportor.kungsbacka',
    name: 'Sara Exempelsson',
    title: 'Socialsekreterare',
    phone: '031-390 06 03',
    orgCode: '1384',
    roles: ['reporter'],
    functions: ['socialsekreterare', 'integrationssamordnare'],
    description: 'Rapportör, Kungsbacka kommun',
  },
  {
    local: 'socialchef.goteborg',
    name: 'Karin Fiktiv',
    title: 'Socialchef',
    phone: '031-390 06 04',
    orgCode: '1480',
    roles: ['org_admin', 'reporter'],
    functions: ['socialchef'],
    description: 'Organisationsadministratör (socialchef), Göteborgs kommun',
  },
  {
    local: 'samordnare.gr',
    name: 'Johan Låtsasson',
    title: 'Samordnare mottagande',
    phone: '031-390 06 05',
    orgCode: 'GR',
    roles: ['coordinator'],
    functions: ['integrationssamordnare'],
    description: 'Samordnare, GR – Göteborgsregionen',
  },
  {
    local: 'samordnare.skr',
    name: 'Lina Påhittad',
    title: 'Handläggare socialtjänst',
    phone: '070-174 06 06',
    orgCode: 'SKR',
    roles: ['coordinator'],
    functions: ['beredskapssamordnare'],
    description: 'Samordnare, SKR',
  },
  {
    local: 'kontakt.migrationsverket',
    name: 'Amir Demo',
    title: 'Samverkansansvarig',
    phone: '070-174 06 07',
    orgCode: 'MIGR',
    roles: ['agency_liaison'],
    functions: ['integrationssamordnare'],
    description: 'Myndighetskontakt, Migrationsverket',
  },
  {
    local: 'lasare.skr',
    name: 'Per Testberg',
    title: 'Sektionschef',
    phone: '070-174 06 08',
    orgCode: 'SKR',
    roles: ['viewer'],
    functions: [],
    description: 'Läsare, SKR',
  },
  {
    local: 'admin',
    name: 'Samla Demoadmin',
    title: 'Driftansvarig',
    phone: '070-174 06 09',
    orgCode: 'SAMLA',
    roles: ['system_admin'],
    functions: [],
    description: 'Systemadministratör, Samla drift',
  },
];

const firstNames = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Fatima',
  'Mikael',
  'Sofia',
  'Ali',
  'Eva',
  'Jonas',
  'Ida',
  'Nils',
  'Hanna',
];
const lastNames = [
  'Demoberg',
  'Provlund',
  'Fiktivsson',
  'Exempelstam',
  'Låtsasgren',
  'Testmark',
  'Påhittström',
];
const extraFunctions: { fn: ContactFunction; title: string; roles: Role[]; local: string }[] = [
  { fn: 'socialchef', title: 'Socialchef', roles: ['org_admin'], local: 'socialchef' },
  { fn: 'beredskapssamordnare', title: 'Beredskapssamordnare', roles: ['reporter'], local: 'beredskap' },
  {
    fn: 'informationssakerhetssamordnare',
    title: 'Informationssäkerhetssamordnare',
    roles: ['viewer'],
    local: 'infosak',
  },
  { fn: 'kommunikator', title: 'Kommunikatör', roles: ['viewer'], local: 'kommunikation' },
  { fn: 'digitaliseringschef', title: 'Digitaliseringschef', roles: ['viewer'], local: 'digital' },
];

/** ASCII e-mail part from a Swedish short name ("Lilla Edet" → "lilla-edet"). */
function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A few contacts without a password in every GR municipality, so the directory has content. */
function directoryContacts(grOrgs: { code: string; shortName: string }[], taken: Set<string>): PersonSeed[] {
  const out: PersonSeed[] = [];
  grOrgs.forEach((org, i) => {
    extraFunctions.forEach((f, j) => {
      const local = `${f.local}.${slugify(org.shortName)}`;
      if (taken.has(local)) return;
      const n = i * extraFunctions.length + j;
      out.push({
        local,
        name: `${firstNames[n % firstNames.length]} ${lastNames[(n * 3 + i) % lastNames.length]}`,
        title: f.title,
        phone: `031-390 06 ${String(10 + (n % 90)).padStart(2, '0')}`,
        orgCode: org.code,
        roles: f.roles,
        functions: [f.fn],
      });
    });
  });
  return out;
}

export async function hasDemoUsers(db: DbOrTx): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.isDemo, true)).limit(1);
  return rows.length > 0;
}

/** The demo sign-in accounts that exist, to print again on later starts. */
export async function listDemoAccounts(db: DbOrTx): Promise<DemoAccount[]> {
  const emails = accounts.map((a) => `${a.local}@${DEMO_DOMAIN}`);
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.email, emails), eq(users.isDemo, true), eq(users.isActive, true)));
  const present = new Set(rows.map((r) => r.email));
  return accounts.flatMap((a) => {
    const email = `${a.local}@${DEMO_DOMAIN}`;
    return present.has(email) ? [{ email, password: DEMO_PASSWORD, description: a.description ?? '' }] : [];
  });
}

/**
 * Creates the demo accounts (with the shared demo password) and the password-less directory
 * contacts of the GR municipalities. Call only outside production and only when
 * `hasDemoUsers` is false; e-mail addresses already taken are left alone.
 */
export async function seedDemoAccounts(ctx: Ctx, grCodes: string[]): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(ctx, async (tx) => {
    const orgRows = await tx.db
      .select({ id: organisations.id, code: organisations.code, shortName: organisations.shortName })
      .from(organisations)
      .where(inArray(organisations.code, [...new Set([...accounts.map((a) => a.orgCode), ...grCodes])]));
    const orgId = new Map(orgRows.map((o) => [o.code ?? '', o.id]));
    const grOrgs = orgRows.flatMap((o) =>
      o.code && grCodes.includes(o.code) ? [{ code: o.code, shortName: o.shortName }] : [],
    );
    const people = [...accounts, ...directoryContacts(grOrgs, new Set(accounts.map((a) => a.local)))];

    const values = people.flatMap((p) => {
      const id = orgId.get(p.orgCode);
      if (!id) return [];
      return [
        {
          email: `${p.local}@${DEMO_DOMAIN}`,
          name: p.name,
          title: p.title,
          phone: p.phone,
          orgId: id,
          roles: p.roles,
          passwordHash: p.description ? passwordHash : null,
          isDemo: true,
        },
      ];
    });
    const created = await tx.db
      .insert(users)
      .values(values)
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    const idByEmail = new Map(created.map((u) => [u.email, u.id]));
    const functionRows = people.flatMap((p) => {
      const userId = idByEmail.get(`${p.local}@${DEMO_DOMAIN}`);
      return userId ? p.functions.map((fn) => ({ userId, function: fn })) : [];
    });
    if (functionRows.length > 0) await tx.db.insert(userFunctions).values(functionRows).onConflictDoNothing();
    await writeAudit(tx, {
      action: 'demo.accounts.seed',
      entityType: 'user',
      entityId: 'demo',
      after: { created: created.length },
    });
    return accounts.flatMap((a) => {
      const email = `${a.local}@${DEMO_DOMAIN}`;
      return idByEmail.has(email)
        ? [{ email, password: DEMO_PASSWORD, description: a.description ?? '' }]
        : [];
    });
  });
}
