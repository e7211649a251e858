import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeNetwork, makeOrg, makeUser, TEST_PASSWORD } from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import type { SearchResponse } from './search.schemas';
import { indexSearchDocument, type SearchDocumentInput } from './search-index';

const getDb = useTestDatabase();
let t: TestApp;
let member: TestClient;
let outsider: TestClient;
let admin: TestClient;
let networkId: string;
let otherNetworkId: string;
let invitedUserId: string;
let invited: TestClient;

interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: { fields?: { path: string; code: string; message: string }[] };
  };
}

const ids = {
  barnomsorg: randomUUID(),
  titleHit: randomUUID(),
  bodyHit: randomUUID(),
  name: randomUUID(),
  cyrillic: randomUUID(),
  decision: randomUUID(),
  bulletinOld: randomUUID(),
  restricted: randomUUID(),
  otherNetwork: randomUUID(),
};

function doc(
  values: Partial<SearchDocumentInput> & Pick<SearchDocumentInput, 'entityId' | 'title'>,
): SearchDocumentInput {
  return {
    kind: 'minutes',
    networkId,
    body: '',
    occurredAt: new Date('2026-03-04T09:00:00Z'),
    url: `/moten/${values.entityId}`,
    ...values,
  };
}

beforeAll(async () => {
  t = createTestApp(getDb());
  const db = getDb().db;
  const owner = await makeOrg(db, { kind: 'association' });
  const municipality = await makeOrg(db);
  const stranger = await makeOrg(db, { kind: 'association' });
  networkId = (await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [municipality.id] })).id;
  otherNetworkId = (await makeNetwork(db, { ownerOrgId: stranger.id })).id;
  const memberUser = await makeUser(db, { orgId: municipality.id });
  const invitedUser = await makeUser(db, { orgId: municipality.id });
  invitedUserId = invitedUser.id;
  member = await t.signIn(memberUser.email, TEST_PASSWORD);
  invited = await t.signIn(invitedUser.email, TEST_PASSWORD);
  outsider = await t.signIn((await makeUser(db, { orgId: stranger.id })).email, TEST_PASSWORD);
  admin = await t.signIn(
    (await makeUser(db, { orgId: stranger.id, roles: ['system_admin'] })).email,
    TEST_PASSWORD,
  );

  const docs: SearchDocumentInput[] = [
    doc({
      entityId: ids.barnomsorg,
      title: 'Veckomöte vecka 10',
      body: 'Kommunerna redogjorde för läget. Barnomsorgen för nyanlända barn är fullbelagd i flera kommuner.',
    }),
    doc({
      entityId: ids.titleHit,
      kind: 'agenda_item',
      title: 'Tolkar i vården',
      body: 'Genomgång av läget i skolorna.',
      occurredAt: new Date('2026-02-10T09:00:00Z'),
    }),
    doc({
      entityId: ids.bodyHit,
      kind: 'agenda_item',
      title: 'Övriga frågor',
      body: 'Kort om boende. Någon nämnde i förbigående bland mycket annat om ekonomi, bostäder och arbetsmarknad att tolkarna är för få.',
      occurredAt: new Date('2026-02-11T09:00:00Z'),
    }),
    doc({
      entityId: ids.name,
      title: 'Dragning om boendeplanering',
      body: 'Karin Lindqvist från länsstyrelsen presenterade underlaget för kommuntalen.',
    }),
    doc({
      entityId: ids.cyrillic,
      kind: 'question',
      title: 'Fråga om intyg',
      body: 'Familjen kom från Харкова via Polen och har uppehållstillstånd enligt massflyktsdirektivet.',
    }),
    doc({
      entityId: ids.decision,
      kind: 'decision',
      title: 'Beslut om gemensam barnomsorg',
      body: 'Nätverket beslutade att samordna platser.',
      occurredAt: new Date('2025-11-20T09:00:00Z'),
    }),
    doc({
      entityId: ids.bulletinOld,
      kind: 'bulletin',
      title: 'Larm: it-angrepp mot kommun',
      body: 'Ett angrepp upptäcktes på barnomsorgens system.',
      occurredAt: new Date('2024-06-01T09:00:00Z'),
    }),
    doc({
      entityId: ids.restricted,
      kind: 'bulletin',
      title: 'Till informationssäkerhetssamordnare: barnomsorg och lösenord',
      body: 'Byt lösenord.',
      audienceUserIds: [invitedUserId],
    }),
    doc({
      entityId: ids.otherNetwork,
      networkId: otherNetworkId,
      title: 'Barnomsorgen i ett annat nätverk',
      body: 'Hemligt för andra nätverk.',
    }),
  ];
  for (const d of docs) await indexSearchDocument(db, d);
});

async function search(client: TestClient, query: string) {
  return client.get<SearchResponse>(`/api/search?${query}`);
}
const entityIds = (body: SearchResponse) => body.hits.map((h) => h.entityId);
const highlighted = (segments: { text: string; highlighted: boolean }[]) =>
  segments.filter((s) => s.highlighted).map((s) => s.text);

