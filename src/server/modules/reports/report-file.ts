import { PgTransaction } from 'drizzle-orm/pg-core';
import { answerValues, clearedKeys } from '../../../core/reports/answer-values';
import type { Answers } from '../../../core/reports/answers';
import { carryOver } from '../../../core/reports/carry-over';
import { isLateFiling } from '../../../core/reports/round-state';
import { Batcher, type Outcome, perDatabase } from '../../platform/batcher';
import { type Actor, actorOrgId, actorUserId, type Ctx, inTransaction } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { assertFilingAllowed, presentReport, type ReportSummary } from './filing-context';
import type { IdempotencyClaim } from './idempotency';
import type { FilingRound, ReportRow } from './reports.repository';
import * as repo from './reports.repository';
import { submitResponse } from './reports.schemas';
import * as batchRepo from './submit-batch.repository';

/** One submission, validated and authorized, ready to be written. */
export interface Filing {
  actor: Actor;
  ip: string | undefined;
  /** The moment of the request: lateness and the deadline are judged against it. */
  now: Date;
  round: FilingRound;
  orgId: string;
  /** Normalized and validated against the round's template version. */
  answers: Answers;
  baseVersion: number | undefined;
  claim: IdempotencyClaim | null;
  /** Keys of the previous report left out because the template version no longer has them. */
  dropped: string[];
}

export interface FiledReport {
  report: ReportSummary;
  dropped: string[];
}

/**
 * Writes a batch of submissions in one transaction. Every submission is judged on its own,
 * exactly as if it were alone: its row is locked, a stored idempotent response is replayed,
 * a closed round or a stale base version refuses it (and leaves nothing behind), and the
 * rest — the report, a revision, its `report_values`, the audit row and the stored response
 * — is written for all accepted submissions with one statement per table.
 *
 * A batch never holds two submissions for the same report (see the batcher's key).
 */
export async function fileReports(ctx: Ctx, filings: readonly Filing[]): Promise<Outcome<FiledReport>[]> {
  const keys = filings.map((f) => ({ roundId: f.round.id, orgId: f.orgId }));
  if (new Set(keys.map((k) => `${k.roundId}:${k.orgId}`)).size !== keys.length) {
    throw new Error('a batch holds at most one submission per report');
  }
  return inTransaction(ctx, async (tx) => {
    const db = tx.db;
    const created = new Set(
      await batchRepo.insertMissingReports(
        db,
        filings.map((f) => ({
          roundId: f.round.id,
          orgId: f.orgId,
          templateVersionId: f.round.templateVersionId,
          updatedBy: actorUserId(f.actor),
        })),
        // Creation time of a new row: the earliest request of the batch.
        filings.reduce((min, f) => (f.now < min ? f.now : min), filings[0]?.now ?? new Date()),
      ),
    );
    const locked = await batchRepo.lockReports(db, keys);
    const rowOf = new Map(locked.map((r) => [`${r.roundId}:${r.orgId}`, r]));
    const stored = await batchRepo.findStoredResponses(
      db,
      filings.flatMap((f) => (f.claim ? [{ scope: f.claim.scope, key: f.claim.key }] : [])),
    );
    const storedOf = new Map(stored.map((s) => [`${s.scope}\n${s.key}`, s]));

    const outcomes: (Outcome<FiledReport> | null)[] = [];
    const accepted: { filing: Filing; row: ReportRow; index: number }[] = [];
    const conflicts: { filing: Filing; row: ReportRow; index: number }[] = [];
    filings.forEach((filing, index) => {
      const row = rowOf.get(`${filing.round.id}:${filing.orgId}`);
      if (!row) {
        outcomes.push({ ok: false, error: new Error('report row missing after insert') });
        return;
      }
      const replay = filing.claim ? storedOf.get(`${filing.claim.scope}\n${filing.claim.key}`) : undefined;
      if (replay && filing.claim) {
        outcomes.push(
          replay.requestHash === filing.claim.hash
            ? { ok: true, value: submitResponse.parse(replay.response) }
            : { ok: false, error: new AppError('idempotency_mismatch', { key: filing.claim.key }) },
        );
        return;
      }
      try {
        assertFilingAllowed(filing.round, row, filing.now);
      } catch (error) {
        outcomes.push({ ok: false, error });
        return;
      }
      if (filing.baseVersion !== undefined && filing.baseVersion !== row.version) {
        conflicts.push({ filing, row, index });
        outcomes.push(null);
        return;
      }
      accepted.push({ filing, row, index });
      outcomes.push(null);
    });

    await refuseConflicts(db, conflicts, outcomes);
    // A refused submission leaves nothing behind, not even the empty row made for it.
    const acceptedIds = new Set(accepted.map((a) => a.row.id));
    await batchRepo.deleteReports(
      db,
      [...created].filter((id) => !acceptedIds.has(id)),
    );
    await writeAccepted(db, accepted, outcomes);
    return outcomes.map((o) => o ?? { ok: false, error: new Error('submission left undecided') });
  });
}

