import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys, reportRevisions } from '../../db/schema/reports';
import { useTestDatabase } from '../../testing/test-db';
import { purgeIdempotencyKeysTick } from './idempotency';
import {
  buildWorld,
  during,
  type ErrorBody,
  path,
  type ReportsWorld,
  validAnswers,
} from './reports.fixtures';
import type { SubmitReportResult } from './reports.service';

const getDb = useTestDatabase();
let w: ReportsWorld;

beforeAll(async () => {
  w = await buildWorld(getDb());
  await w.setNow(during(11));
});

async function revisionCount(reportId: string) {
  const rows = await getDb().db.select().from(reportRevisions).where(eq(reportRevisions.reportId, reportId));
  return rows.length;
}

interface Conflict {
  error: {
    code: string;
    details: {
      current: {
        version: number;
        answers: { figures: Record<string, number> };
        updatedByName: string;
        updatedAt: string;
      };
    };
  };
}

describe('two people editing the same report', () => {
  let version = 0;
  it("folds one person's autosaves into one history entry", async () => {
    const draft = (n: number, base: number) =>
      w.reporterA.put<{ report: { id: string; version: number } }>(path(w.round(11), w.orgA, 'draft'), {
        answers: validAnswers({ smittade: n }),
        baseVersion: base,
      });
    const first = await draft(1, 0);
    const second = await draft(2, first.body.report.version);
    expect(second.status).toBe(200);
    version = second.body.report.version;
    expect(version).toBe(2);
    expect(await revisionCount(second.body.report.id)).toBe(1);
  });

  it('refuses a save on an outdated version with 409 and the current version', async () => {
    const res = await w.reporterA2.put<Conflict>(path(w.round(11), w.orgA, 'draft'), {
      answers: validAnswers({ smittade: 7 }),
      baseVersion: version - 1,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('version_conflict');
    expect(res.body.error.details.current).toMatchObject({
      version,
      answers: { figures: { smittade: 2 } },
      updatedByName: 'Anna Andersson',
    });
  });

  it('refuses a first save on a report someone else already created', async () => {
    const res = await w.reporterA2.put<Conflict>(path(w.round(11), w.orgA, 'draft'), {
      answers: validAnswers(),
      baseVersion: 0,
    });
    expect(res.status).toBe(409);
  });

  it('a submit on an outdated version is refused too, showing the answers it would overwrite', async () => {
    const res = await w.reporterA2.post<Conflict>(path(w.round(11), w.orgA, 'submit'), {
      answers: validAnswers(),
      baseVersion: 1,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details.current).toMatchObject({
      version,
      answers: { figures: { smittade: 2 } },
      updatedByName: 'Anna Andersson',
    });
  });

  it('two racing submits on the same version: one wins, the other gets 409, none is lost silently', async () => {
    const [a, b] = await Promise.all([
      w.reporterA.post<SubmitReportResult>(path(w.round(11), w.orgA, 'submit'), {
        answers: validAnswers({ smittade: 10 }),
        baseVersion: version,
      }),
      w.reporterA2.post<SubmitReportResult>(path(w.round(11), w.orgA, 'submit'), {
        answers: validAnswers({ smittade: 20 }),
        baseVersion: version,
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });
});

describe('retried submissions', () => {
  const key = 'retry-0001-aaaa-bbbb';

  it('apply once: the retry returns the stored response', async () => {
    const headers = { 'idempotency-key': key };
    const body = { answers: validAnswers({ smittade: 4 }) };
    const first = await w.reporterB.post<SubmitReportResult>(
      path(w.round(11), w.orgB, 'submit'),
      body,
      headers,
    );
    expect(first.status).toBe(200);
    const retry = await w.reporterB.post<SubmitReportResult>(
      path(w.round(11), w.orgB, 'submit'),
      body,
      headers,
    );
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await revisionCount(first.body.report.id)).toBe(1);
  });

  it('the same key with another body is 422 and changes nothing', async () => {
    const res = await w.reporterB.post<ErrorBody>(
      path(w.round(11), w.orgB, 'submit'),
      { answers: validAnswers({ smittade: 5 }) },
      { 'idempotency-key': key },
    );
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('idempotency_mismatch');
  });

  it('the key may come in the body, and concurrent retries still apply once', async () => {
    await w.setNow(during(12));
    const body = { answers: validAnswers({ smittade: 6 }), idempotencyKey: 'retry-0002-cccc-dddd' };
    const results = await Promise.all(
      [1, 2, 3].map(() => w.reporterB.post<SubmitReportResult>(path(w.round(12), w.orgB, 'submit'), body)),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const id = results[0]?.body.report.id ?? '';
    expect(new Set(results.map((r) => r.body.report.version))).toEqual(new Set([1]));
    expect(await revisionCount(id)).toBe(1);
  });

  it('"nothing has changed" is idempotent with its key as well', async () => {
    await w.setNow(during(13));
    const headers = { 'idempotency-key': 'unchanged-0003-eeee' };
    const first = await w.reporterB.post<SubmitReportResult>(
      path(w.round(13), w.orgB, 'unchanged'),
      undefined,
      headers,
    );
    const retry = await w.reporterB.post<SubmitReportResult>(
      path(w.round(13), w.orgB, 'unchanged'),
      undefined,
      headers,
    );
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body).toEqual(first.body);
    expect(await revisionCount(first.body.report.id)).toBe(1);
  });
});

describe('old idempotency keys', () => {
  it("are forgotten after a week by the worker's periodic pass", async () => {
    const count = async () => (await getDb().db.select().from(idempotencyKeys)).length;
    expect(await count()).toBeGreaterThan(0);
    await purgeIdempotencyKeysTick({
      ...w.t.deps,
      now: () => new Date(during(13).getTime() + 6 * 86_400_000),
    });
    expect(await count()).toBeGreaterThan(0);
    await purgeIdempotencyKeysTick({
      ...w.t.deps,
      now: () => new Date(during(13).getTime() + 9 * 86_400_000),
    });
    expect(await count()).toBe(0);
  });
});
