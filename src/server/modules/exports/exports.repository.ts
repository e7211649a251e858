/**
 * SQL of the exports. The answers export reads round by round and, within a round, in
 * pages by organisation (keyset on kommunkod and id), so a ten-year export of a national
 * network never holds more than one page of reports in memory.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Answers } from '../../../core/reports/answers';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import type { IsoWeek } from '../../../core/time/iso-week';
import { type DbOrTx, queryRows } from '../../platform/db';

export async function findCountyNames(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM counties`);
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function findTemplate(
  db: DbOrTx,
  networkId: string,
  templateId: string,
): Promise<{ id: string; name: string } | null> {
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM templates WHERE id = ${templateId} AND network_id = ${networkId}`,
  );
  return rows[0] ?? null;
}

export interface VersionRow {
  id: string;
  version: number;
  definition: TemplateDefinition;
}

/** Every version of the template, newest first. */
export async function findTemplateVersions(db: DbOrTx, templateId: string): Promise<VersionRow[]> {
  return queryRows<VersionRow>(
    db,
    sql`SELECT id, version, definition FROM template_versions WHERE template_id = ${templateId} ORDER BY version DESC`,
  );
}

export interface ExportRoundRow {
  id: string;
  kind: 'weekly' | 'extra';
  isoYear: number;
  isoWeek: number;
  title: string;
}

/** The template's rounds in the network within the weeks (inclusive), oldest first. */
export async function findRounds(
  db: DbOrTx,
  networkId: string,
  templateId: string,
  from: IsoWeek | null,
  to: IsoWeek | null,
): Promise<ExportRoundRow[]> {
  const week = sql`(r.iso_year, r.iso_week)`;
  const bounds: SQL[] = [];
  if (from) bounds.push(sql`AND ${week} >= (${from.isoYear}, ${from.isoWeek})`);
  if (to) bounds.push(sql`AND ${week} <= (${to.isoYear}, ${to.isoWeek})`);
  return queryRows<ExportRoundRow>(
    db,
    sql`SELECT r.id, r.kind, r.iso_year AS "isoYear", r.iso_week AS "isoWeek", r.title
    FROM rounds r
    WHERE r.network_id = ${networkId} AND r.template_id = ${templateId} ${sql.join(bounds, sql` `)}
    ORDER BY r.opens_at, r.id`,
  );
}

export interface SubmittedReportRow {
  orgId: string;
  code: string | null;
  name: string;
  countyCode: string | null;
  /** Sort key of the page: kommunkod, or '' for organisations without one. */
  sortCode: string;
  submittedAt: Date | string;
  isLate: boolean;
  templateVersionId: string;
  answers: Answers;
}

export interface ReportPageCursor {
  sortCode: string;
  orgId: string;
}

/**
 * One page of the submitted reports of a round, of the network's reporting members, by
 * kommunkod. `answers` holds the submitted answers (a revision in progress is elsewhere).
 */
export async function findSubmittedReportPage(
  db: DbOrTx,
  input: { networkId: string; roundId: string; after: ReportPageCursor | null; limit: number },
): Promise<SubmittedReportRow[]> {
  const sortCode = sql`coalesce(o.code, '')`;
  const after = input.after
    ? sql`AND (${sortCode}, o.id) > (${input.after.sortCode}, ${input.after.orgId}::uuid)`
    : sql``;
  return queryRows<SubmittedReportRow>(
    db,
    sql`SELECT o.id AS "orgId", o.code, o.name, o.county_code AS "countyCode", ${sortCode} AS "sortCode",
      rep.submitted_at AS "submittedAt", rep.is_late AS "isLate",
      rep.template_version_id AS "templateVersionId", rep.answers
    FROM reports rep
    JOIN organisations o ON o.id = rep.org_id
    JOIN network_members m ON m.network_id = ${input.networkId} AND m.org_id = rep.org_id AND m.reports = 1
    WHERE rep.round_id = ${input.roundId} AND rep.submitted_at IS NOT NULL ${after}
    ORDER BY ${sortCode}, o.id
    LIMIT ${input.limit}`,
  );
}