async function refuseConflicts(
  db: DbOrTx,
  conflicts: readonly { filing: Filing; row: ReportRow; index: number }[],
  outcomes: (Outcome<FiledReport> | null)[],
): Promise<void> {
  if (conflicts.length === 0) return;
  const userIds = conflicts.flatMap((c) => (c.row.updatedBy ? [c.row.updatedBy] : []));
  const names = userIds.length > 0 ? await repo.findUserNames(db, userIds) : new Map<string, string>();
  for (const { row, index } of conflicts) {
    outcomes[index] = {
      ok: false,
      error: new AppError('version_conflict', {
        current: {
          version: row.version,
          status: row.status,
          answers: row.draftAnswers ?? row.answers,
          updatedByName: row.updatedBy ? (names.get(row.updatedBy) ?? null) : null,
          updatedAt: row.updatedAt.toISOString(),
        },
      }),
    };
  }
}

async function writeAccepted(
  db: DbOrTx,
  accepted: readonly { filing: Filing; row: ReportRow; index: number }[],
  outcomes: (Outcome<FiledReport> | null)[],
): Promise<void> {
  if (accepted.length === 0) return;
  const previous = await batchRepo.findPreviousSubmitted(
    db,
    accepted.map(({ filing }) => ({
      orgId: filing.orgId,
      templateId: filing.round.templateId,
      before: filing.round.opensAt,
    })),
  );
  const updates = accepted.map(({ filing, row }, i) => {
    const prev = previous[i] ?? null;
    const { carriedOver } = carryOver({
      previous: prev?.answers ?? null,
      previousCarriedOver: prev?.carriedOver ?? {},
      current: filing.answers,
    });
    const firstSubmission = row.status !== 'submitted';
    const updated: ReportRow = {
      ...row,
      status: 'submitted',
      version: row.version + 1,
      answers: filing.answers,
      draftAnswers: null,
      carriedOver,
      templateVersionId: filing.round.templateVersionId,
      isLate: firstSubmission ? isLateFiling(filing.round, filing.now) : row.isLate,
      firstSubmittedAt: row.firstSubmittedAt ?? filing.now,
      submittedAt: filing.now,
      updatedBy: actorUserId(filing.actor),
      updatedAt: filing.now,
    };
    return { filing, updated, firstSubmission };
  });

  const responses: (batchRepo.StoredClaim & { createdAt: Date })[] = [];
  updates.forEach(({ filing, updated }, i) => {
    const value: FiledReport = {
      report: presentReport(updated, filing.actor.kind === 'user' ? filing.actor.name : null),
      dropped: filing.dropped,
    };
    const index = accepted[i]?.index ?? -1;
    outcomes[index] = { ok: true, value };
    if (filing.claim) {
      responses.push({
        scope: filing.claim.scope,
        key: filing.claim.key,
        requestHash: filing.claim.hash,
        response: value,
        createdAt: filing.now,
      });
    }
  });

  await batchRepo.writeSubmitted(db, {
    reports: updates.map(({ filing, updated, firstSubmission }) => {
      const values = answerValues(filing.round.definition, updated.answers);
      return {
        id: updated.id,
        roundId: updated.roundId,
        orgId: updated.orgId,
        version: updated.version,
        answers: updated.answers,
        carriedOver: updated.carriedOver,
        templateVersionId: updated.templateVersionId,
        isLate: updated.isLate,
        firstSubmittedAt: updated.firstSubmittedAt ?? updated.updatedAt,
        submittedAt: updated.updatedAt,
        updatedBy: updated.updatedBy,
        actor: { userId: actorUserId(filing.actor), orgId: actorOrgId(filing.actor), ip: filing.ip ?? '' },
        action: firstSubmission ? 'report.submit' : 'report.revise',
        values,
        // Every report of a round is on the round's template version (a round changes
        // version only while it has no reports), so its keys bound what was written before.
        clearedKeys: firstSubmission ? [] : clearedKeys(filing.round.definition, values),
      };
    }),
    responses,
  });
}

const MAX_BATCH = 64;

const batchers = perDatabase(
  (root: DbOrTx) =>
    new Batcher<Filing, FiledReport>((items) => fileReports({ db: root, actor: { kind: 'system' } }, items), {
      maxSize: MAX_BATCH,
      keyOf: (f) => `${f.round.id}:${f.orgId}`,
    }),
);

/**
 * Files one submission. Outside a transaction it joins the database's batcher, so
 * submissions that arrive together share one transaction (group commit); inside a
 * caller's transaction (an import) it is written right there, as a batch of one.
 */
export async function fileReport(ctx: Ctx, filing: Filing): Promise<FiledReport> {
  if (ctx.db instanceof PgTransaction) return unwrap((await fileReports(ctx, [filing]))[0]);
  return batchers(ctx.db).submit(filing);
}

function unwrap(outcome: Outcome<FiledReport> | undefined): FiledReport {
  if (!outcome) throw new Error('no outcome');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
