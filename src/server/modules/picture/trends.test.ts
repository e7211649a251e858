import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../testing/test-db';
import { buildPictureWorld, type PictureWorld } from './picture.fixtures';
import type { OrgHistory, Picture, Trend } from './picture.types';

const getDb = useTestDatabase();
let w: PictureWorld;

beforeAll(async () => {
  w = await buildPictureWorld(getDb());
});

const trendPath = (query: string) =>
  `/api/networks/${w.networkId}/trends?templateId=${w.templateId}&${query}`;
const historyPath = (orgId: string, query = '') =>
  `/api/networks/${w.networkId}/organisations/${orgId}/history${query}`;

async function trend(query: string): Promise<Trend> {
  const res = await w.coordinator.get<Trend>(trendPath(query));
  expect(res.status).toBe(200);
  return res.body;
}

describe('GET /networks/:id/trends', () => {
  it('follows a figure over the rounds that have opened, oldest first, with person counts suppressed', async () => {
    const t = await trend('key=figure:smittade&rounds=12');
    expect(t).toMatchObject({ kind: 'figure', label: 'Smittade', countsPersons: true, county: null });
    expect(t.points.map((p) => p.label)).toEqual(['v. 10 2026', 'v. 11 2026']);
    expect(t.points[0]).toMatchObject({
      n: 2,
      sum: '<5',
      mean: '<5',
      median: '<5',
      min: '<5',
      max: '<5',
      distribution: null,
    });
    expect(t.points[1]).toMatchObject({ n: 5, sum: 22, mean: 4.4, median: '<5', min: 0, max: 10 });
  });

  it('agrees with the picture of the same round', async () => {
    const t = await trend('key=figure:franvaro&rounds=1');
    const picture = (await w.coordinator.get<Picture>(`/api/networks/${w.networkId}/picture`)).body;
    const {
      key: _key,
      areaKey: _a,
      label: _l,
      unit: _u,
      type: _t,
      countsPersons: _c,
      ...aggregate
    } = picture.figures.find((f) => f.key === 'franvaro') ?? {};
    expect(t.points).toHaveLength(1);
    expect(t.points[0]).toMatchObject(aggregate);
  });

  it('counts impact levels per round for an area', async () => {
    const t = await trend('key=impact:aldre');
    expect(t).toMatchObject({ kind: 'impact', label: 'Äldreomsorg (SÄBO)', unit: null });
    expect(t.points.map((p) => p.distribution)).toEqual([
      { '1': 1, '2': 2, '3': 1, '4': 0, '5': 0 },
      { '1': 2, '2': 1, '3': 0, '4': 1, '5': 1 },
    ]);
  });

  it('narrows to a county; rounds without values still appear', async () => {
    const t = await trend('key=figure:smittade&county=13');
    expect(t.county).toEqual({ code: '13', name: 'Hallands län' });
    expect(t.points.map((p) => [p.n, p.sum])).toEqual([
      [0, null],
      [1, 7],
    ]);
  });

  it('knows keys that only a newer template version has', async () => {
    const t = await trend('key=figure:nya');
    expect(t.points.map((p) => p.sum)).toEqual([null, 4]);
  });

  it('refuses bad parameters with field errors', async () => {
    const bad = async (path: string, field: string, code?: string) => {
      const res = await w.coordinator.get<{
        error: { details: { fields: { path: string; code: string }[] } };
      }>(path);
      expect(res.status).toBe(400);
      const error = res.body.error.details.fields.find((f) => f.path === field);
      expect(error).toBeDefined();
      if (code) expect(error?.code).toBe(code);
    };
    await bad(trendPath('key=figure:smittade&rounds=0'), 'rounds');
    await bad(trendPath('key=figure:smittade&rounds=521'), 'rounds');
    await bad(trendPath('key=figure:smittade&rounds=tolv'), 'rounds');
    await bad(trendPath('key=smittade'), 'key');
    await bad(trendPath('key=figure:finns_inte'), 'key', 'unknown_key');
    await bad(trendPath('key=impact:smittade'), 'key', 'unknown_key');
    await bad(`/api/networks/${w.networkId}/trends?key=figure:smittade`, 'templateId');
  });

  it('answers 404 for a template of another network and for non-members', async () => {
    const other = `/api/networks/${w.networkId}/trends?templateId=${w.networkId}&key=figure:smittade`;
    expect((await w.coordinator.get(other)).status).toBe(404);
    expect((await w.outsider.get(trendPath('key=figure:smittade'))).status).toBe(404);
    expect((await w.t.anonymous().get(trendPath('key=figure:smittade'))).status).toBe(401);
  });
});

describe('GET /networks/:id/organisations/:orgId/history', () => {
  it("shows an organisation's submitted reports, newest first, person counts suppressed for others", async () => {
    const res = await w.coordinator.get<OrgHistory>(historyPath(w.org.alingsas));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ org: { name: 'Alingsås' }, isOwn: false });
    const [template] = res.body.templates;
    expect(template?.areas.map((a) => a.key)).toEqual(['aldre', 'ifo']);
    expect(
      template?.rounds.map((r) => [r.round.label, r.status, r.impacts.aldre, r.figures.smittade]),
    ).toEqual([
      ['v. 11 2026', 'on_time', 4, '<5'],
      ['v. 10 2026', 'on_time', 2, '<5'],
    ]);
    expect(template?.rounds[0]?.comments.aldre).toEqual({
      text: 'Brist på personal',
      carriedOver: false,
      stale: false,
      roundsUnchanged: 0,
    });
    // Only what was written: no empty comment, no empty text.
    expect(Object.keys(template?.rounds[0]?.comments ?? {})).toEqual(['aldre']);
    expect(template?.rounds[0]?.texts).toEqual({});
    const boras = await w.coordinator.get<OrgHistory>(historyPath(w.org.boras, '?rounds=1'));
    expect(boras.body.templates[0]?.rounds[0]?.texts).toEqual({ behov: 'Behöver stöd med bemanning' });
    expect(JSON.stringify(res.body)).not.toContain('UTKAST');
  });

  it("shows the organisation's own members its person counts", async () => {
    const res = await w.alingsasReporter.get<OrgHistory>(historyPath(w.org.alingsas, '?rounds=1'));
    expect(res.body.isOwn).toBe(true);
    expect(res.body.templates[0]?.rounds.map((r) => r.figures.smittade)).toEqual([3]);
  });

  it('marks stale comments and shows no drafts', async () => {
    const lerum = await w.coordinator.get<OrgHistory>(historyPath(w.org.lerum));
    expect(lerum.body.templates[0]?.rounds[0]?.comments.aldre).toMatchObject({
      carriedOver: true,
      stale: true,
      roundsUnchanged: 3,
    });
    const molndal = await w.coordinator.get<OrgHistory>(historyPath(w.org.molndal));
    expect(molndal.body.templates[0]?.rounds.map((r) => r.status)).toEqual(['missing', 'missing']);
    expect(JSON.stringify(molndal.body)).not.toContain('HEMLIGT');
  });

  it('answers 404 for an organisation outside the network and for non-members, 400 for bad input', async () => {
    expect((await w.coordinator.get(historyPath(w.org.outsider))).status).toBe(404);
    expect((await w.outsider.get(historyPath(w.org.alingsas))).status).toBe(404);
    expect((await w.coordinator.get(historyPath(w.org.alingsas, '?rounds=0'))).status).toBe(400);
    expect((await w.coordinator.get(historyPath('inte-ett-id'))).status).toBe(400);
    expect((await w.t.anonymous().get(historyPath(w.org.alingsas))).status).toBe(401);
  });
});
