import { sql } from 'drizzle-orm';
import type { AnswerValue } from '../../../core/reports/answer-values';
import type { Answers } from '../../../core/reports/answers';
import { reports } from '../../db/schema/reports';
import { auditRowsFrom } from '../../platform/audit';
import { arrayParam, type DbOrTx, queryPrepared } from '../../platform/db';
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
 * Creates the missing report rows (version 0, as a first save does, with empty answers: the
 * same transaction fills them or deletes the row) so that every report of the batch has a
 * row to lock. Returns the ids of the rows this call created; rows that
 * exist, or that a concurrent transaction creates first, are left alone.
 */
export async function insertMissingReports(
  db: DbOrTx,
  rows: readonly (ReportKey & { templateVersionId: string; updatedBy: string | null })[],
  now: Date,
): Promise<string[]> {
  const json = JSON.stringify(
    rows.map((r) => ({
      round_id: r.roundId,
      org_id: r.orgId,
      template_version_id: r.templateVersionId,
      updated_by: r.updatedBy,
    })),
  );
  const created = await queryPrepared<{ id: string }>(
    db,
    sql`INSERT INTO reports (round_id, org_id, template_version_id, answers, version, status, updated_by,
        created_at, updated_at)
      SELECT x.round_id, x.org_id, x.template_version_id, '{"areas":{},"figures":{},"texts":{}}'::jsonb, 0,
        'draft', x.updated_by, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
      FROM jsonb_to_recordset(${json}::jsonb) AS x(round_id uuid, org_id uuid, template_version_id uuid,
        updated_by uuid)
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
  roundId: string;
  orgId: string;
  version: number;
  answers: Answers;
  carriedOver: Record<string, number>;
  templateVersionId: string;
  isLate: boolean;
  firstSubmittedAt: Date;
  submittedAt: Date;
  updatedBy: string | null;
  /** Who filed it, for the audit row (an API token's organisation has no user). */
  actor: { userId: string | null; orgId: string | null; ip: string };
  /** 'report.submit' the first time (audited without a before), 'report.revise' after. */
  action: 'report.submit' | 'report.revise';
  /** The report's `report_values` become exactly these. */
  values: readonly AnswerValue[];
  /**
   * Keys the report may have a value for from an earlier submission and has none for now
   * (answers emptied): their rows are deleted. Naming them lets each delete find its row
   * through the unique index instead of scanning the round's values.
   */
  clearedKeys: readonly string[];
}

/** Everything an accepted batch writes after its checks: one statement, one round trip. */
export interface SubmittedBatch {
  reports: readonly SubmittedReportUpdate[];
  responses: readonly (StoredClaim & { createdAt: Date })[];
}

/**
 * Writes an accepted batch with one statement of data-modifying CTEs: the report rows, their
 * revisions, their `report_values`, the audit rows and the stored idempotent responses. The
 * parts touch different rows, so they cannot see or disturb each other; the text never
 * varies (empty parts write nothing), so it is prepared once per connection.
 *
 * Each report's answers travel once: the revision and the audit row's after are built from
 * them in the statement, the audit row's before from the row as it was (every part of the
 * statement sees the table before the update). Sending them three times more cost a tenth
 * of a submit's CPU in JSON on both sides.
 *
 * Values that did not change are left alone, changed ones are updated, new ones inserted
 * and keys no longer answered deleted: rewriting all of them would cost a dead tuple and an
 * index entry per value even when a report is filed unchanged, the common weekly case. A
 * report's cleared keys and its values never share a key (the delete and the upsert would
 * then meet the same row in one statement).
 */
export async function writeSubmitted(db: DbOrTx, batch: SubmittedBatch): Promise<void> {
  if (batch.reports.length === 0) return;
  const reportsJson = JSON.stringify(
    batch.reports.map((r, i) => ({
      i: i + 1,
      id: r.id,
      round_id: r.roundId,
      org_id: r.orgId,
      version: r.version,
      answers: r.answers,
      carried_over: r.carriedOver,
      template_version_id: r.templateVersionId,
      is_late: r.isLate,
      first_submitted_at: r.firstSubmittedAt,
      submitted_at: r.submittedAt,
      updated_by: r.updatedBy,
      actor_user_id: r.actor.userId,
      actor_org_id: r.actor.orgId,
      ip: r.actor.ip,
      action: r.action,
    })),
  );
  // Values as arrays per column, the report by its position: a tenth of the bytes of an
  // object per value with two uuids each.
  const values = batch.reports.flatMap((r, i) => r.values.map((v) => ({ i: i + 1, ...v })));
  const cleared = batch.reports.flatMap((r, i) => r.clearedKeys.map((key) => ({ i: i + 1, key })));
  const responsesJson = JSON.stringify(
    batch.responses.map((r) => ({
      scope: r.scope,
      key: r.key,
      request_hash: r.requestHash,
      response: r.response,
      created_at: r.createdAt,
    })),
  );
  await queryPrepared(
    db,
    sql`WITH x AS (
      SELECT * FROM jsonb_to_recordset(${reportsJson}::jsonb) AS x(i integer, id uuid, round_id uuid,
        org_id uuid, version integer,
        answers jsonb, carried_over jsonb, template_version_id uuid, is_late boolean,
        first_submitted_at timestamptz, submitted_at timestamptz, updated_by uuid,
        actor_user_id uuid, actor_org_id uuid, ip text, action text)
    ), updated AS (
      UPDATE reports r SET status = 'submitted', version = x.version, answers = x.answers,
        draft_answers = NULL, carried_over = x.carried_over, template_version_id = x.template_version_id,
        is_late = x.is_late, first_submitted_at = x.first_submitted_at, submitted_at = x.submitted_at,
        updated_by = x.updated_by, updated_at = x.submitted_at
      FROM x WHERE r.id = x.id
      RETURNING r.id
    ), revised AS (
      INSERT INTO report_revisions (report_id, version, status, answers, actor_user_id, at)
      SELECT id, version, 'submitted', answers, updated_by, submitted_at FROM x
    ), values_gone AS (
      DELETE FROM report_values rv
      USING unnest(${arrayParam(cleared.map((c) => c.i))}::int[], ${arrayParam(cleared.map((c) => c.key))}::text[])
        AS c(i, key)
      JOIN x ON x.i = c.i
      WHERE rv.round_id = x.round_id AND rv.key = c.key AND rv.org_id = x.org_id
    ), values_put AS (
      INSERT INTO report_values (round_id, key, org_id, num)
      SELECT x.round_id, n.key, x.org_id, n.num
      FROM unnest(${arrayParam(values.map((v) => v.i))}::int[], ${arrayParam(values.map((v) => v.key))}::text[],
        ${arrayParam(values.map((v) => v.num))}::double precision[]) AS n(i, key, num)
      JOIN x ON x.i = n.i
      ON CONFLICT (round_id, key, org_id) DO UPDATE SET num = EXCLUDED.num
        WHERE report_values.num IS DISTINCT FROM EXCLUDED.num
    ), audited AS (
      ${auditRowsFrom(sql`SELECT x.actor_user_id, x.actor_org_id, x.action, 'report', x.id::text,
        CASE WHEN x.action = 'report.revise'
          THEN jsonb_build_object('version', before.version, 'answers', before.answers) END,
        jsonb_build_object('version', x.version, 'answers', x.answers, 'isLate', x.is_late,
          'roundId', before.round_id, 'orgId', before.org_id),
        x.ip
      FROM x JOIN reports before ON before.id = x.id`)}
    ), responded AS (
      INSERT INTO idempotency_keys (scope, key, request_hash, status, response, created_at)
      SELECT scope, key, request_hash, 200, response, created_at
      FROM jsonb_to_recordset(${responsesJson}::jsonb) AS x(scope text, key text, request_hash text,
        response jsonb, created_at timestamptz)
    )
    SELECT count(*) FROM updated`,
  );
}
