/**
 * SQL of one organisation's history in a network: the last N opened rounds with the
 * organisation's submitted report in each (its answers). Drafts never: a
 * report counts only once submitted, and `answers` then hold the submitted answers.
 */
import { sql } from 'drizzle-orm';
import type { Answers } from '../../../core/reports/answers';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { type DbOrTx, queryRows } from '../../platform/db';
import { isFiled, type RoundRow } from './picture.repository';

export interface MemberOrgRow {
  id: string;
  code: string | null;
  name: string;
  countyCode: string | null;
}

/** The organisation when it is a member of the network, else null. */
export async function findMemberOrg(
  db: DbOrTx,
  networkId: string,
  orgId: string,
): Promise<MemberOrgRow | null> {
  const rows = await queryRows<MemberOrgRow>(
    db,
    sql`SELECT o.id, o.code, o.name, o.county_code AS "countyCode"
    FROM network_members m JOIN organisations o ON o.id = m.org_id
    WHERE m.network_id = ${networkId} AND m.org_id = ${orgId}`,
  );
  return rows[0] ?? null;
}

export interface HistoryRow extends Omit<RoundRow, 'previousRoundId'> {
  submittedAt: Date | string | null;
  isLate: boolean | null;
  reportVersionId: string | null;
  carriedOver: Record<string, number> | null;
  /** The submitted answers; null without a submitted report. */
  answers: Answers | null;
}

export async function findOrgHistory(
  db: DbOrTx,
  input: { networkId: string; orgId: string; limit: number; now: Date },
): Promise<HistoryRow[]> {
  return queryRows<HistoryRow>(
    db,
    sql`WITH r AS (
      SELECT * FROM rounds
      WHERE network_id = ${input.networkId} AND opens_at <= ${input.now.toISOString()}::timestamptz
      ORDER BY opens_at DESC, created_at DESC LIMIT ${input.limit}
    )
    SELECT r.id, r.template_id AS "templateId", t.name AS "templateName", r.template_version_id AS "templateVersionId",
      r.kind, r.iso_year AS "isoYear", r.iso_week AS "isoWeek", r.title, r.opens_at AS "opensAt",
      r.deadline_at AS "deadlineAt", rep.submitted_at AS "submittedAt", rep.is_late AS "isLate",
      rep.template_version_id AS "reportVersionId", rep.carried_over AS "carriedOver",
      rep.answers
    FROM r JOIN templates t ON t.id = r.template_id
    LEFT JOIN reports rep ON rep.round_id = r.id AND rep.org_id = ${input.orgId} AND ${isFiled(sql`rep`)}
    ORDER BY r.opens_at DESC, r.created_at DESC`,
  );
}

export interface VersionRow {
  id: string;
  templateId: string;
  definition: TemplateDefinition;
}

/** Template versions by id, newest first within each template. */
export async function findVersions(db: DbOrTx, versionIds: string[]): Promise<VersionRow[]> {
  if (versionIds.length === 0) return [];
  return queryRows<VersionRow>(
    db,
    sql`SELECT id, template_id AS "templateId", definition FROM template_versions
    WHERE id IN ${versionIds} ORDER BY template_id, version DESC`,
  );
}
