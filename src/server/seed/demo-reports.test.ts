import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { isStale } from '../../core/reports/carry-over';
import { isLateFiling } from '../../core/reports/round-state';
import { validateAnswers } from '../../core/reports/validate-answers';
import { organisations } from '../db/schema/registry';
import {
  reportRevisions,
  reports,
  reportValues,
  rounds,
  templates,
  templateVersions,
} from '../db/schema/reports';
import { reportValueRows } from '../modules/reports/report-values';
import type { Ctx } from '../platform/context';
import { useTestDatabase } from '../testing/test-db';
import { seedDemoReports } from './demo-reports';
import { seedRegistry } from './registry';
import { seedTemplates } from './templates';

const getDb = useTestDatabase();
/** A Thursday afternoon: the current week's deadline (Wednesday 12:00) has passed. */
const NOW = new Date('2026-03-19T14:00:00Z');
const ctx = (): Ctx => ({ db: getDb().db, actor: { kind: 'system' }, now: () => NOW });

beforeAll(async () => {
  await seedRegistry(ctx());
  await seedTemplates(ctx());
  await seedDemoReports(ctx(), { weeks: 12 });
}, 120_000);

async function loadAll() {
  return getDb()
    .db.select({
      report: reports,
      code: organisations.code,
      template: templates.name,
      definition: templateVersions.definition,
      opensAt: rounds.opensAt,
      deadlineAt: rounds.deadlineAt,
      isoWeek: rounds.isoWeek,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .innerJoin(templateVersions, eq(templateVersions.id, reports.templateVersionId))
    .innerJoin(organisations, eq(organisations.id, reports.orgId));
}

describe('seedDemoReports', () => {
  it('seeds 12 weeks of both templates for every reporting member', async () => {
    const all = await loadAll();
    const social = all.filter((r) => r.template === 'Socialtjänstens lägesrapport');
    const reception = all.filter((r) => r.template === 'Mottagande av skyddsbehövande');
    expect(new Set(social.map((r) => r.isoWeek)).size).toBe(12);
    expect(social.length).toBeGreaterThan(290 * 12 * 0.9);
    expect(reception.length).toBeGreaterThan(13 * 12 * 0.85);
  });

  it('writes answers that pass submission, with report_values as submitting would write them', async () => {
    const all = await loadAll();
    const submitted = all.filter((r) => r.report.status === 'submitted');
    for (const row of submitted) {
      expect(validateAnswers(row.definition, row.report.answers, 'submit')).toEqual([]);
    }
    const sample = submitted.filter((_, i) => i % 97 === 0);
    for (const row of sample) {
      const stored = await getDb()
        .db.select()
        .from(reportValues)
        .where(and(eq(reportValues.roundId, row.report.roundId), eq(reportValues.orgId, row.report.orgId)));
      const expected = reportValueRows(row.definition, row.report.answers, row.report);
      expect(stored.map((v) => [v.key, v.num]).sort()).toEqual(expected.map((v) => [v.key, v.num]).sort());
    }
    const revisions = await getDb().db.select({ n: sql<number>`count(*)::int` }).from(reportRevisions);
    expect(revisions[0]?.n).toBe(all.length);
  });

  it('makes the latest round tell a story: serious areas with comments, late and missing members', async () => {
    const all = await loadAll();
    const latest = all.filter((r) => r.template === 'Socialtjänstens lägesrapport' && r.isoWeek === 12);
    const filed = latest.filter((r) => r.report.status === 'submitted');
    const missingShare = 1 - filed.length / 290;
    expect(missingShare).toBeGreaterThan(0.08);
    expect(missingShare).toBeLessThan(0.18);
    const serious = filed.flatMap((r) =>
      Object.values(r.report.answers.areas).filter((a) => (a.impact ?? 0) >= 4),
    );
    expect(serious.length).toBeGreaterThanOrEqual(3);
    expect(serious.every((a) => a.comment.trim().length > 0)).toBe(true);
    expect(filed.some((r) => r.report.isLate)).toBe(true);
    expect(latest.some((r) => r.report.status === 'draft')).toBe(true);
    for (const r of filed) {
      expect(r.report.isLate).toBe(isLateFiling(r, r.report.submittedAt ?? NOW));
      expect((r.report.submittedAt ?? NOW).getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    const reception = all.filter((r) => r.template === 'Mottagande av skyddsbehövande');
    expect(
      reception.some((r) => Object.values(r.report.answers.areas).some((a) => (a.impact ?? 0) >= 4)),
    ).toBe(true);
  });

  it('has stale comments and pressure that rises over the weeks', async () => {
    const all = await loadAll();
    const stale = all.filter((r) => Object.values(r.report.carriedOver).some((n) => isStale(n)));
    expect(stale.length).toBeGreaterThan(10);
    const mean = (week: number) => {
      const levels = all
        .filter((r) => r.isoWeek === week && r.report.status === 'submitted')
        .flatMap((r) => Object.values(r.report.answers.areas).map((a) => a.impact ?? 0));
      return levels.reduce((s, l) => s + l, 0) / levels.length;
    };
    expect(mean(12)).toBeGreaterThan(mean(1));
  });

  it("leaves the demo reporters' latest round to file, after filing every earlier one", async () => {
    const all = await loadAll();
    for (const code of ['1480', '1481', '1384']) {
      const own = all.filter((r) => r.code === code && r.template === 'Socialtjänstens lägesrapport');
      expect(own.filter((r) => r.isoWeek === 12 && r.report.status === 'submitted')).toEqual([]);
      expect(own.filter((r) => r.isoWeek === 11 && r.report.status === 'submitted')).toHaveLength(1);
    }
  });

  it('runs again without adding anything', async () => {
    const before = (await loadAll()).length;
    await seedDemoReports(ctx(), { weeks: 12 });
    expect((await loadAll()).length).toBe(before);
  });
});