describe('GET /api/search', () => {
  it('finds inflected Swedish forms and highlights them in the snippet', async () => {
    const res = await search(member, 'q=barnomsorg');
    expect(res.status).toBe(200);
    expect(entityIds(res.body)).toEqual(
      expect.arrayContaining([ids.barnomsorg, ids.decision, ids.bulletinOld]),
    );
    const hit = res.body.hits.find((h) => h.entityId === ids.barnomsorg);
    expect(highlighted(hit?.snippet ?? [])).toContain('Barnomsorgen');
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('Barnomsorgen för nyanlända barn');
    expect(hit).toMatchObject({ kind: 'minutes', networkId, url: `/moten/${ids.barnomsorg}` });
    const decision = res.body.hits.find((h) => h.entityId === ids.decision);
    expect(highlighted(decision?.title ?? [])).toEqual(['barnomsorg']);
    expect(res.body.total).toBe(res.body.hits.length);
    expect(res.body).toMatchObject({ page: 1, pages: 1, totalCapped: false });
  });

  it('ranks a match in the title above a passing mention in the body', async () => {
    const res = await search(member, 'q=tolk');
    expect(entityIds(res.body)).toEqual([ids.titleHit, ids.bodyHit]);
    const [first, second] = res.body.hits;
    expect(first?.score).toBeGreaterThan(second?.score ?? 0);
  });

  it('finds a misspelled name by similarity and highlights the name', async () => {
    const res = await search(member, 'q=Lindkvist');
    expect(entityIds(res.body)[0]).toBe(ids.name);
    expect(highlighted(res.body.hits[0]?.snippet ?? [])).toEqual(['Lindqvist']);
  });

  it('finds an inflected Ukrainian word by similarity', async () => {
    const res = await search(member, `q=${encodeURIComponent('Харків')}`);
    expect(entityIds(res.body)[0]).toBe(ids.cyrillic);
    expect(highlighted(res.body.hits[0]?.snippet ?? [])).toEqual(['Харкова']);
  });

  it('filters by type, date range and network', async () => {
    const byKind = await search(member, 'q=barnomsorg&kind=decision');
    expect(entityIds(byKind.body)).toEqual([ids.decision]);
    const byDates = await search(member, 'q=barnomsorg&from=2025-01-01&to=2025-12-31');
    expect(entityIds(byDates.body)).toEqual([ids.decision]);
    // The day is a Stockholm day: 2026-03-04 09:00 UTC is within "to=2026-03-04".
    const lastDay = await search(member, 'q=barnomsorg&from=2026-03-04&to=2026-03-04&kind=minutes');
    expect(entityIds(lastDay.body)).toEqual([ids.barnomsorg]);
    const byNetwork = await search(member, `q=barnomsorg&network=${networkId}`);
    expect(byNetwork.body.total).toBe(3);
  });

  it('shows nothing of a network to a non-member', async () => {
    const res = await search(outsider, 'q=barnomsorg');
    expect(entityIds(res.body)).toEqual([ids.otherNetwork]);
    const inside = await search(member, 'q=barnomsorg');
    expect(entityIds(inside.body)).not.toContain(ids.otherNetwork);
    const filtered = await search(outsider, `q=barnomsorg&network=${networkId}`);
    expect(filtered.status).toBe(404);
    const bySimilarity = await search(outsider, 'q=Lindkvist');
    expect(bySimilarity.body.hits).toEqual([]);
  });

  it('shows a document with an audience only to that audience', async () => {
    const inAudience = await search(invited, 'q=barnomsorg');
    expect(entityIds(inAudience.body)).toContain(ids.restricted);
    const notInAudience = await search(member, 'q=barnomsorg');
    expect(entityIds(notInAudience.body)).not.toContain(ids.restricted);
    const adminRes = await search(admin, 'q=barnomsorg');
    expect(entityIds(adminRes.body)).toContain(ids.otherNetwork);
    expect(entityIds(adminRes.body)).not.toContain(ids.restricted);
  });

  it('pages, and reports the total past the last page', async () => {
    const res = await search(member, 'q=barnomsorg&page=2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 2, pages: 1, total: 3, hits: [] });
  });

  it('refuses bad parameters with a translated 400', async () => {
    const cases = [
      ['q=a', 'q'],
      ['q=barnomsorg&kind=report', 'kind'],
      ['q=barnomsorg&from=2026-13-01', 'from'],
      ['q=barnomsorg&from=2026-03-05&to=2026-03-04', 'to'],
      ['q=barnomsorg&page=0', 'page'],
      ['q=barnomsorg&network=inte-ett-id', 'network'],
    ] as const;
    for (const [query, field] of cases) {
      const res = await member.get<ErrorBody>(`/api/search?${query}`, { 'accept-language': 'en' });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.details.fields?.map((f) => f.path)).toEqual([field]);
    }
    const order = await member.get<ErrorBody>('/api/search?q=barnomsorg&from=2026-03-05&to=2026-03-04');
    expect(order.body.error.details.fields?.[0]?.message).toBe('Slutdatumet ligger före startdatumet.');
  });

  it('requires a signed-in user', async () => {
    const res = await t.anonymous().get('/api/search?q=barnomsorg');
    expect(res.status).toBe(401);
  });
});
