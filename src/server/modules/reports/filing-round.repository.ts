import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { batchedLookup } from '../../platform/batcher';
import { arrayParam, type DbOrTx, queryPrepared } from '../../platform/db';

/**
 * The round an organisation files in, read on every draft save and submit, so it is made
 * cheap under load: lookups that arrive together share one statement (planned once, one
 * round trip), and a template version's definition, which never changes once written, is
 * read once per process instead of with every lookup.
 */

export interface FilingRound {
  id: string;
  networkId: string;
  networkName: string;
  templateId: string;
  templateName: string;
  templateVersionId: string;
  templateVersion: number;
  definition: TemplateDefinition;
  kind: 'weekly' | 'extra';
  isoYear: number;
  isoWeek: number;
  title: string;
  opensAt: Date;
  deadlineAt: Date;
  /** 1 when the organisation files in the network; 0 when it takes part without filing. */
  memberReports: number;
}

interface Key {
  roundId: string;
  orgId: string;
}

type RoundRow = Omit<FilingRound, 'definition' | 'opensAt' | 'deadlineAt'> & {
  i: number;
  opensAt: Date | string;
  deadlineAt: Date | string;
};

async function findRoundRows(db: DbOrTx, keys: readonly Key[]): Promise<(RoundRow | null)[]> {
  const rows = await queryPrepared<RoundRow>(
    db,
    sql`SELECT x.i::int AS i, r.id, r.network_id AS "networkId", n.name AS "networkName",
        r.template_id AS "templateId", t.name AS "templateName", r.template_version_id AS "templateVersionId",
        tv.version AS "templateVersion", r.kind, r.iso_year AS "isoYear", r.iso_week AS "isoWeek", r.title,
        r.opens_at AS "opensAt", r.deadline_at AS "deadlineAt", m.reports AS "memberReports"
      FROM unnest(${arrayParam(keys.map((k) => k.roundId))}::uuid[], ${arrayParam(keys.map((k) => k.orgId))}::uuid[])
        WITH ORDINALITY AS x(round_id, org_id, i)
      JOIN rounds r ON r.id = x.round_id
      JOIN network_members m ON m.network_id = r.network_id AND m.org_id = x.org_id
      JOIN networks n ON n.id = r.network_id
      JOIN templates t ON t.id = r.template_id
      JOIN template_versions tv ON tv.id = r.template_version_id`,
  );
  const out: (RoundRow | null)[] = keys.map(() => null);
  for (const row of rows) out[row.i - 1] = row;
  return out;
}

/** Definitions by template version id. Versions are immutable; a new version gets a new id. */
const definitions = new Map<string, TemplateDefinition>();
const MAX_DEFINITIONS = 1000;

async function definitionsOf(db: DbOrTx, versionIds: readonly string[]): Promise<void> {
  const missing = [...new Set(versionIds)].filter((id) => !definitions.has(id));
  if (missing.length === 0) return;
  const rows = await queryPrepared<{ id: string; definition: TemplateDefinition }>(
    db,
    sql`SELECT id, definition FROM template_versions WHERE id = ANY(${arrayParam(missing)}::uuid[])`,
  );
  if (definitions.size + rows.length > MAX_DEFINITIONS) definitions.clear();
  for (const row of rows) definitions.set(row.id, row.definition);
}

async function findFilingRounds(db: DbOrTx, keys: readonly Key[]): Promise<(FilingRound | null)[]> {
  const rows = await findRoundRows(db, keys);
  await definitionsOf(
    db,
    rows.flatMap((r) => (r ? [r.templateVersionId] : [])),
  );
  return rows.map((row) => {
    const definition = row ? definitions.get(row.templateVersionId) : undefined;
    if (!row || !definition) return null;
    const { i: _i, ...round } = row;
    return { ...round, definition, opensAt: new Date(row.opensAt), deadlineAt: new Date(row.deadlineAt) };
  });
}

const lookup = batchedLookup(findFilingRounds);

/**
 * A round as seen by one member organisation: null when the round does not exist or the
 * organisation is not a member of its network, so non-members cannot probe round ids.
 * Inside a transaction it is read right there; otherwise it joins the lookups in flight.
 */
export async function findRoundForOrg(
  db: DbOrTx,
  roundId: string,
  orgId: string,
): Promise<FilingRound | null> {
  if (db instanceof PgTransaction) return (await findFilingRounds(db, [{ roundId, orgId }]))[0] ?? null;
  return lookup(db, { roundId, orgId });
}
