import { and, asc, eq, inArray } from 'drizzle-orm';
import { networkMembers, organisations } from '../../db/schema/registry';
import { reports } from '../../db/schema/reports';
import type { DbOrTx } from '../../platform/db';

export interface OrganisationEntry {
  id: string;
  code: string | null;
  name: string;
  shortName: string;
}

/**
 * Every organisation of the registry, to recognise a row's kommunkod or name. A row for an
 * organisation outside the round's network is then reported as "not a member" rather than
 * as unknown; membership is checked apart, against `listReportingMembers`.
 */
export async function listOrganisations(db: DbOrTx): Promise<OrganisationEntry[]> {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      shortName: organisations.shortName,
    })
    .from(organisations);
}

/** The network's members that file reports, by kommunkod and name. */
export async function listReportingMembers(db: DbOrTx, networkId: string): Promise<OrganisationEntry[]> {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      shortName: organisations.shortName,
    })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.reports, 1)))
    .orderBy(asc(organisations.code), asc(organisations.name));
}

/** The reports that already exist in the round for the given organisations. */
export async function findRoundReports(db: DbOrTx, roundId: string, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({
      orgId: reports.orgId,
      status: reports.status,
      answers: reports.answers,
      draftAnswers: reports.draftAnswers,
    })
    .from(reports)
    .where(and(eq(reports.roundId, roundId), inArray(reports.orgId, orgIds)));
}
