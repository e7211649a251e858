import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Answers } from '../../../core/reports/answers';
import { networkMembers, organisations } from '../../db/schema/registry';
import { reports, templates } from '../../db/schema/reports';
import { type DbOrTx, queryPrepared } from '../../platform/db';
import type { ReportValueRow } from './report-values';

/**
 * Many reports at once (the demo seed, benchmarks): each table gets one statement per
 * chunk that unpacks a JSON array with `jsonb_to_recordset`, so thousands of rows cost a
 * handful of round trips and a single parameter each, on PGlite and PostgreSQL alike.
 */

export interface BulkReport {
  id: string;
  roundId: string;
  orgId: string;
  templateVersionId: string;
  status: 'draft' | 'submitted';
  version: number;
  answers: Answers;
  carriedOver: Record<string, number>;
  isLate: boolean;
  submittedAt: Date | null;
  createdAt: Date;
}

export interface BulkRevision {
  reportId: string;
  version: number;
  status: 'draft' | 'submitted';
  answers: Answers;
  actorUserId: string | null;
  at: Date;
}

const CHUNK = 5000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export async function insertReportsBulk(db: DbOrTx, rows: readonly BulkReport[]): Promise<void> {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(
      part.map((r) => ({
        id: r.id,
        round_id: r.roundId,
        org_id: r.orgId,
        template_version_id: r.templateVersionId,
        status: r.status,
        version: r.version,
        answers: r.answers,
        carried_over: r.carriedOver,
        is_late: r.isLate,
        first_submitted_at: r.submittedAt?.toISOString() ?? null,
        submitted_at: r.submittedAt?.toISOString() ?? null,
        created_at: r.createdAt.toISOString(),
        updated_at: (r.submittedAt ?? r.createdAt).toISOString(),
      })),
    );
    await queryPrepared(
      db,
      sql`INSERT INTO reports (id, round_id, org_id, template_version_id, status, version, answers,
        carried_over, is_late, first_submitted_at, submitted_at, created_at, updated_at)
      SELECT id, round_id, org_id, template_version_id, status, version, answers, carried_over, is_late,
        first_submitted_at, submitted_at, created_at, updated_at
      FROM jsonb_to_recordset(${json}::jsonb) AS x(id uuid, round_id uuid, org_id uuid, template_version_id uuid,
        status text, version integer, answers jsonb, carried_over jsonb, is_late boolean,
        first_submitted_at timestamptz, submitted_at timestamptz, created_at timestamptz, updated_at timestamptz)`,
    );
  }
}

export async function insertRevisionsBulk(db: DbOrTx, rows: readonly BulkRevision[]): Promise<void> {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(
      part.map((r) => ({
        report_id: r.reportId,
        version: r.version,
        status: r.status,
        answers: r.answers,
        actor_user_id: r.actorUserId,
        at: r.at.toISOString(),
      })),
    );
    await queryPrepared(
      db,
      sql`INSERT INTO report_revisions (report_id, version, status, answers, actor_user_id, at)
      SELECT report_id, version, status, answers, actor_user_id, at
      FROM jsonb_to_recordset(${json}::jsonb) AS x(report_id uuid, version integer, status text, answers jsonb,
        actor_user_id uuid, at timestamptz)`,
    );
  }
}

export async function insertValuesBulk(db: DbOrTx, rows: readonly ReportValueRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    const json = JSON.stringify(
      part.map((r) => ({
        round_id: r.roundId,
        org_id: r.orgId,
        key: r.key,
        num: r.num,
      })),
    );
    await queryPrepared(
      db,
      sql`INSERT INTO report_values (round_id, org_id, key, num)
      SELECT round_id, org_id, key, num
      FROM jsonb_to_recordset(${json}::jsonb) AS x(round_id uuid, org_id uuid, key text, num double precision)`,
    );
  }
}

/** Organisations that file in the network, with their codes (for deterministic demo data). */
export async function listReportingMembers(db: DbOrTx, networkId: string) {
  return db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.orgId))
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.reports, 1)))
    .orderBy(organisations.code);
}

export async function listActiveTemplates(db: DbOrTx) {
  return db
    .select({ id: templates.id, name: templates.name, networkId: templates.networkId })
    .from(templates)
    .where(eq(templates.isActive, true))
    .orderBy(templates.name);
}

export async function countReportsInRounds(db: DbOrTx, roundIds: string[]): Promise<number> {
  if (roundIds.length === 0) return 0;
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reports)
    .where(inArray(reports.roundId, roundIds));
  return rows[0]?.n ?? 0;
}
