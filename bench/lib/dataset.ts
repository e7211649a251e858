/**
 * What the benchmark needs to know about (and do to) the generated data before and after the
 * server runs: ids of the network, template and measured round; API tokens for every
 * reporting member; the benchmark's own extra rounds removed from earlier runs; and, after
 * the submit load, what the database holds compared with what was acknowledged.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { TemplateDefinition } from '../../src/core/reports/template-definition';
import { type Database, queryRows } from '../../src/server/platform/db';

export interface BenchIds {
  networkId: string;
  templateId: string;
  templateName: string;
  definition: TemplateDefinition;
  /** The newest weekly round whose deadline has passed: a complete week to draw the picture of. */
  roundId: string;
  roundLabel: string;
  /** Weekly rounds of the template that have opened. */
  openedRounds: number;
  orgs: { id: string; code: string }[];
}

export const BENCH_ROUND_TITLE = 'Benchmark: inlämningslast';
const TOKEN_NAME = 'Benchmark';

export async function readIds(database: Database, slug: string): Promise<BenchIds> {
  const db = database.db;
  const [head] = await queryRows<{
    networkId: string;
    templateId: string;
    templateName: string;
    definition: TemplateDefinition;
  }>(
    db,
    sql`SELECT n.id AS "networkId", t.id AS "templateId", t.name AS "templateName", tv.definition
    FROM networks n JOIN templates t ON t.network_id = n.id
    JOIN template_versions tv ON tv.template_id = t.id AND tv.version = t.current_version
    WHERE n.slug = ${slug} ORDER BY t.created_at LIMIT 1`,
  );
  if (!head) throw new Error(`no template in network ${slug}`);
  const [round] = await queryRows<{ id: string; isoYear: number; isoWeek: number }>(
    db,
    sql`SELECT r.id, r.iso_year AS "isoYear", r.iso_week AS "isoWeek" FROM rounds r
    WHERE r.template_id = ${head.templateId} AND r.kind = 'weekly' AND r.deadline_at < now()
      AND EXISTS (SELECT 1 FROM reports rep WHERE rep.round_id = r.id)
    ORDER BY r.opens_at DESC LIMIT 1`,
  );
  if (!round) throw new Error('no closed round with reports');
  const [opened] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM rounds WHERE template_id = ${head.templateId} AND kind = 'weekly'
      AND opens_at <= now()`,
  );
  const orgs = await queryRows<{ id: string; code: string }>(
    db,
    sql`SELECT o.id, o.code FROM network_members m JOIN organisations o ON o.id = m.org_id
    WHERE m.network_id = ${head.networkId} AND m.reports = 1 ORDER BY o.code`,
  );
  return {
    ...head,
    roundId: round.id,
    roundLabel: `v. ${round.isoWeek} ${round.isoYear}`,
    openedRounds: opened?.n ?? 0,
    orgs,
  };
}

/** Removes what earlier runs' submit load left (the extra rounds with their reports, keys and tokens), then vacuums. */
export async function removeEarlierRuns(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    const bench = sql`SELECT id FROM rounds WHERE kind = 'extra' AND title = ${BENCH_ROUND_TITLE}`;
    const reports = sql`SELECT id FROM reports WHERE round_id IN (${bench})`;
    await tx.execute(sql`DELETE FROM report_values WHERE round_id IN (${bench})`);
    await tx.execute(sql`DELETE FROM report_revisions WHERE report_id IN (${reports})`);
    await tx.execute(sql`DELETE FROM reports WHERE round_id IN (${bench})`);
    await tx.execute(sql`DELETE FROM rounds WHERE kind = 'extra' AND title = ${BENCH_ROUND_TITLE}`);
    await tx.execute(sql`DELETE FROM idempotency_keys WHERE key LIKE 'bench-%'`);
    await tx.execute(sql`DELETE FROM api_tokens WHERE name = ${TOKEN_NAME}`);
  });
  // What autovacuum would do between runs (the CI database runs without it): without it
  // every run leaves its dead rows in the tables and indexes the next run measures.
  await database.db.execute(
    sql`VACUUM (ANALYZE) report_values, report_revisions, reports, rounds, idempotency_keys, audit_log, api_tokens`,
  );
}

/** One API token per reporting member, stored as the app stores them (SHA-256 of the token). */
export async function createTokens(
  database: Database,
  orgs: { id: string }[],
): Promise<{ orgId: string; token: string }[]> {
  const tokens = orgs.map((o) => ({
    orgId: o.id,
    token: `samla_bench_${randomBytes(24).toString('base64url')}`,
  }));
  const rows = tokens.map((t) => ({
    org_id: t.orgId,
    name: TOKEN_NAME,
    token_hash: createHash('sha256').update(t.token).digest('hex'),
    prefix: t.token.slice(0, 12),
  }));
  await database.db.execute(sql`INSERT INTO api_tokens (org_id, name, token_hash, prefix)
    SELECT org_id, name, token_hash, prefix
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(org_id uuid, name text, token_hash text, prefix text)`);
  return tokens;
}

export interface StoredCheck {
  /** Acknowledged (report id, version) pairs with no submitted revision of that version. */
  lost: number;
  /** Submitted revisions in the round that no acknowledgement names (a reply that never arrived). */
  unacknowledged: number;
  /** The same (report, version) acknowledged twice: two submits believed they made one version. */
  duplicateAcks: number;
  /** Reports whose current version is not their newest revision. */
  inconsistentReports: number;
  revisions: number;
  valueRows: number;
}

/** Compares the acknowledgements of the submit load with what the round holds. */
export async function checkStored(
  database: Database,
  roundId: string,
  acks: [string, number][],
): Promise<StoredCheck> {
  const stored = await queryRows<{ reportId: string; version: number }>(
    database.db,
    sql`SELECT rv.report_id AS "reportId", rv.version FROM report_revisions rv
    JOIN reports r ON r.id = rv.report_id WHERE r.round_id = ${roundId} AND rv.status = 'submitted'`,
  );
  const have = new Set(stored.map((s) => `${s.reportId}:${s.version}`));
  const acked = new Set(acks.map(([id, v]) => `${id}:${v}`));
  const [consistency] = await queryRows<{ bad: number; values: number }>(
    database.db,
    sql`SELECT
      (SELECT count(*)::int FROM reports r WHERE r.round_id = ${roundId}
        AND r.version <> (SELECT max(version) FROM report_revisions rv WHERE rv.report_id = r.id)) AS bad,
      (SELECT count(*)::int FROM report_values WHERE round_id = ${roundId}) AS values`,
  );
  return {
    lost: [...acked].filter((k) => !have.has(k)).length,
    unacknowledged: [...have].filter((k) => !acked.has(k)).length,
    duplicateAcks: acks.length - acked.size,
    inconsistentReports: consistency?.bad ?? 0,
    revisions: stored.length,
    valueRows: consistency?.values ?? 0,
  };
}
