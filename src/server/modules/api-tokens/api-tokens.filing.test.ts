import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../testing/test-db';
import { buildWorld, during, path, type ReportsWorld, validAnswers } from '../reports/reports.fixtures';

/**
 * System-to-system filing end to end: an org admin creates a token through the API, a
 * system files with it through the reports routes, and revoking it shuts the door.
 */

const getDb = useTestDatabase();
let w: ReportsWorld;
let secret = '';
let tokenId = '';

beforeAll(async () => {
  w = await buildWorld(getDb());
  await w.setNow(during(11));
  // reporterA2 is Aby kommun's org admin.
  const created = await w.reporterA2.post<{ token: { id: string }; secret: string }>('/api/api-tokens', {
    name: 'Verksamhetssystemet',
  });
  expect(created.status).toBe(201);
  secret = created.body.secret;
  tokenId = created.body.token.id;
});

const bearer = () => ({ authorization: `Bearer ${secret}` });

describe('filing with an API token', () => {
  it("saves a draft and submits for the token's own organisation, without cookie or CSRF", async () => {
    const system = w.t.anonymous();
    const draft = await system.put<{ report: { version: number } }>(
      path(w.round(11), w.orgA, 'draft'),
      { answers: validAnswers(), baseVersion: 0 },
      bearer(),
    );
    expect(draft.status).toBe(200);
    const submitted = await system.post<{ report: { status: string; orgId: string } }>(
      path(w.round(11), w.orgA, 'submit'),
      { answers: validAnswers({ smittade: 9 }) },
      bearer(),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.report).toMatchObject({ status: 'submitted', orgId: w.orgA });
    const list = await w.reporterA2.get<{ tokens: { id: string; lastUsedAt: string | null }[] }>(
      '/api/api-tokens',
    );
    expect(list.body.tokens.find((t) => t.id === tokenId)?.lastUsedAt).not.toBeNull();
  });

  it('is refused for another organisation', async () => {
    const res = await w.t
      .anonymous()
      .post(path(w.round(11), w.orgB, 'submit'), { answers: validAnswers() }, bearer());
    expect(res.status).toBe(403);
    const outsider = await w.t
      .anonymous()
      .post(path(w.outsiderRound, w.orgA, 'submit'), { answers: validAnswers() }, bearer());
    expect(outsider.status).toBe(404);
  });

  it('is refused with 401 once revoked', async () => {
    expect((await w.reporterA2.delete(`/api/api-tokens/${tokenId}`)).status).toBe(204);
    const res = await w.t
      .anonymous()
      .post<{ error: { code: string } }>(
        path(w.round(11), w.orgA, 'submit'),
        { answers: validAnswers() },
        bearer(),
      );
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});
