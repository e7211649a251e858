import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers as answersSchema } from '../../../core/reports/answers';
import { normalizeAnswers } from '../../../core/reports/validate-answers';
import { auditLog } from '../../db/schema/audit';
import { reportRevisions, reports, reportValues } from '../../db/schema/reports';
import { queryRows } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { useTestDatabase } from '../../testing/test-db';
import { type Filing, fileReports } from './report-file';
import { buildWorld, during, type ReportsWorld, validAnswers } from './reports.fixtures';
import { findRoundForOrg } from './reports.repository';

const getDb = useTestDatabase();
let w: ReportsWorld;

beforeAll(async () => {
  w = await buildWorld(getDb());
  await w.setNow(during(10));
});

async function filing(orgId: string, overrides: Partial<Filing> = {}): Promise<Filing> {
  const round = await findRoundForOrg(getDb().db, w.round(10), orgId);
  if (!round) throw new Error('round not found');
  return {
    actor: { kind: 'api_token', tokenId: `token-${orgId}`, orgId },
    ip: '192.0.2.7',
    now: during(10),
    round,
    orgId,
    answers: normalizeAnswers(round.definition, answersSchema.parse(validAnswers({ smittade: 8 }))),
    baseVersion: undefined,
    claim: null,
    dropped: [],
    ...overrides,
  };
}

describe('a batch of submissions in one transaction', () => {
  it('writes each accepted report fully and refuses the stale one alone, leaving no trace of it', async () => {
    const db = getDb().db;
    const accepted = await filing(w.orgA, {
      claim: { scope: `submit:${w.orgA}`, key: 'batch-1', hash: 'h1' },
    });
    // A first submission that claims to have seen version 3: there is no report yet, so it is stale.
    const stale = await filing(w.orgB, { baseVersion: 3 });

    const outcomes = await fileReports({ db, actor: { kind: 'system' } }, [accepted, stale]);

    expect(outcomes[0]).toMatchObject({
      ok: true,
      value: { report: { orgId: w.orgA, version: 1, status: 'submitted' } },
    });
    expect(outcomes[1]?.ok).toBe(false);
    const error = outcomes[1]?.ok === false ? outcomes[1].error : null;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('version_conflict');

    const rowsOf = (orgId: string) =>
      db
        .select()
        .from(reports)
        .where(and(eq(reports.roundId, w.round(10)), eq(reports.orgId, orgId)));
    const [a] = await rowsOf(w.orgA);
    expect(a).toMatchObject({ status: 'submitted', version: 1 });
    expect(await rowsOf(w.orgB)).toEqual([]);

    const reportId = a?.id ?? '';
    const revisions = await db.select().from(reportRevisions).where(eq(reportRevisions.reportId, reportId));
    expect(revisions.map((r) => [r.version, r.status])).toEqual([[1, 'submitted']]);
    const values = await db
      .select()
      .from(reportValues)
      .where(and(eq(reportValues.roundId, w.round(10)), eq(reportValues.orgId, w.orgA)));
    expect(values.find((v) => v.key === 'figure:smittade')?.num).toBe(8);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, reportId));
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'report.submit',
        actorOrgId: w.orgA,
        actorUserId: null,
        ip: '192.0.2.7',
      }),
    ]);
  });

  it('replays a stored response for a repeated key in a later batch, and revises the rest', async () => {
    const db = getDb().db;
    const retry = await filing(w.orgA, { claim: { scope: `submit:${w.orgA}`, key: 'batch-1', hash: 'h1' } });
    const revision = await filing(w.orgB, {
      answers: normalizeAnswers(retry.round.definition, answersSchema.parse(validAnswers({ smittade: 9 }))),
    });

    const outcomes = await fileReports({ db, actor: { kind: 'system' } }, [retry, revision]);

    expect(outcomes[0]).toMatchObject({ ok: true, value: { report: { orgId: w.orgA, version: 1 } } });
    expect(outcomes[1]).toMatchObject({ ok: true, value: { report: { orgId: w.orgB, version: 1 } } });
    const [a] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.roundId, w.round(10)), eq(reports.orgId, w.orgA)));
    expect(a?.version).toBe(1);
  });

  it('refuses a repeated key with another request, and nothing changes', async () => {
    const db = getDb().db;
    const other = await filing(w.orgA, {
      claim: { scope: `submit:${w.orgA}`, key: 'batch-1', hash: 'different' },
    });
    const [outcome] = await fileReports({ db, actor: { kind: 'system' } }, [other]);
    expect(outcome?.ok).toBe(false);
    expect(outcome?.ok === false && (outcome.error as AppError).code).toBe('idempotency_mismatch');
    const [a] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.roundId, w.round(10)), eq(reports.orgId, w.orgA)));
    expect(a?.version).toBe(1);
  });
});

describe("a revision's report_values", () => {
  it('updates changed values, deletes ones no longer answered and leaves unchanged rows untouched', async () => {
    const db = getDb().db;
    const [report] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.roundId, w.round(10)), eq(reports.orgId, w.orgA)));
    const reportId = report?.id ?? '';
    // xmin is the transaction that wrote the row version: unchanged values keep theirs.
    const rowsOf = async (orgId = w.orgA) =>
      new Map(
        (
          await queryRows<{ key: string; num: number; xmin: string }>(
            db,
            sql`SELECT key, num, xmin::text AS xmin FROM report_values
              WHERE round_id = ${w.round(10)} AND org_id = ${orgId}`,
          )
        ).map((r) => [r.key, r]),
      );
    const before = await rowsOf();
    expect(before.get('figure:franvaro')?.num).toBe(12.5);
    // The other organisation's values in the round: the same keys, which must stay as they are.
    const neighbour = await rowsOf(w.orgB);
    expect(neighbour.get('figure:franvaro')?.num).toBe(12.5);

    const revised = await filing(w.orgA);
    revised.answers = normalizeAnswers(
      revised.round.definition,
      answersSchema.parse({ ...validAnswers(), figures: { smittade: 11 } }),
    );
    const [outcome] = await fileReports({ db, actor: { kind: 'system' } }, [revised]);
    expect(outcome).toMatchObject({ ok: true, value: { report: { version: 2 } } });

    const after = await rowsOf();
    expect(after.get('figure:smittade')?.num).toBe(11);
    expect(after.has('figure:franvaro')).toBe(false);
    expect(after.get('impact:sabo')).toEqual(before.get('impact:sabo'));
    expect(after.get('impact:ifo')).toEqual(before.get('impact:ifo'));
    expect(after.get('figure:smittade')?.xmin).not.toBe(before.get('figure:smittade')?.xmin);
    expect(await rowsOf(w.orgB)).toEqual(neighbour);

    // The revision and the audit row are built in the statement from the answers sent once;
    // the audit's before is the row as it was.
    const revisions = await db
      .select()
      .from(reportRevisions)
      .where(eq(reportRevisions.reportId, reportId))
      .orderBy(reportRevisions.version);
    expect(revisions.map((r) => [r.version, r.status])).toEqual([
      [1, 'submitted'],
      [2, 'submitted'],
    ]);
    expect(revisions[1]?.answers).toEqual(revised.answers);
    expect(revisions[1]?.answers).not.toEqual(revisions[0]?.answers);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, reportId), eq(auditLog.action, 'report.revise')));
    expect(audit).toEqual([
      expect.objectContaining({
        entityType: 'report',
        actorOrgId: w.orgA,
        before: { version: 1, answers: revisions[0]?.answers },
        after: { version: 2, answers: revised.answers, isLate: false, roundId: w.round(10), orgId: w.orgA },
      }),
    ]);
  });
});
