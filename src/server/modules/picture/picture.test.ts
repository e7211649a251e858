import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../testing/test-db';
import { buildPictureWorld, type PictureWorld } from './picture.fixtures';
import type { Picture } from './picture.types';

const getDb = useTestDatabase();
let w: PictureWorld;

beforeAll(async () => {
  w = await buildPictureWorld(getDb());
});

/** Names of the organisations a section refers to by id. */
const names = (p: Picture, ids: readonly string[]) => ids.map((id) => p.organisations[id]?.name);
const nameOf = (p: Picture, id: string) => p.organisations[id]?.name;
/** The map/table row of the organisation with this name. */
const rowOf = (p: Picture, name: string) => p.byOrg.find((r) => nameOf(p, r.orgId) === name);
const path = (query = '') => `/api/networks/${w.networkId}/picture${query}`;

async function picture(query = '', client = w.coordinator): Promise<Picture> {
  const res = await client.get<Picture>(path(query));
  expect(res.status).toBe(200);
  return res.body;
}

describe('GET /networks/:id/picture', () => {
  it('defaults to the round that opened last, with completeness by name', async () => {
    const p = await picture();
    expect(p.round).toMatchObject({ id: w.rounds.w11, label: 'v. 11 2026', isoWeek: 11, kind: 'weekly' });
    expect(p.previousRoundId).toBe(w.rounds.w10);
    expect(p.network.name).toBe('Testnätverket');
    expect(p.completeness).toMatchObject({ expected: 7, filed: 5, onTime: 4, late: 1 });
    expect(names(p, p.completeness.missing)).toEqual(['Mölndal', 'Öckerö']);
  });

  it('counts impact per area among filed organisations', async () => {
    const p = await picture();
    expect(p.areas.map((a) => a.key)).toEqual(['aldre', 'ifo']);
    // Kungsbacka filed on version 2: the newest label wins, the key is the same question.
    expect(p.areas[0]?.label).toBe('Äldreomsorg (SÄBO)');
    expect(p.areas[0]?.distribution).toEqual({ '1': 2, '2': 1, '3': 0, '4': 1, '5': 1, none: 0 });
    expect(p.areas[1]?.distribution).toEqual({ '1': 1, '2': 1, '3': 1, '4': 0, '5': 0, none: 2 });
  });

  it('aggregates figures: median of odd and even counts, person counts 1–4 as <5', async () => {
    const p = await picture();
    const figure = (key: string) => p.figures.find((f) => f.key === key);
    expect(p.figures.map((f) => f.key)).toEqual(['smittade', 'franvaro', 'platser', 'nya']);
    expect(figure('franvaro')).toMatchObject({
      areaKey: 'aldre',
      n: 5,
      sum: 62,
      mean: 12.4,
      median: 12,
      min: 5,
      max: 20,
    });
    expect(figure('platser')).toMatchObject({
      areaKey: null,
      n: 4,
      sum: 100,
      mean: 25,
      median: 25,
      min: 10,
      max: 40,
    });
    // 0, 2, 3, 7, 10: the median is one municipality's 3; 0 identifies no one.
    expect(figure('smittade')).toMatchObject({
      countsPersons: true,
      n: 5,
      sum: 22,
      mean: 4.4,
      median: '<5',
      min: 0,
      max: 10,
    });
    expect(figure('nya')).toMatchObject({ n: 1, sum: 4, median: 4 });
  });

  it('lists Allvarlig and Kritisk first, worst first, with their submitted comments', async () => {
    const p = await picture();
    expect(p.serious.map((s) => [nameOf(p, s.orgId), s.areaKey, s.impact, s.comment])).toEqual([
      ['Borås', 'aldre', 5, 'Kritiskt läge på SÄBO'],
      ['Alingsås', 'aldre', 4, 'Brist på personal'],
    ]);
  });

  it('tells what got worse since the previous round of the template', async () => {
    const p = await picture();
    expect(p.worsened.map((x) => [nameOf(p, x.orgId), x.areaKey, x.from, x.to])).toEqual([
      ['Borås', 'aldre', 3, 5],
      ['Alingsås', 'aldre', 2, 4],
      ['Ale', 'ifo', 1, 2],
    ]);
  });

  it('digests comments per area: new, then changed, then carried over with stale marked', async () => {
    const p = await picture();
    expect(p.comments.aldre?.map((c) => [nameOf(p, c.orgId), c.status, c.stale, c.roundsUnchanged])).toEqual([
      ['Alingsås', 'new', false, 0],
      ['Borås', 'new', false, 0],
      ['Ale', 'changed', false, 0],
      ['Lerum', 'carried_over', true, 3],
    ]);
    expect(p.comments.ifo).toEqual([]);
    expect(p.texts).toEqual([
      {
        key: 'behov',
        label: 'Behov av stöd',
        entries: [expect.objectContaining({ text: 'Behöver stöd med bemanning', status: 'new' })],
      },
    ]);
  });

  it('gives a row per expected organisation for the map, person counts suppressed', async () => {
    const p = await picture('?mapFigure=smittade');
    expect(
      names(
        p,
        p.byOrg.map((r) => r.orgId),
      ),
    ).toEqual(['Ale', 'Alingsås', 'Borås', 'Kungsbacka', 'Lerum', 'Mölndal', 'Öckerö']);
    const row = (name: string) => rowOf(p, name);
    expect(row('Alingsås')).toMatchObject({
      status: 'on_time',
      isOwn: false,
      impacts: { aldre: 4, ifo: 3 },
      figures: { smittade: '<5' },
    });
    expect(row('Borås')).toMatchObject({ status: 'late' });
    // Only the map's figure travels per organisation.
    expect(row('Borås')?.figures).toEqual({ smittade: 10 });
    expect(row('Ale')?.figures.smittade).toBe(0);
    expect(row('Mölndal')).toMatchObject({
      status: 'missing',
      impacts: { aldre: null, ifo: null },
      figures: { smittade: null },
    });
  });

  it('names each organisation once, in name order, and every section refers to it by id', async () => {
    const p = await picture();
    expect(Object.values(p.organisations).map((o) => o.name)).toEqual(
      names(
        p,
        p.byOrg.map((r) => r.orgId),
      ),
    );
    expect(Object.values(p.organisations).find((o) => o.name === 'Borås')).toEqual({
      id: expect.any(String),
      code: expect.any(String),
      name: 'Borås',
      countyCode: '14',
    });
    const referenced = [
      ...p.completeness.missing,
      ...p.serious.map((s) => s.orgId),
      ...p.worsened.map((x) => x.orgId),
      ...Object.values(p.comments).flatMap((list) => list.map((c) => c.orgId)),
      ...p.texts.flatMap((t) => t.entries.map((e) => e.orgId)),
    ];
    expect(referenced.length).toBeGreaterThan(5);
    for (const id of referenced) expect(p.organisations[id]?.id).toBe(id);
    // Worsened rows name their area by key only; the label is in `areas`.
    const areaKeys = new Set(p.areas.map((a) => a.key));
    expect(p.worsened.length).toBeGreaterThan(0);
    for (const x of p.worsened) {
      expect(areaKeys.has(x.areaKey)).toBe(true);
      expect(Object.keys(x).sort()).toEqual(['areaKey', 'from', 'orgId', 'to']);
    }
  });

  it("shows the viewer's own organisation's person counts, and nobody else's", async () => {
    const p = await picture('?mapFigure=smittade', w.alingsasReporter);
    const row = (name: string) => rowOf(p, name);
    expect(row('Alingsås')).toMatchObject({ isOwn: true, figures: { smittade: 3 } });
    expect(row('Lerum')?.figures.smittade).toBe('<5');
    expect(p.figures.find((f) => f.key === 'smittade')?.median).toBe('<5');
  });

  it('carries figures per organisation only for the figure asked for', async () => {
    const p = await picture();
    expect(p.byOrg.every((r) => Object.keys(r.figures).length === 0)).toBe(true);
    const franvaro = await picture('?mapFigure=franvaro');
    expect(rowOf(franvaro, 'Borås')?.figures).toEqual({ franvaro: 20 });
    const unknown = await w.coordinator.get<{ error: { details: { fields: { path: string }[] } } }>(
      path('?mapFigure=finns_inte'),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields.map((f) => f.path)).toEqual(['mapFigure']);
  });

  it('never shows drafts: neither a first draft nor a revision in progress', async () => {
    const p = await picture();
    const text = JSON.stringify(p);
    expect(text).not.toContain('HEMLIGT');
    expect(text).not.toContain('UTKAST');
    expect(rowOf(p, 'Alingsås')?.impacts.aldre).toBe(4);
    // The drafts' 99 and 50 are in no aggregate.
    expect(p.figures.find((f) => f.key === 'smittade')).toMatchObject({ sum: 22, max: 10 });
  });

  it('narrows to a county', async () => {
    const p = await picture('?county=14');
    expect(p.county).toEqual({ code: '14', name: 'Västra Götalands län' });
    expect(p.scope.countyCode).toBe('14');
    expect(p.completeness).toMatchObject({ expected: 6, filed: 4, onTime: 3, late: 1 });
    expect(rowOf(p, 'Kungsbacka')).toBeUndefined();
    expect(Object.values(p.organisations).map((o) => o.name)).not.toContain('Kungsbacka');
    // 5, 10, 15, 20: an even count, the median is the mean of the middle two.
    expect(p.figures.find((f) => f.key === 'franvaro')).toMatchObject({ n: 4, median: 12.5, sum: 50 });
    const halland = await picture('?county=13');
    expect(halland.completeness).toMatchObject({ expected: 1, filed: 1 });
    expect(halland.figures.find((f) => f.key === 'smittade')).toMatchObject({ n: 1, sum: 7, min: 7 });
  });

  it('shows an earlier round when asked, without a previous one to compare', async () => {
    const p = await picture(`?roundId=${w.rounds.w10}`);
    expect(p.round.isoWeek).toBe(10);
    expect(p.previousRoundId).toBeNull();
    expect(p.worsened).toEqual([]);
    expect(p.completeness).toMatchObject({ expected: 7, filed: 4 });
    expect(p.figures.find((f) => f.key === 'smittade')).toMatchObject({ n: 2, sum: '<5', mean: '<5' });
  });

  it('translates labels to English when asked', async () => {
    const res = await w.coordinator.get<Picture>(path(), { 'accept-language': 'en' });
    // Version 2 has no English label for the area: Swedish is the fallback.
    expect(res.body.areas[0]?.label).toBe('Äldreomsorg (SÄBO)');
    expect(res.body.areas[1]?.label).toBe('IFO');
    expect(res.body.round.label).toMatch(/^week \d+ \d{4}$/);
  });

  it('refuses bad parameters with field errors', async () => {
    const bad = async (query: string, field: string) => {
      const res = await w.coordinator.get<{
        error: { code: string; details: { fields: { path: string }[] } };
      }>(path(query));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.details.fields.map((f) => f.path)).toContain(field);
    };
    await bad('?roundId=inte-ett-id', 'roundId');
    await bad('?county=1', 'county');
    await bad('?county=99', 'county');
    const res = await w.coordinator.get('/api/networks/inte-ett-id/picture');
    expect(res.status).toBe(400);
  });

  it('answers 404 for a round of another network, for non-members, and 401 without a session', async () => {
    // Another id of the right shape: the last digit changed (never to itself).
    const unknown = w.rounds.w12.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    expect((await w.coordinator.get(path(`?roundId=${unknown}`))).status).toBe(404);
    expect((await w.coordinator.get(path(`?roundId=${w.otherNetworkRoundId}`))).status).toBe(404);
    expect((await w.outsider.get(path())).status).toBe(404);
    expect((await w.t.anonymous().get(path())).status).toBe(401);
  });

  it('is live: a report submitted through the API is in the very next picture', async () => {
    const before = await picture();
    const submit = await w.ockeroReporter.post(`/api/rounds/${w.rounds.w11}/reports/${w.org.ockero}/submit`, {
      answers: {
        areas: { aldre: { impact: 3 }, ifo: { impact: 2 } },
        figures: { smittade: 1, franvaro: 30 },
      },
    });
    expect(submit.status).toBe(200);
    const after = await picture();
    expect(after.completeness.filed).toBe(before.completeness.filed + 1);
    expect(names(after, after.completeness.missing)).toEqual(['Mölndal']);
    expect(rowOf(after, 'Öckerö')).toMatchObject({
      status: 'on_time',
      impacts: { aldre: 3 },
    });
    expect(after.figures.find((f) => f.key === 'smittade')).toMatchObject({ n: 6, sum: 23 });
  });
});
