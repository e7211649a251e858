import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { searchScopeOf } from './search.policy';
import * as repo from './search.repository';
import { SEARCH_HIT_CAP, SEARCH_PAGE_SIZE, type SearchQuery, type SearchResponse } from './search.schemas';
import { queryWords, type Segment, segmentsFromHeadline, similaritySegments } from './snippet';

const zone = 'Europe/Stockholm';

export async function search(ctx: Ctx, query: SearchQuery): Promise<SearchResponse> {
  const { from, to } = dayRange(query.from, query.to);
  const scope = searchScopeOf(ctx.actor);
  const visible = await repo.searchableNetworkIds(ctx.db, scope.orgId);
  if (query.network && !visible.includes(query.network)) throw notFound('network');
  const networkIds = query.network ? [query.network] : visible;
  const page = query.page;
  const empty = { query: query.q, page, pageSize: SEARCH_PAGE_SIZE };
  if (networkIds.length === 0) return { ...empty, total: 0, totalCapped: false, pages: 0, hits: [] };

  const tsQuery = await repo.buildTsQuery(ctx.db, query.q, queryWords(query.q));
  const result = await repo.searchPage(ctx.db, {
    tsQuery,
    text: query.q,
    networkIds,
    userId: scope.userId,
    kind: query.kind,
    from,
    to,
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
    hitCap: SEARCH_HIT_CAP,
  });
  return {
    ...empty,
    total: result.total,
    totalCapped: result.ftsCapped,
    pages: Math.ceil(result.total / SEARCH_PAGE_SIZE),
    hits: result.rows.map((r) => ({
      kind: r.kind,
      entityId: r.entityId,
      networkId: r.networkId,
      networkName: r.networkName,
      occurredAt: new Date(r.occurredAt).toISOString(),
      url: r.url,
      score: Number(r.score),
      title: highlight(r.titleHeadline, query.q),
      snippet: highlight(r.bodyHeadline, query.q),
    })),
  };
}

/** Full-text highlights; where there are none (a hit by similar spelling), the similar words. */
function highlight(headline: string, query: string): Segment[] {
  const segments = segmentsFromHeadline(headline);
  if (segments.some((s) => s.highlighted)) return segments;
  return similaritySegments(segments.map((s) => s.text).join(''), query);
}

/** Whole days in Stockholm; `to` is inclusive for the user, exclusive in the query. */
function dayRange(from: string | undefined, to: string | undefined) {
  const start = from ? DateTime.fromISO(from, { zone }).startOf('day') : undefined;
  const end = to ? DateTime.fromISO(to, { zone }).startOf('day').plus({ days: 1 }) : undefined;
  if (start && end && end <= start) {
    throw new AppError('validation', { fields: [{ path: 'to', code: 'date_order' }] });
  }
  return { from: start?.toJSDate(), to: end?.toJSDate() };
}
