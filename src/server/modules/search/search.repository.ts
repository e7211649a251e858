import { type SQL, sql } from 'drizzle-orm';
import type { SearchDocumentKind } from '../../db/schema/search';
import { type DbOrTx, queryRows } from '../../platform/db';
import { HIGHLIGHT_END, HIGHLIGHT_START } from './snippet';

export interface SearchScope {
  networkIds: readonly string[];
  /** Documents with an audience are found only by those users; null finds only unrestricted ones. */
  userId: string | null;
  kind?: SearchDocumentKind | undefined;
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
}

export interface SearchParams extends SearchScope {
  text: string;
  limit: number;
  offset: number;
  /** Full-text hits ranked per search (the latest ones when there are more). */
  hitCap: number;
}

export interface SearchStats {
  total: number;
  ftsCapped: boolean;
}

export interface SearchRow {
  kind: SearchDocumentKind;
  entityId: string;
  networkId: string;
  networkName: string;
  occurredAt: Date | string;
  url: string;
  score: number;
  titleHeadline: string;
  bodyHeadline: string;
}

/** Below this many full-text hits, titles are also searched by similar spelling. */
const FEW_FULL_TEXT_HITS = 20;
const TITLE_CANDIDATES = 100;
/** Closest lexicon entries that stand in for a query word the archive does not know. */
const SIMILAR_LEXEMES = 5;

const headlineTitle = `HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`;
const headlineBody = `MaxFragments=2, MaxWords=24, MinWords=10, ShortWord=2, FragmentDelimiter=" … ", StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`;

