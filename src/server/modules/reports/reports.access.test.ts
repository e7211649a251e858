import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../testing/test-db';
import {
  buildWorld,
  during,
  type ErrorBody,
  path,
  type ReportsWorld,
  validAnswers,
} from './reports.fixtures';
import type { ReportForm, ReportHistory, ReportTodo, SubmitReportResult } from './reports.service';

const getDb = useTestDatabase();
let w: ReportsWorld;
let reportA = '';

beforeAll(async () => {
  w = await buildWorld(getDb());
  await w.setNow(during(11));
  const res = await w.reporterA.post<SubmitReportResult>(path(w.round(11), w.orgA, 'submit'), {
    answers: validAnswers(),
  });
  reportA = res.body.report.id;
});

describe('authentication', () => {
  it('answers 401 on every route without a session or token', async () => {
    const anon = w.t.anonymous();
    const r = w.round(11);
    const results = await Promise.all([
      anon.get('/api/reports/todo'),
      anon.get(path(r, w.orgA, 'form')),
      anon.put(path(r, w.orgA, 'draft'), { answers: validAnswers(), baseVersion: 0 }),
      anon.post(path(r, w.orgA, 'submit'), { answers: validAnswers() }),
      anon.post(path(r, w.orgA, 'unchanged')),
      anon.get(`/api/reports/${reportA}/history`),
    ]);
    expect(results.map((res) => res.status)).toEqual([401, 401, 401, 401, 401, 401]);
  });

  it('refuses a revoked or unknown API token', async () => {
    const res = await w.t.anonymous().get('/api/reports/todo', { authorization: 'Bearer nope-nope-nope' });
    expect(res.status).toBe(401);
  });
});

describe('another organisation', () => {
  it("cannot read or file organisation A's report (403), submitted or not", async () => {
    const r = w.round(11);
    const form = await w.reporterB.get<ErrorBody>(path(r, w.orgA, 'form'));
    expect(form.status).toBe(403);
    const draft = await w.reporterB.put(path(r, w.orgA, 'draft'), {
      answers: validAnswers(),
      baseVersion: 1,
    });
    expect(draft.status).toBe(403);
    const submit = await w.reporterB.post(path(r, w.orgA, 'submit'), { answers: validAnswers() });
    expect(submit.status).toBe(403);
    const unchanged = await w.reporterB.post(path(r, w.orgA, 'unchanged'));
    expect(unchanged.status).toBe(403);
  });

  it("cannot see A's history: the report is not found", async () => {
    const res = await w.reporterB.get<ErrorBody>(`/api/reports/${reportA}/history`);
    expect(res.status).toBe(404);
  });

  it('does not find a round of a network the organisation is not in', async () => {
    const res = await w.reporterA.get<ErrorBody>(path(w.outsiderRound, w.orgA, 'form'));
    expect(res.status).toBe(404);
  });

  it("the coordinator does not edit members' reports", async () => {
    const res = await w.coordinator.put(path(w.round(11), w.orgA, 'draft'), {
      answers: validAnswers(),
      baseVersion: 1,
    });
    expect(res.status).toBe(403);
  });

  it('an agency that takes part without filing gets 403', async () => {
    const res = await w.agencyUser.get<ErrorBody>(path(w.round(11), w.agency, 'form'));
    expect(res.status).toBe(403);
    expect(res.body.error.details).toMatchObject({ reason: 'not_reporting_member' });
  });
});

describe('roles within the organisation', () => {
  it('a viewer reads the form but may not file', async () => {
    const form = await w.viewerA.get<ReportForm>(path(w.round(11), w.orgA, 'form'));
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ canFile: false, closedReason: 'not_allowed' });
    const draft = await w.viewerA.put(path(w.round(11), w.orgA, 'draft'), {
      answers: validAnswers(),
      baseVersion: 1,
    });
    expect(draft.status).toBe(403);
  });

  it('an org admin files like a reporter', async () => {
    const form = await w.reporterA2.get<ReportForm>(path(w.round(11), w.orgA, 'form'));
    expect(form.body.canFile).toBe(true);
  });
});

