/**
 * SQL of trends: one grouped query over report_values for one key and the last N rounds
 * of a template. The (round_id, key) index finds the rows; aggregation (median included)
 * happens in the database, so ten years of a national figure is one round trip of at most
 * 520 rows.
 */
import { sql } from 'drizzle-orm';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { type DbOrTx, queryRows } from '../../platform/db';

export interface TemplateWithVersions {
  id: string;
  name: string;
  /** Newest first. */
  definitions: TemplateDefinition[];
}

/** The template in the network with every version's definition, or null. */
export async function findNetworkTemplate(
  db: DbOrTx,
  networkId: string,
  templateId: string,
): Promise<TemplateWithVersions | null> {
  const rows = await queryRows<{ id: string; name: string; definition: TemplateDefinition | null }>(
    db,
    sql`SELECT t.id, t.name, tv.definition FROM templates t
    LEFT JOIN template_versions tv ON tv.template_id = t.id
    WHERE t.id = ${templateId} AND t.network_id = ${networkId}
    ORDER BY tv.version DESC`,
  );
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.id,
    name: first.name,
    definitions: rows.flatMap((r) => (r.definition ? [r.definition] : [])),
  };
}

export interface TrendRow {
  roundId: string;
  isoYear: number;
  isoWeek: number;
  kind: 'weekly' | 'extra';
  opensAt: Date | string;
  n: number;
  sum: number | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  l1: number;
  l2: number;
  l3: number;
  l4: number;
  l5: number;
}

/**
 * Aggregates of one key per round over the last `limit` opened rounds of the template,
 * oldest first (one county's organisations when asked). Rounds without a value still
 * appear, with n = 0. Only reporting members can file in a network's round, so every value
 * counts as it did when it was filed; an organisation that has left the network stays in
 * the history it was part of (the picture of a round compares against today's members).
 */
export async function findTrend(
  db: DbOrTx,
  input: {
    networkId: string;
    templateId: string;
    key: string;
    limit: number;
    now: Date;
    countyCode?: string | undefined;
  },
): Promise<TrendRow[]> {
  const county = input.countyCode
    ? sql`AND v.org_id IN (SELECT id FROM organisations WHERE county_code = ${input.countyCode})`
    : sql``;
  // One small aggregate per round (a lateral subquery) over an index-only range of
  // (round_id, key): no sort of the whole series, and the median sorts ~300 values at a time.
  return queryRows<TrendRow>(
    db,
    sql`WITH r AS (
      SELECT id, iso_year, iso_week, kind, opens_at, created_at FROM rounds
      WHERE network_id = ${input.networkId} AND template_id = ${input.templateId}
        AND opens_at <= ${input.now.toISOString()}::timestamptz
      ORDER BY opens_at DESC, created_at DESC LIMIT ${input.limit}
    )
    SELECT r.id AS "roundId", r.iso_year AS "isoYear", r.iso_week AS "isoWeek", r.kind, r.opens_at AS "opensAt", a.*
    FROM r CROSS JOIN LATERAL (
      SELECT count(*)::int AS n, sum(v.num) AS sum, avg(v.num) AS mean,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY v.num) AS median, min(v.num) AS min, max(v.num) AS max,
        count(*) FILTER (WHERE v.num = 1)::int AS l1, count(*) FILTER (WHERE v.num = 2)::int AS l2,
        count(*) FILTER (WHERE v.num = 3)::int AS l3, count(*) FILTER (WHERE v.num = 4)::int AS l4,
        count(*) FILTER (WHERE v.num = 5)::int AS l5
      FROM report_values v
      WHERE v.key = ${input.key} AND v.round_id = r.id AND v.num IS NOT NULL ${county}
    ) a
    ORDER BY r.opens_at, r.created_at`,
  );
}