function scopeSql(s: SearchScope): SQL {
  const parts: SQL[] = [sql`d.network_id = ANY(${toUuidArray(s.networkIds)})`];
  parts.push(
    s.userId
      ? sql`(d.audience_user_ids IS NULL OR ${s.userId}::uuid = ANY(d.audience_user_ids))`
      : sql`d.audience_user_ids IS NULL`,
  );
  if (s.kind) parts.push(sql`d.kind = ${s.kind}`);
  if (s.from) parts.push(sql`d.occurred_at >= ${s.from.toISOString()}::timestamptz`);
  if (s.to) parts.push(sql`d.occurred_at < ${s.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

/** An array literal both drivers pass the same way. */
function toTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

function toUuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/**
 * The text-search query for what the user typed. Plain words are stemmed with the
 * Swedish configuration and ANDed; a word none of whose stems the archive holds is
 * widened to the lexicon entries closest to it by trigram similarity ("Lindkvist" finds
 * "Lindqvist", "Харків" finds "Харкова"). Quotes, "or" and "-" keep web-search syntax as is.
 * Returns the tsquery as text ('' when nothing searchable is left).
 */
export async function buildTsQuery(db: DbOrTx, text: string, words: readonly string[]): Promise<string> {
  if (/["]|(^|\s)-|\s(or|OR)\s/.test(text) || words.length === 0) {
    const rows = await queryRows<{ q: string }>(
      db,
      sql`SELECT websearch_to_tsquery('swedish', ${text})::text AS q`,
    );
    return rows[0]?.q ?? '';
  }
  const rows = await queryRows<{ q: string }>(
    db,
    sql`
    WITH w AS (
      SELECT u.ord, lower(u.word) AS word, tsvector_to_array(to_tsvector('swedish', u.word)) AS stems
      FROM unnest(${toTextArray(words)}::text[]) WITH ORDINALITY AS u(word, ord)
    ),
    alts AS (
      SELECT w.ord, s.lexeme FROM w
      CROSS JOIN LATERAL (
        SELECT l.lexeme FROM search_lexemes l
        WHERE l.lexeme % w.word
        ORDER BY similarity(l.lexeme, w.word) DESC, l.lexeme
        LIMIT ${SIMILAR_LEXEMES}
      ) s
      WHERE cardinality(w.stems) > 0
        AND NOT EXISTS (SELECT 1 FROM search_lexemes k WHERE k.lexeme = ANY(w.stems))
    ),
    terms AS (
      SELECT w.ord, '(' || string_agg(quote_literal(x.t), ' | ' ORDER BY x.t) || ')' AS term
      FROM w, LATERAL (SELECT unnest(w.stems) UNION SELECT a.lexeme FROM alts a WHERE a.ord = w.ord) AS x(t)
      WHERE cardinality(w.stems) > 0
      GROUP BY w.ord
    )
    SELECT coalesce(string_agg(term, ' & ' ORDER BY ord), '') AS q FROM terms`,
  );
  return rows[0]?.q ?? '';
}

/**
 * One page of hits, best first, with highlighted headlines. Full text ranks with
 * ts_rank_cd among the latest `hitCap` matches (a common word is read newest first and
 * the scan stops there), plus a share of the title's similarity to what was typed; when
 * full text finds little, titles similar in spelling are added.
 */
export async function searchPage(
  db: DbOrTx,
  p: SearchParams & { tsQuery: string },
): Promise<SearchStats & { rows: SearchRow[] }> {
  const scope = scopeSql(p);
  const tsq = sql`${p.tsQuery}::tsquery`;
  const fullText = p.tsQuery ? sql`d.search_vector @@ ${tsq}` : sql`false`;
  const rows = await queryRows<SearchStats & (SearchRow | { [K in keyof SearchRow]: null })>(
    db,
    sql`
    WITH fts AS MATERIALIZED (
      SELECT d.id FROM search_documents d
      WHERE ${fullText} AND ${scope}
      ORDER BY d.occurred_at DESC
      LIMIT ${p.hitCap}
    ),
    titles AS MATERIALIZED (
      SELECT d.id FROM search_documents d
      WHERE ${p.text} <% d.title AND ${scope}
        AND (SELECT count(*) FROM fts) < ${FEW_FULL_TEXT_HITS}
      LIMIT ${TITLE_CANDIDATES}
    ),
    hits AS MATERIALIZED (
      SELECT d.id, d.occurred_at,
        ${p.tsQuery ? sql`ts_rank_cd(d.search_vector, ${tsq}, 32)` : sql`0`} + 0.3 * word_similarity(${p.text}, d.title) AS score
      FROM (SELECT id FROM fts UNION SELECT id FROM titles) h
      JOIN search_documents d ON d.id = h.id
    ),
    page AS (
      SELECT id, score, occurred_at FROM hits
      ORDER BY score DESC, occurred_at DESC, id
      LIMIT ${p.limit} OFFSET ${p.offset}
    ),
    stats AS (
      SELECT (SELECT count(*) FROM hits)::int AS total,
             (SELECT count(*) FROM fts) >= ${p.hitCap} AS capped
    )
    -- The stats row comes back even when the page is past the end.
    SELECT
      s.total, s.capped AS "ftsCapped",
      d.kind, d.entity_id AS "entityId", d.network_id AS "networkId", n.name AS "networkName",
      d.occurred_at AS "occurredAt", d.url, p.score::float8 AS score,
      ${p.tsQuery ? sql`ts_headline('swedish', d.title, ${tsq}, ${headlineTitle})` : sql`d.title`} AS "titleHeadline",
      ${p.tsQuery ? sql`ts_headline('swedish', d.body, ${tsq}, ${headlineBody})` : sql`left(d.body, 300)`} AS "bodyHeadline"
    FROM stats s
    LEFT JOIN page p ON true
    LEFT JOIN search_documents d ON d.id = p.id
    LEFT JOIN networks n ON n.id = d.network_id
    ORDER BY p.score DESC, p.occurred_at DESC, p.id`,
  );
  const first = rows[0];
  return {
    total: first ? Number(first.total) : 0,
    ftsCapped: Boolean(first?.ftsCapped),
    rows: rows.filter((r): r is SearchStats & SearchRow => r.entityId !== null),
  };
}

/** Networks whose documents the organisation may search: member or owner; null = every network. */
export async function searchableNetworkIds(db: DbOrTx, orgId: string | null): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    orgId === null
      ? sql`SELECT id FROM networks`
      : sql`SELECT n.id FROM networks n
            WHERE n.owner_org_id = ${orgId}
               OR EXISTS (SELECT 1 FROM network_members m WHERE m.network_id = n.id AND m.org_id = ${orgId})`,
  );
  return rows.map((r) => r.id);
}
