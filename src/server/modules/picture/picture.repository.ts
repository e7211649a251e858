/**
 * SQL of the situation picture. Every query is scoped to one network's reporting members
 * (and a county when asked), and reads only submitted data: report_values hold the last
 * submitted values, comments come from the submitted answers, never from `draft_answers`
 * nor from a report that was never submitted. A picture is a handful of grouped queries, whatever the size of
 * the network. Their texts never vary (lists travel as array parameters, a county adds one
 * fixed condition), so each is prepared once per connection and planned once; statements
 * of many rows come back as one JSON array (see queryPreparedJson).
 */
import { type SQL, sql } from 'drizzle-orm';
import { figureValueKey } from '../../../core/reports/answer-values';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { arrayParam, type DbOrTx, queryPrepared, queryPreparedJson } from '../../platform/db';

export interface RoundRow {
  id: string;
  templateId: string;
  templateName: string;
  templateVersionId: string;
  kind: 'weekly' | 'extra';
  isoYear: number;
  isoWeek: number;
  title: string;
  opensAt: Date | string;
  deadlineAt: Date | string;
  previousRoundId: string | null;
}

const roundColumns = sql`r.id, r.template_id AS "templateId", t.name AS "templateName",
  r.template_version_id AS "templateVersionId", r.kind, r.iso_year AS "isoYear", r.iso_week AS "isoWeek",
  r.title, r.opens_at AS "opensAt", r.deadline_at AS "deadlineAt"`;

export interface PictureRoundRow extends RoundRow {
  /** The round's template version and every version its reports were filed on, newest first. */
  definitions: TemplateDefinition[];
}

/**
 * The round in the network, or without an id the one that opened last (any template),
 * with the round before it of the same template and the template definitions its reports
 * were filed on; one round trip either way.
 */
export async function findRound(
  db: DbOrTx,
  networkId: string,
  roundId: string | undefined,
  now: Date,
): Promise<PictureRoundRow | null> {
  const which = roundId
    ? sql`r.id = ${roundId}`
    : sql`r.opens_at <= ${now.toISOString()}::timestamptz ORDER BY r.opens_at DESC, r.created_at DESC LIMIT 1`;
  const rows = await queryPrepared<PictureRoundRow>(
    db,
    sql`SELECT ${roundColumns},
      (SELECT p.id FROM rounds p
        WHERE p.network_id = r.network_id AND p.template_id = r.template_id AND p.opens_at < r.opens_at
        ORDER BY p.opens_at DESC LIMIT 1) AS "previousRoundId",
      (SELECT json_agg(tv.definition ORDER BY tv.version DESC) FROM template_versions tv
        WHERE tv.id = r.template_version_id
          OR tv.id IN (SELECT DISTINCT rep.template_version_id FROM reports rep WHERE rep.round_id = r.id)
      ) AS definitions
    FROM rounds r JOIN templates t ON t.id = r.template_id
    WHERE r.network_id = ${networkId} AND ${which}`,
  );
  return rows[0] ?? null;
}

export async function findCounty(db: DbOrTx, code: string): Promise<{ code: string; name: string } | null> {
  const rows = await queryPrepared<{ code: string; name: string }>(
    db,
    sql`SELECT code, name FROM counties WHERE code = ${code}`,
  );
  return rows[0] ?? null;
}

function countyFilter(countyCode: string | undefined): SQL {
  return countyCode ? sql`AND o.county_code = ${countyCode}` : sql``;
}

// Ranges, not LIKE, so the key bounds the index scan ('impact;' is the next string after 'impact:').
const isImpactKey = sql`v.key >= 'impact:' AND v.key < 'impact;'`;

export interface MemberRow {
  id: string;
  code: string | null;
  name: string;
  countyCode: string | null;
  /** Set when the organisation has a submitted report in the round. */
  submittedAt: Date | string | null;
  isLate: boolean | null;
  /**
   * The submitted impact levels and the figures asked for (the map's one, or every figure
   * for an export): `impact:<area>` / `figure:<key>` → number; null without a report.
   */
  values: Record<string, number | null> | null;
}

