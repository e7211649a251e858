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
  /** Matched by full text (else by trigram similarity alone). */
  fullText: boolean;
  titleHeadline: string;
  bodyHeadline: string;
  /** Only for trigram-only hits, whose snippet is built around the closest word. */
  body: string | null;
}

/** Below this many full-text hits, similar spellings (names, Cyrillic) are searched too. */
const FEW_FULL_TEXT_HITS = 20;
/** Trigram candidates looked at: the similarity recheck reads whole bodies. */
const TRIGRAM_CANDIDATES = 300;
/** Lower than pg_trgm's 0.6 so inflected Ukrainian and Russian words ("Київ" / "Києві") meet. */
const WORD_SIMILARITY_THRESHOLD = '0.4';

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
function toUuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/**
 * One page of hits, best first, with highlighted headlines. Full text (Swedish stemming)
 * ranks with ts_rank_cd; when it finds little, word similarity over titles and bodies
 * adds names and words the stemmer cannot relate. Runs in a transaction only to scope
 * the similarity threshold to this search.
 */
export async function searchPage(db: DbOrTx, p: SearchParams): Promise<SearchStats & { rows: SearchRow[] }> {
  const scope = scopeSql(p);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
    );
    const rows = await queryRows<SearchStats & (SearchRow | { [K in keyof SearchRow]: null })>(
      tx,
      sql`
      WITH tsq AS MATERIALIZED (SELECT websearch_to_tsquery('swedish', ${p.text}) AS query),
      fts_ids AS MATERIALIZED (
        SELECT d.id FROM search_documents d, tsq
        WHERE d.search_vector @@ tsq.query AND ${scope}
        ORDER BY d.occurred_at DESC
        LIMIT ${p.hitCap}
      ),
      fts AS (
        SELECT d.id, ts_rank_cd(d.search_vector, tsq.query, 32) AS rank
        FROM fts_ids f JOIN search_documents d ON d.id = f.id, tsq
      ),
      trgm AS (
        SELECT c.id, greatest(word_similarity(${p.text}, c.title), word_similarity(${p.text}, c.body)) AS sim
        FROM (
          SELECT d.id, d.title, d.body FROM search_documents d
          WHERE (${p.text} <% d.title OR ${p.text} <% d.body) AND ${scope}
            AND (SELECT count(*) FROM fts_ids) < ${FEW_FULL_TEXT_HITS}
          LIMIT ${TRIGRAM_CANDIDATES}
        ) c
      ),
      hits AS (
        SELECT id, max(rank) AS rank, max(sim) AS sim FROM (
          SELECT id, rank, 0::real AS sim FROM fts
          UNION ALL
          SELECT id, 0::real AS rank, sim FROM trgm
        ) u GROUP BY id
      ),
      page AS (
        SELECT h.id, h.rank, h.rank + 0.5 * h.sim AS score, d.occurred_at
        FROM hits h JOIN search_documents d ON d.id = h.id
        ORDER BY score DESC, d.occurred_at DESC, h.id
        LIMIT ${p.limit} OFFSET ${p.offset}
      ),
      stats AS (
        SELECT (SELECT count(*) FROM hits)::int AS total,
               (SELECT count(*) FROM fts_ids) >= ${p.hitCap} AS capped
      )
      -- The stats row comes back even when the page is past the end.
      SELECT
        s.total, s.capped AS "ftsCapped",
        d.kind, d.entity_id AS "entityId", d.network_id AS "networkId", n.name AS "networkName",
        d.occurred_at AS "occurredAt", d.url, p.score::float8 AS score, p.rank > 0 AS "fullText",
        ts_headline('swedish', d.title, tsq.query, ${headlineTitle}) AS "titleHeadline",
        CASE WHEN p.rank > 0 THEN ts_headline('swedish', d.body, tsq.query, ${headlineBody}) ELSE '' END AS "bodyHeadline",
        CASE WHEN p.rank > 0 THEN NULL ELSE d.body END AS body
      FROM stats s
      CROSS JOIN tsq
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
  });
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
