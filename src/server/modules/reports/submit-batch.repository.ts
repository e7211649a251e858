import { sql } from 'drizzle-orm';
import type { Answers } from '../../../core/reports/answers';
import { reports } from '../../db/schema/reports';
import { arrayParam, type DbOrTx, queryPrepared } from '../../platform/db';
import type { ReportValueRow } from './report-values';
import type { ReportRow } from './reports.repository';

/**
 * The statements of a batch of submissions (see report-file.ts): each takes all reports of
 * the batch at once, as one JSON parameter unpacked by `jsonb_to_recordset`, so a batch
 * costs the same dozen round trips whether it carries one report or sixty.
 */

export interface ReportKey {
  roundId: string;
  orgId: string;
}

/**
 * Creates the missing report rows (version 0, as a first save does) so that every report of
 * the batch has a row to lock. Returns the ids of the rows this call created; rows that
 * exist, or that a concurrent transaction creates first, are left alone.
 */
export async function insertMissingReports(
  db: DbOrTx,
  rows: readonly (ReportKey & { templateVersionId: string; answers: Answers; updatedBy: string | null })[],
  now: Date,
): Promise<string[]> {
  const json = JSON.stringify(
    rows.map((r) => ({
      round_id: r.roundId,
      org_id: r.orgId,
      template_version_id: r.templateVersionId,
      answers: r.answers,
      updated_by: r.updatedBy,
    })),
  );
  const created = await queryPrepared<{ id: string }>(
    db,
    sql`INSERT INTO reports (round_id, org_id, template_version_id, answers, version, status, updated_by,
        created_at, updated_at)
      SELECT x.round_id, x.org_id, x.template_version_id, x.answers, 0, 'draft', x.updated_by,
        ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
      FROM jsonb_to_recordset(${json}::jsonb) AS x(round_id uuid, org_id uuid, template_version_id uuid,
        answers jsonb, updated_by uuid)
      WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.round_id = x.round_id AND r.org_id = x.org_id)
      ORDER BY x.round_id, x.org_id
      ON CONFLICT (round_id, org_id) DO NOTHING
      RETURNING id`,
  );
  return created.map((r) => r.id);
}

/**
 * Locks the batch's report rows for the rest of the transaction, in id order: two batches
 * that share reports then wait for each other instead of deadlocking.
 */
export async function lockReports(db: DbOrTx, keys: readonly ReportKey[]): Promise<ReportRow[]> {
  const json = JSON.stringify(keys.map((k) => ({ round_id: k.roundId, org_id: k.orgId })));
  return db
    .select()
    .from(reports)
    .where(
      sql`(${reports.roundId}, ${reports.orgId}) IN (SELECT round_id, org_id
        FROM jsonb_to_recordset(${json}::jsonb) AS x(round_id uuid, org_id uuid))`,
    )
    .orderBy(reports.id)
    .for('update');
}

export async function deleteReports(db: DbOrTx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await queryPrepared(
    db,
    sql`DELETE FROM reports WHERE id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`,
  );
}

export interface PreviousReport {
  answers: Answers;
  carriedOver: Record<string, number>;
}

/**
 * Each organisation's last submitted report of the same template in a round that opened
 * before `before` — "last week's report" the carried-over counts continue from. The same
 * rule as `listEarlierSubmitted`, for many organisations in one statement.
 */
export async function findPreviousSubmitted(
  db: DbOrTx,
  items: readonly { orgId: string; templateId: string; before: Date }[],
): Promise<(PreviousReport | null)[]> {
  const json = JSON.stringify(
    items.map((item, i) => ({ i, org_id: item.orgId, template_id: item.templateId, before: item.before })),
  );
  const rows = await queryPrepared<{ i: number; answers: Answers; carriedOver: Record<string, number> }>(
    db,
    sql`SELECT x.i, p.answers, p.carried_over AS "carriedOver"
      FROM jsonb_to_recordset(${json}::jsonb) AS x(i integer, org_id uuid, template_id uuid, before timestamptz)
      JOIN LATERAL (
        SELECT rep.answers, rep.carried_over FROM reports rep
        JOIN rounds r ON r.id = rep.round_id
        WHERE rep.org_id = x.org_id AND rep.status = 'submitted' AND r.template_id = x.template_id
          AND r.opens_at < x.before
        ORDER BY r.opens_at DESC
        LIMIT 1
      ) p ON true`,
  );
  const out: (PreviousReport | null)[] = items.map(() => null);
  for (const row of rows) out[row.i] = { answers: row.answers, carriedOver: row.carriedOver };
  return out;
}