/**
 * The expected organisations (reporting members) and their submitted report in the round,
 * if any, with its values: one JSON object per organisation, which the driver parses far
 * faster than thousands of single-value rows.
 */
export async function findExpectedMembers(
  db: DbOrTx,
  input: { networkId: string; roundId: string; countyCode: string | undefined; figureKeys: 'all' | string[] },
): Promise<MemberRow[]> {
  const figures =
    input.figureKeys === 'all'
      ? sql`OR (v.key >= 'figure:' AND v.key < 'figure;')`
      : input.figureKeys.length > 0
        ? sql`OR v.key = ANY(${arrayParam(input.figureKeys.map(figureValueKey))}::text[])`
        : sql``;
  // The round's values in one pass over its range of the index, grouped by organisation
  // (the index orders a round by key, then organisation).
  return queryPreparedJson<MemberRow>(
    db,
    sql`SELECT o.id, o.code, o.name, o.county_code AS "countyCode",
      rep.submitted_at AS "submittedAt", rep.is_late AS "isLate",
      CASE WHEN rep.id IS NOT NULL THEN vals.values END AS values
    FROM network_members m
    JOIN organisations o ON o.id = m.org_id
    LEFT JOIN reports rep ON rep.round_id = ${input.roundId} AND rep.org_id = m.org_id AND ${isFiled(sql`rep`)}
    LEFT JOIN (
      SELECT v.org_id, json_object_agg(v.key, v.num) AS values FROM report_values v
      WHERE v.round_id = ${input.roundId} AND (${isImpactKey} ${figures})
      GROUP BY v.org_id
    ) vals ON vals.org_id = m.org_id
    WHERE m.network_id = ${input.networkId} AND m.reports = 1 ${countyFilter(input.countyCode)}`,
  );
}

/** The reporting members whose values count in a picture (today's members; a county when asked). */
function memberValues(networkId: string, countyCode: string | undefined): SQL {
  const county = countyCode
    ? sql`JOIN organisations o ON o.id = v.org_id AND o.county_code = ${countyCode}`
    : sql``;
  return sql`JOIN network_members m ON m.org_id = v.org_id AND m.network_id = ${networkId} AND m.reports = 1
    ${county}`;
}

