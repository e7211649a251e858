import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { reportRevisions, reports, reportValues } from '../../db/schema/reports';
import { useTestDatabase } from '../../testing/test-db';
import {
  afterDeadline,
  buildWorld,
  during,
  type ErrorBody,
  type FieldsBody,
  path,
  type ReportsWorld,
  validAnswers,
} from './reports.fixtures';
import type { ReportForm, SubmitReportResult } from './reports.service';

const getDb = useTestDatabase();
let w: ReportsWorld;

beforeAll(async () => {
  w = await buildWorld(getDb());
});

async function storedReport(roundId: string, orgId: string) {
  const rows = await getDb()
    .db.select()
    .from(reports)
    .where(and(eq(reports.roundId, roundId), eq(reports.orgId, orgId)));
  return rows[0] ?? null;
}

async function values(roundId: string, orgId: string) {
  const rows = await getDb()
    .db.select()
    .from(reportValues)
    .where(and(eq(reportValues.roundId, roundId), eq(reportValues.orgId, orgId)));
  return Object.fromEntries(rows.map((r) => [r.key, r.num]));
}

describe('filing a first report (week 10)', () => {
  it('opens an empty form when there is no earlier report', async () => {
    await w.setNow(during(10));
    const res = await w.reporterA.get<ReportForm>(path(w.round(10), w.orgA, 'form'));
    expect(res.status).toBe(200);
    expect(res.body.report).toBeNull();
    expect(res.body.prefilled).toBe(false);
    expect(res.body.previous).toBeNull();
    expect(res.body.round.state).toBe('open');
    expect(res.body.round.label).toBe('v. 10 2026');
    expect(res.body.canFile).toBe(true);
    const english = await w.reporterA.get<ReportForm>(path(w.round(10), w.orgA, 'form'), {
      'accept-language': 'en',
    });
    expect(english.body.round.label).toBe('week 10 2026');
    expect(res.body.template.definition.areas.map((a) => a.key)).toEqual(['sabo', 'ifo']);
  });

  it('refuses an incomplete submission with field paths and stores nothing', async () => {
    const answers = validAnswers({ comment: '' });
    const res = await w.reporterA.post<FieldsBody>(path(w.round(10), w.orgA, 'submit'), {
      answers: { ...answers, figures: { franvaro: 150 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
    const fields = res.body.error.details.fields;
    expect(fields.map((f) => f.path).sort()).toEqual([
      'areas.sabo.comment',
      'figures.franvaro',
      'figures.smittade',
    ]);
    expect(fields.find((f) => f.path === 'figures.franvaro')?.message).toMatch(/högst 100/);
    expect(await storedReport(w.round(10), w.orgA)).toBeNull();
  });

  it('refuses malformed answers at the schema with a 400', async () => {
    const res = await w.reporterA.post<FieldsBody>(path(w.round(10), w.orgA, 'submit'), {
      answers: { areas: { sabo: { impact: 9 } }, figures: { smittade: 'tre' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.map((f) => f.path)).toEqual(
      expect.arrayContaining(['answers.areas.sabo.impact', 'answers.figures.smittade']),
    );
  });

  it('saves a half-filled draft, then submits it', async () => {
    const draft = await w.reporterA.put<{ report: { version: number; status: string } }>(
      path(w.round(10), w.orgA, 'draft'),
      { answers: { areas: { sabo: { impact: 2 } }, figures: {}, texts: {} }, baseVersion: 0 },
    );
    expect(draft.status).toBe(200);
    expect(draft.body.report).toMatchObject({ version: 1, status: 'draft' });

    const res = await w.reporterA.post<SubmitReportResult>(path(w.round(10), w.orgA, 'submit'), {
      answers: validAnswers(),
      baseVersion: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({
      version: 2,
      status: 'submitted',
      isLate: false,
      carriedOver: {},
    });
    expect(res.body.report.submittedAt).toBe(during(10).toISOString());

    const stored = await storedReport(w.round(10), w.orgA);
    expect(stored?.answers.areas.ifo?.impact).toBe(2);
    expect(await values(w.round(10), w.orgA)).toEqual({
      'impact:sabo': 4,
      'impact:ifo': 2,
      'figure:smittade': 3,
      'figure:franvaro': 12.5,
    });
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.entityId, res.body.report.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['report.save_draft', 'report.submit']),
    );
  });

  it('late filing is allowed and marked late', async () => {
    await w.setNow(afterDeadline(10));
    const res = await w.reporterB.post<SubmitReportResult>(path(w.round(10), w.orgB, 'submit'), {
      answers: validAnswers({ comment: 'Läget är ansträngt.' }),
    });
    expect(res.status).toBe(200);
    expect(res.body.report.isLate).toBe(true);
  });

  it('a submitted report is final after the deadline', async () => {
    const res = await w.reporterA.post<ErrorBody>(path(w.round(10), w.orgA, 'submit'), {
      answers: validAnswers(),
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'round_closed', details: { reason: 'deadline_passed' } });
    const form = await w.reporterA.get<ReportForm>(path(w.round(10), w.orgA, 'form'));
    expect(form.body).toMatchObject({ canFile: false, closedReason: 'deadline_passed' });
  });

  it('a round that has not opened refuses drafts and submissions', async () => {
    const res = await w.reporterA.put<ErrorBody>(path(w.round(12), w.orgA, 'draft'), {
      answers: validAnswers(),
      baseVersion: 0,
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'round_closed', details: { reason: 'not_open' } });
    const submit = await w.reporterA.post<ErrorBody>(path(w.round(12), w.orgA, 'submit'), {
      answers: validAnswers(),
    });
    expect(submit.status).toBe(422);
  });
});

describe('the next weeks: pre-fill, "nothing has changed", carried-over and stale comments', () => {
  it('pre-fills week 11 from week 10 with every answer unchanged', async () => {
    await w.setNow(during(11));
    const res = await w.reporterA.get<ReportForm>(path(w.round(11), w.orgA, 'form'));
    expect(res.status).toBe(200);
    expect(res.body.prefilled).toBe(true);
    expect(res.body.report).toBeNull();
    expect(res.body.previous?.label).toBe('v. 10 2026');
    expect(res.body.answers.areas.sabo?.comment).toBe('Stor personalbrist på två boenden.');
    expect(new Set(Object.values(res.body.changes))).toEqual(new Set(['unchanged']));
    expect(res.body.carriedOver['comment:sabo']).toEqual({
      roundsUnchanged: 1,
      since: { isoYear: 2026, isoWeek: 10 },
      stale: false,
    });
  });

  it('"nothing has changed" submits last week\'s answers and counts carried-over comments', async () => {
    const res = await w.reporterA.post<SubmitReportResult>(path(w.round(11), w.orgA, 'unchanged'));
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({ status: 'submitted', version: 1, isLate: false });
    expect(res.body.report.carriedOver).toEqual({ 'comment:sabo': 1, 'text:needs': 1 });
    const stored = await storedReport(w.round(11), w.orgA);
    expect(stored?.answers).toEqual((await storedReport(w.round(10), w.orgA))?.answers);
  });

  it('counts up over three rounds and then marks the comment stale', async () => {
    await w.setNow(during(12));
    const week12 = await w.reporterA.post<SubmitReportResult>(path(w.round(12), w.orgA, 'unchanged'));
    expect(week12.body.report.carriedOver).toEqual({ 'comment:sabo': 2, 'text:needs': 2 });

    await w.setNow(during(13));
    const form = await w.reporterA.get<ReportForm>(path(w.round(13), w.orgA, 'form'));
    expect(form.body.carriedOver['comment:sabo']).toEqual({
      roundsUnchanged: 3,
      since: { isoYear: 2026, isoWeek: 10 },
      stale: true,
    });
    const week13 = await w.reporterA.post<SubmitReportResult>(path(w.round(13), w.orgA, 'submit'), {
      answers: validAnswers({ needs: 'Nytt behov: tolkar.' }),
      baseVersion: 0,
    });
    expect(week13.status).toBe(200);
    expect(week13.body.report.carriedOver).toEqual({ 'comment:sabo': 3 });
  });

  it('"nothing has changed" without an earlier report is refused with a clear code', async () => {
    await w.setNow(during(11));
    const res = await w.reporterB.post<ErrorBody>(path(w.round(11), w.orgB, 'unchanged'), {});
    expect(res.status).toBe(200);
    // B filed week 10 (late), so week 11 can repeat it; week 10 of the other network has nothing before it.
    const none = await w.reporterB.post<ErrorBody>(path(w.outsiderRound, w.orgB, 'unchanged'));
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('no_previous_report');
  });
});

describe('revising a submitted report', () => {
  it('keeps the submitted answers and values visible until the revision is submitted', async () => {
    await w.setNow(during(13));
    const form = await w.reporterA.get<ReportForm>(path(w.round(13), w.orgA, 'form'));
    const base = form.body.report?.version ?? -1;
    const revised = validAnswers({ smittade: 9, needs: 'Nytt behov: tolkar.' });
    const draft = await w.reporterA.put<{
      report: { version: number; hasPendingRevision: boolean; status: string };
    }>(path(w.round(13), w.orgA, 'draft'), { answers: revised, baseVersion: base });
    expect(draft.status).toBe(200);
    expect(draft.body.report).toMatchObject({
      version: base + 1,
      hasPendingRevision: true,
      status: 'submitted',
    });

    const stored = await storedReport(w.round(13), w.orgA);
    expect(stored?.answers.figures.smittade).toBe(3);
    expect(stored?.draftAnswers?.figures.smittade).toBe(9);
    expect((await values(w.round(13), w.orgA))['figure:smittade']).toBe(3);

    const again = await w.reporterA.get<ReportForm>(path(w.round(13), w.orgA, 'form'));
    expect(again.body.answers.figures.smittade).toBe(9);
    expect(again.body.submittedAnswers?.figures.smittade).toBe(3);

    const submit = await w.reporterA.post<SubmitReportResult>(path(w.round(13), w.orgA, 'submit'), {
      answers: revised,
      baseVersion: base + 1,
    });
    expect(submit.status).toBe(200);
    expect(submit.body.report.hasPendingRevision).toBe(false);
    expect((await values(w.round(13), w.orgA))['figure:smittade']).toBe(9);
    const revisions = await getDb()
      .db.select()
      .from(reportRevisions)
      .where(eq(reportRevisions.reportId, stored?.id ?? ''));
    expect(revisions.map((r) => r.status)).toEqual(['submitted', 'draft', 'submitted']);
  });

  it('discards a revision in progress: the submitted answers stand, a stale tab gets a conflict', async () => {
    const form = await w.reporterA.get<ReportForm>(path(w.round(13), w.orgA, 'form'));
    const base = form.body.report?.version ?? -1;
    const discardPath = (version: number) => `${path(w.round(13), w.orgA, 'draft')}?baseVersion=${version}`;

    const nothing = await w.reporterA.delete<ErrorBody>(discardPath(base));
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.code).toBe('no_pending_revision');

    const draft = await w.reporterA.put<{ report: { version: number } }>(path(w.round(13), w.orgA, 'draft'), {
      answers: validAnswers({ smittade: 42 }),
      baseVersion: base,
    });
    const pending = draft.body.report.version;
    expect((await w.reporterA.delete(discardPath(pending - 1))).status).toBe(409);
    expect((await w.viewerA.delete(discardPath(pending))).status).toBe(403);
    expect((await w.reporterB.delete(discardPath(pending))).status).toBe(403);

    const discarded = await w.reporterA.delete<{ report: { version: number; hasPendingRevision: boolean } }>(
      discardPath(pending),
    );
    expect(discarded.status).toBe(200);
    expect(discarded.body.report).toMatchObject({ version: pending + 1, hasPendingRevision: false });
    const stored = await storedReport(w.round(13), w.orgA);
    expect(stored?.draftAnswers).toBeNull();
    expect(stored?.answers.figures.smittade).toBe(9);
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.action, 'report.discard_revision'));
    expect(audit).toHaveLength(1);

    const staleSave = await w.reporterA.put(path(w.round(13), w.orgA, 'draft'), {
      answers: validAnswers({ smittade: 43 }),
      baseVersion: pending,
    });
    expect(staleSave.status).toBe(409);
  });
});