export interface StoredClaim {
  scope: string;
  key: string;
  requestHash: string;
  response: unknown;
}

export async function findStoredResponses(
  db: DbOrTx,
  claims: readonly { scope: string; key: string }[],
): Promise<StoredClaim[]> {
  if (claims.length === 0) return [];
  const json = JSON.stringify(claims);
  return queryPrepared<StoredClaim>(
    db,
    sql`SELECT k.scope, k.key, k.request_hash AS "requestHash", k.response
      FROM idempotency_keys k
      JOIN jsonb_to_recordset(${json}::jsonb) AS x(scope text, key text) ON k.scope = x.scope AND k.key = x.key`,
  );
}

export interface SubmittedReportUpdate {
  id: string;
  version: number;
  answers: Answers;
  carriedOver: Record<string, number>;
  templateVersionId: string;
  isLate: boolean;
  firstSubmittedAt: Date;
  submittedAt: Date;
  updatedBy: string | null;
}

export async function markSubmitted(db: DbOrTx, rows: readonly SubmittedReportUpdate[]): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      version: r.version,
      answers: r.answers,
      carried_over: r.carriedOver,
      template_version_id: r.templateVersionId,
      is_late: r.isLate,
      first_submitted_at: r.firstSubmittedAt,
      submitted_at: r.submittedAt,
      updated_by: r.updatedBy,
    })),
  );
  await queryPrepared(
    db,
    sql`UPDATE reports r SET status = 'submitted', version = x.version, answers = x.answers,
      draft_answers = NULL, carried_over = x.carried_over, template_version_id = x.template_version_id,
      is_late = x.is_late, first_submitted_at = x.first_submitted_at, submitted_at = x.submitted_at,
      updated_by = x.updated_by, updated_at = x.submitted_at
    FROM jsonb_to_recordset(${json}::jsonb) AS x(id uuid, version integer, answers jsonb, carried_over jsonb,
      template_version_id uuid, is_late boolean, first_submitted_at timestamptz, submitted_at timestamptz,
      updated_by uuid)
    WHERE r.id = x.id`,
  );
}

/**
 * Makes the `report_values` of the given reports exactly `rows`: values that did not change
 * are left alone, changed ones are updated, new ones inserted and keys no longer answered
 * deleted. Rewriting all of them would cost a dead tuple and three index entries per value
 * even when a report is filed unchanged, which is the common case of a weekly report.
 * Reports without any row in `rows` keep no values.
 */
export async function replaceValues(
  db: DbOrTx,
  reportIds: readonly string[],
  rows: readonly ReportValueRow[],
): Promise<void> {
  if (reportIds.length === 0) return;
  // Arrays per column instead of an object per value: a tenth of the bytes to send and parse.
  const columns = {
    report_id: rows.map((r) => r.reportId),
    round_id: rows.map((r) => r.roundId),
    org_id: rows.map((r) => r.orgId),
    key: rows.map((r) => r.key),
    num: rows.map((r) => r.num),
  };
  await queryPrepared(
    db,
    sql`WITH x AS (
      SELECT * FROM unnest(${arrayParam(columns.report_id)}::uuid[], ${arrayParam(columns.round_id)}::uuid[],
        ${arrayParam(columns.org_id)}::uuid[], ${arrayParam(columns.key)}::text[],
        ${arrayParam(columns.num)}::double precision[]) AS x(report_id, round_id, org_id, key, num)
    ), gone AS (
      DELETE FROM report_values v
      WHERE v.report_id = ANY(${arrayParam(reportIds)}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM x WHERE x.report_id = v.report_id AND x.key = v.key)
    )
    INSERT INTO report_values (report_id, round_id, org_id, key, num)
    SELECT report_id, round_id, org_id, key, num FROM x
    ON CONFLICT (report_id, key) DO UPDATE SET num = EXCLUDED.num
      WHERE report_values.num IS DISTINCT FROM EXCLUDED.num`,
  );
}

export async function storeResponses(
  db: DbOrTx,
  rows: readonly (StoredClaim & { createdAt: Date })[],
): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({
      scope: r.scope,
      key: r.key,
      request_hash: r.requestHash,
      response: r.response,
      created_at: r.createdAt,
    })),
  );
  await queryPrepared(
    db,
    sql`INSERT INTO idempotency_keys (scope, key, request_hash, status, response, created_at)
    SELECT scope, key, request_hash, 200, response, created_at
    FROM jsonb_to_recordset(${json}::jsonb) AS x(scope text, key text, request_hash text, response jsonb,
      created_at timestamptz)`,
  );
}