/** Per answer key of the round: how many members gave a value, its aggregates, and per impact level the count. */
export interface KeyAggregateRow {
  key: string;
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
 * Every key's aggregates over the round's member values in one grouped statement (median
 * included): the database does the arithmetic over the ten thousand values of a national
 * round and sends back a row per key. Impact keys use the level counts, figures the rest.
 */
export async function findKeyAggregates(
  db: DbOrTx,
  input: { networkId: string; roundId: string; countyCode: string | undefined },
): Promise<KeyAggregateRow[]> {
  return queryPrepared<KeyAggregateRow>(
    db,
    sql`SELECT v.key, count(*)::int AS n, sum(v.num) AS sum, avg(v.num) AS mean,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY v.num) AS median, min(v.num) AS min, max(v.num) AS max,
      count(*) FILTER (WHERE v.num = 1)::int AS l1, count(*) FILTER (WHERE v.num = 2)::int AS l2,
      count(*) FILTER (WHERE v.num = 3)::int AS l3, count(*) FILTER (WHERE v.num = 4)::int AS l4,
      count(*) FILTER (WHERE v.num = 5)::int AS l5
    FROM report_values v ${memberValues(input.networkId, input.countyCode)}
    WHERE v.round_id = ${input.roundId}
    GROUP BY v.key`,
  );
}

export interface WorsenedRow {
  orgId: string;
  /** The area key, without the `impact:` prefix. */
  areaKey: string;
  from: number;
  to: number;
}

/** Members whose level in an area rose since the previous round (both rounds answered). */
export async function findWorsened(
  db: DbOrTx,
  input: { networkId: string; roundId: string; previousRoundId: string; countyCode: string | undefined },
): Promise<WorsenedRow[]> {
  return queryPreparedJson<WorsenedRow>(
    db,
    sql`SELECT v.org_id AS "orgId", substr(v.key, 8) AS "areaKey", p.num::int AS "from", v.num::int AS "to"
    FROM report_values v ${memberValues(input.networkId, input.countyCode)}
    JOIN report_values p ON p.round_id = ${input.previousRoundId} AND p.org_id = v.org_id AND p.key = v.key
    WHERE v.round_id = ${input.roundId} AND ${isImpactKey} AND v.num > p.num`,
  );
}

export interface SubmittedTextRow {
  orgId: string;
  carriedOver: Record<string, number>;
  /** Area key → comment, only non-empty ones. */
  comments: Record<string, string>;
  /** Text key → text, only non-empty ones. */
  texts: Record<string, string>;
  /**
   * For each `comment:<area>` / `text:<key>` the organisation also wrote in the previous
   * round: whether it wrote the same ('same') or something else ('other').
   */
  previous: Record<string, 'same' | 'other'>;
}

/**
 * Of the previous round's texts (`before`, key → text), those the current ones (`current`)
 * also have, as `<prefix><key>` → 'same' or 'other'.
 */
function comparedWith(prefix: string, current: SQL, before: SQL): SQL {
  return sql`(SELECT coalesce(jsonb_object_agg(${prefix} || p.key,
      CASE WHEN p.value = ${current}->>p.key THEN 'same' ELSE 'other' END), '{}'::jsonb)
    FROM jsonb_each_text(${before}) p WHERE ${current} ? p.key)`;
}

/**
 * The comments and texts of the round's submitted reports that have any, for the network's
 * reporting members, each compared with the same organisation's submitted report of the previous
 * round in the database: only the current texts and a word per repeated key leave it.
 * `reports.answers` holds the last submitted answers once a report has been submitted (a
 * revision in progress lives in `draft_answers`).
 */
export async function findSubmittedTexts(
  db: DbOrTx,
  input: {
    networkId: string;
    roundId: string;
    previousRoundId: string | null;
    countyCode: string | undefined;
  },
): Promise<SubmittedTextRow[]> {
  return queryPreparedJson<SubmittedTextRow>(
    db,
    sql`SELECT rep.org_id AS "orgId", coalesce(rep.carried_over, '{}'::jsonb) AS "carriedOver",
      f.comments, f.texts,
      ${comparedWith('comment:', sql`f.comments`, sql`f.before_comments`)}
        || ${comparedWith('text:', sql`f.texts`, sql`f.before_texts`)} AS previous
    FROM reports rep
    JOIN network_members m ON m.network_id = ${input.networkId} AND m.org_id = rep.org_id AND m.reports = 1
    JOIN organisations o ON o.id = rep.org_id
    LEFT JOIN reports prev ON prev.round_id = ${input.previousRoundId}::uuid AND prev.org_id = rep.org_id
      AND ${isFiled(sql`prev`)}
    CROSS JOIN LATERAL (SELECT ${commentsOf(sql`rep.answers`)} AS comments, ${textsOf(sql`rep.answers`)} AS texts,
      ${commentsOf(sql`prev.answers`)} AS before_comments, ${textsOf(sql`prev.answers`)} AS before_texts) f
    WHERE rep.round_id = ${input.roundId} AND ${isFiled(sql`rep`)} ${countyFilter(input.countyCode)}
      AND (f.comments <> '{}'::jsonb OR f.texts <> '{}'::jsonb)`,
  );
}

/** A report counts as filed once submitted; its `answers` are then the submitted ones. */
export function isFiled(report: SQL): SQL {
  return sql`${report}.submitted_at IS NOT NULL`;
}

export function commentsOf(answers: SQL): SQL {
  return sql`(SELECT coalesce(jsonb_object_agg(e.key, e.value->>'comment'), '{}'::jsonb)
    FROM jsonb_each(coalesce(${answers}->'areas', '{}'::jsonb)) e
    WHERE jsonb_typeof(e.value) = 'object' AND coalesce(e.value->>'comment', '') <> '')`;
}

export function textsOf(answers: SQL): SQL {
  return sql`(SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
    FROM jsonb_each_text(coalesce(${answers}->'texts', '{}'::jsonb)) e WHERE e.value <> '')`;
}