describe('API tokens', () => {
  const bearer = () => ({ authorization: `Bearer ${w.apiToken}` });

  it("file for the token's organisation without CSRF or baseVersion", async () => {
    const res = await w.t
      .anonymous()
      .post<SubmitReportResult>(
        path(w.round(11), w.orgA, 'submit'),
        { answers: validAnswers({ smittade: 5 }) },
        bearer(),
      );
    expect(res.status).toBe(200);
    expect(res.body.report).toMatchObject({ version: 2, updatedByName: null });
  });

  it('never for another organisation', async () => {
    const res = await w.t
      .anonymous()
      .post(path(w.round(11), w.orgB, 'submit'), { answers: validAnswers() }, bearer());
    expect(res.status).toBe(403);
  });
});

describe('history', () => {
  it('lists every version newest first, with who and what changed', async () => {
    const res = await w.reporterA.get<ReportHistory>(`/api/reports/${reportA}/history`);
    expect(res.status).toBe(200);
    expect(res.body.report.label).toBe('v. 11 2026');
    const [latest, first] = res.body.revisions;
    expect(res.body.revisions).toHaveLength(2);
    expect(latest).toMatchObject({ version: 2, status: 'submitted', actorName: null });
    expect(latest?.diff).toEqual([{ key: 'figure:smittade', status: 'changed' }]);
    expect(first).toMatchObject({ version: 1, status: 'submitted', actorName: 'Anna Andersson' });
    expect(first?.diff.length).toBeGreaterThan(3);
  });

  it('404 for an unknown report and 400 for a malformed id', async () => {
    expect((await w.reporterA.get('/api/reports/00000000-0000-4000-8000-000000000000/history')).status).toBe(
      404,
    );
    expect((await w.reporterA.get('/api/reports/nej/history')).status).toBe(400);
  });
});

describe('"Att göra"', () => {
  it("shows each round of the organisation's networks with its status", async () => {
    await w.setNow(during(12));
    const a = await w.reporterA.get<ReportTodo>('/api/reports/todo');
    expect(a.status).toBe(200);
    const byWeek = new Map(a.body.items.map((i) => [i.round.isoWeek, i]));
    expect(byWeek.get(10)).toMatchObject({ status: 'missing', canFile: true });
    expect(byWeek.get(11)).toMatchObject({ status: 'submitted', canFile: false });
    expect(byWeek.get(12)).toMatchObject({ status: 'not_started', canFile: true });
    expect(byWeek.get(13)).toMatchObject({ status: 'not_started', canFile: false });
    expect(byWeek.get(13)?.round.state).toBe('upcoming');
    expect(a.body.items[0]?.status).toBe('missing');

    const b = await w.reporterB.get<ReportTodo>('/api/reports/todo');
    expect(b.body.items.every((i) => i.reportId === null)).toBe(true);
    expect(b.body.items.some((i) => i.round.id === w.outsiderRound)).toBe(true);
  });

  it('an agency that does not file has nothing to do', async () => {
    const res = await w.agencyUser.get<ReportTodo>('/api/reports/todo');
    expect(res.body.items).toEqual([]);
  });

  it('marks a late submission late', async () => {
    const late = await w.reporterA.post<SubmitReportResult>(path(w.round(10), w.orgA, 'submit'), {
      answers: validAnswers(),
    });
    expect(late.body.report.isLate).toBe(true);
    const res = await w.reporterA.get<ReportTodo>('/api/reports/todo');
    expect(res.body.items.find((i) => i.round.isoWeek === 10)?.status).toBe('late');
  });
});

describe('OpenAPI', () => {
  it('documents every filing route, the Idempotency-Key header and the answers schema', async () => {
    const res = await w.t.anonymous().get<{
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      components: { schemas: Record<string, unknown> };
    }>('/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const p of [
      '/api/reports/todo',
      '/api/rounds/{roundId}/reports/{orgId}/form',
      '/api/rounds/{roundId}/reports/{orgId}/draft',
      '/api/rounds/{roundId}/reports/{orgId}/submit',
      '/api/rounds/{roundId}/reports/{orgId}/unchanged',
      '/api/reports/{reportId}/history',
    ]) {
      expect(paths).toContain(p);
    }
    const submit = res.body.paths['/api/rounds/{roundId}/reports/{orgId}/submit']?.post;
    expect(
      submit?.parameters?.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
    ).toBe(true);
    expect(Object.keys(res.body.components.schemas)).toEqual(
      expect.arrayContaining(['ReportAnswers', 'ReportForm']),
    );
  });
});
