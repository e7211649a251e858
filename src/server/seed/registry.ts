import { inArray } from 'drizzle-orm';
import { counties, networkMembers, networks, organisations } from '../db/schema/registry';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction } from '../platform/context';
import {
  fixedOrganisations,
  lansstyrelser,
  networkSeeds,
  readCounties,
  readGrMemberCodes,
  readMunicipalities,
} from './registry-data';

export interface RegistrySeedResult {
  counties: number;
  organisations: number;
  networks: number;
  members: number;
}

/**
 * Counties, municipalities, länsstyrelser, agencies, associations, the operator and the two
 * standard networks. Runs on every start and inserts only what is missing: existing rows are
 * never changed. A network's members are seeded only when the network itself is created, so
 * a coordinator's later changes to the membership stay as they are.
 */
export async function seedRegistry(ctx: Ctx): Promise<RegistrySeedResult> {
  const countyRows = readCounties();
  const municipalities = readMunicipalities();
  const grCodes = readGrMemberCodes();
  const orgSeeds = [...municipalities, ...lansstyrelser(countyRows), ...fixedOrganisations];
  const netSeeds = networkSeeds(
    municipalities.map((m) => m.code),
    grCodes,
    countyRows.map((c) => c.code),
  );

  return inTransaction(ctx, async (tx) => {
    // One multi-row insert per table: the embedded database pays per statement.
    const newCounties = await tx.db
      .insert(counties)
      .values(countyRows)
      .onConflictDoNothing()
      .returning({ code: counties.code });
    const newOrgs = await tx.db
      .insert(organisations)
      .values(orgSeeds)
      .onConflictDoNothing({ target: organisations.code })
      .returning({ id: organisations.id });

    const allCodes = [...new Set(netSeeds.flatMap((n) => [n.ownerCode, ...n.members.map((m) => m.code)]))];
    const idRows = await tx.db
      .select({ id: organisations.id, code: organisations.code })
      .from(organisations)
      .where(inArray(organisations.code, allCodes));
    const idOf = new Map(idRows.map((r) => [r.code ?? '', r.id]));

    let newNetworks = 0;
    let newMembers = 0;
    for (const seed of netSeeds) {
      const ownerOrgId = idOf.get(seed.ownerCode);
      if (!ownerOrgId) throw new Error(`seed: no organisation ${seed.ownerCode}`);
      const created = await tx.db
        .insert(networks)
        .values({
          slug: seed.slug,
          name: seed.name,
          description: seed.description,
          ownerOrgId,
          opensWeekday: seed.opensWeekday,
          opensTime: seed.opensTime,
          deadlineWeekday: seed.deadlineWeekday,
          deadlineTime: seed.deadlineTime,
        })
        .onConflictDoNothing({ target: networks.slug })
        .returning({ id: networks.id });
      const networkId = created[0]?.id;
      if (!networkId) continue;
      newNetworks++;
      const members = seed.members.map((m) => {
        const orgId = idOf.get(m.code);
        if (!orgId) throw new Error(`seed: no organisation ${m.code}`);
        return { networkId, orgId, reports: m.reports };
      });
      await tx.db.insert(networkMembers).values(members).onConflictDoNothing();
      newMembers += members.length;
    }

    const result = {
      counties: newCounties.length,
      organisations: newOrgs.length,
      networks: newNetworks,
      members: newMembers,
    };
    if (result.counties + result.organisations + result.networks > 0) {
      await writeAudit(tx, {
        action: 'registry.seed',
        entityType: 'registry',
        entityId: 'seed',
        after: result,
      });
    }
    return result;
  });
}
