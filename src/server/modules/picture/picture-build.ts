/**
 * Assembles the sections of a picture from the rows the repository read. The arithmetic
 * (aggregates, distribution, worsening, completeness, suppression, staleness) is core's;
 * this file only joins it to organisations, labels and order.
 */
import { completeness, sortBySeverity } from '../../../core/picture/aggregate';
import { suppressCount, suppressFigureAggregate } from '../../../core/picture/suppression';
import { figureValueKey, impactValueKey } from '../../../core/reports/answer-values';
import type { ImpactLevel } from '../../../core/reports/answers';
import { isStale } from '../../../core/reports/carry-over';
import { isImpactLevel, isSeriousImpact } from '../../../core/reports/impact';
import type { KeyAggregateRow, MemberRow, SubmittedTextRow, WorsenedRow } from './picture.repository';
import type {
  AreaSummary,
  CommentDigestEntry,
  Completeness,
  FigureAggregate,
  PictureOrg,
  PictureOrgRow,
  SeriousReport,
  SharedNumber,
  TextDigest,
  Worsening,
} from './picture.types';
import type { PictureQuestions } from './picture-questions';

const collator = new Intl.Collator('sv');

/**
 * One organisation's submitted values in a round as the database sent them:
 * `impact:<area>` / `figure:<key>` → number. Read with keys built once per question, not
 * re-keyed per organisation: that keeps a national picture's ten thousand values cheap.
 */
export type OrgValues = Readonly<Record<string, number | null>>;

function impactOf(values: OrgValues | undefined, key: string): ImpactLevel | null {
  const level = values?.[key];
  return isImpactLevel(level) ? level : null;
}

function numberOf(values: OrgValues | undefined, key: string): number | null {
  const value = values?.[key];
  return typeof value === 'number' ? value : null;
}

export function toPictureOrg(row: Pick<MemberRow, 'id' | 'code' | 'name' | 'countyCode'>): PictureOrg {
  return { id: row.id, code: row.code, name: row.name, countyCode: row.countyCode };
}

/**
 * Name orders of recent member lists (the names in the order given → positions sorted by
 * name). A network's members come back alike on every request, and collating 290 names
 * in Swedish costs a third of a millisecond; a list seen before costs a join and a lookup.
 * A changed list, or one in another order, is simply sorted anew.
 */
const nameOrders = new Map<string, number[]>();
const NAME_ORDERS_KEPT = 64;

export function byName<T extends { name: string }>(rows: readonly T[]): T[] {
  const signature = rows.map((r) => r.name).join('\u0000');
  let order = nameOrders.get(signature);
  if (!order) {
    order = rows.map((_, i) => i).sort((a, b) => collator.compare(rows[a]?.name ?? '', rows[b]?.name ?? ''));
    if (nameOrders.size >= NAME_ORDERS_KEPT) nameOrders.clear();
    nameOrders.set(signature, order);
  }
  return order.flatMap((i) => rows[i] ?? []);
}

const ranksOf = new WeakMap<ReadonlyMap<string, PictureOrg>, ReadonlyMap<string, number>>();

/**
 * Position of each organisation in name order; `orgs` is built from members sorted by name.
 * Kept per `orgs` map, so the sections of one picture that sort by name share it.
 */
function nameRanks(orgs: ReadonlyMap<string, PictureOrg>): ReadonlyMap<string, number> {
  let ranks = ranksOf.get(orgs);
  if (!ranks) {
    let i = 0;
    const positions = new Map<string, number>();
    for (const id of orgs.keys()) positions.set(id, i++);
    ranksOf.set(orgs, positions);
    ranks = positions;
  }
  return ranks;
}

/** Values per organisation, of the organisations in `orgIds` (filed members) only. */
export function groupValues(
  members: readonly MemberRow[],
  orgIds: ReadonlySet<string>,
): Map<string, OrgValues> {
  const byOrg = new Map<string, OrgValues>();
  for (const m of members) if (m.values && orgIds.has(m.id)) byOrg.set(m.id, m.values);
  return byOrg;
}

export function statusOf(member: MemberRow): PictureOrgRow['status'] {
  if (member.submittedAt === null) return 'missing';
  return member.isLate ? 'late' : 'on_time';
}

export function buildCompleteness(
  members: readonly MemberRow[],
  orgs: ReadonlyMap<string, PictureOrg>,
): Completeness {
  const result = completeness({
    members: members.map((m) => m.id),
    reports: members.map((m) => ({
      orgId: m.id,
      submittedAt: m.submittedAt === null ? null : new Date(m.submittedAt),
      isLate: m.isLate ?? false,
    })),
  });
  const missing = result.missing.filter((id) => orgs.has(id));
  return {
    expected: result.expected,
    filed: result.filed,
    onTime: result.onTime,
    late: result.late,
    missing,
  };
}

export function buildAreas(
  questions: PictureQuestions,
  aggregates: ReadonlyMap<string, KeyAggregateRow>,
  filedCount: number,
): AreaSummary[] {
  return questions.areas.map((area) => {
    const a = aggregates.get(impactValueKey(area.key));
    const levels = { '1': a?.l1 ?? 0, '2': a?.l2 ?? 0, '3': a?.l3 ?? 0, '4': a?.l4 ?? 0, '5': a?.l5 ?? 0 };
    const given = levels['1'] + levels['2'] + levels['3'] + levels['4'] + levels['5'];
    return { key: area.key, label: area.label, distribution: { ...levels, none: filedCount - given } };
  });
}

export function buildFigures(
  questions: PictureQuestions,
  aggregates: ReadonlyMap<string, KeyAggregateRow>,
): FigureAggregate[] {
  return questions.figures.map((figure) => {
    const a = aggregates.get(figureValueKey(figure.key));
    const aggregate =
      a && a.n > 0
        ? { n: a.n, sum: a.sum, mean: a.mean, median: a.median, min: a.min, max: a.max }
        : { n: 0, sum: null, mean: null, median: null, min: null, max: null };
    return { ...figure, ...suppressFigureAggregate(figure, aggregate) };
  });
}

/** The rows of the map and its table: every expected organisation, missing ones included. */
export function buildOrgRows(input: {
  members: readonly MemberRow[];
  orgs: ReadonlyMap<string, PictureOrg>;
  filed: ReadonlyMap<string, OrgValues>;
  areas: PictureQuestions['areas'];
  /** The figures whose values the rows carry (the map's, or all for an export). */
  figures: PictureQuestions['figures'];
  revealOrgId: string | null;
}): PictureOrgRow[] {
  const areas = input.areas.map((a) => ({ key: a.key, valueKey: impactValueKey(a.key) }));
  const figures = input.figures.map((f) => ({
    key: f.key,
    valueKey: figureValueKey(f.key),
    countsPersons: f.countsPersons,
  }));
  return input.members.flatMap((member) => {
    const org = input.orgs.get(member.id);
    if (!org) return [];
    const values = input.filed.get(member.id);
    const isOwn = member.id === input.revealOrgId;
    // Every row has every key (null when not answered), added in the same order.
    const impacts: PictureOrgRow['impacts'] = {};
    for (const area of areas) impacts[area.key] = impactOf(values, area.valueKey);
    const shared: Record<string, SharedNumber | null> = {};
    for (const figure of figures) {
      const value = numberOf(values, figure.valueKey);
      shared[figure.key] = figure.countsPersons && !isOwn ? suppressCount(value) : value;
    }
    return [{ orgId: org.id, status: statusOf(member), isOwn, impacts, figures: shared }];
  });
}

/** Comment (or text) of one organisation with how long it has stood unchanged. */
interface Said {
  text: string;
  roundsUnchanged: number;
  status: CommentDigestEntry['status'];
}

/**
 * New or changed against the previous round, or carried over: the report's carried-over
 * count (`comment:<area>`, `text:<key>`) says for how many rounds; a text equal to last
 * round's counts as carried over even if the count is missing (the reports module counts
 * whitespace-insensitively at submit; an exact repeat without a count is the case left).
 */
function said(answerKey: string, text: string, current: SubmittedTextRow): Said {
  const count = current.carriedOver?.[answerKey] ?? 0;
  const before = current.previous[answerKey];
  if (count > 0 || before === 'same') {
    return { text, roundsUnchanged: Math.max(count, 1), status: 'carried_over' };
  }
  return { text, roundsUnchanged: 0, status: before === undefined ? 'new' : 'changed' };
}

const statusRank: Record<CommentDigestEntry['status'], number> = { new: 0, changed: 1, carried_over: 2 };

function digest(
  kind: 'comment' | 'text',
  key: string,
  current: readonly SubmittedTextRow[],
  orgs: ReadonlyMap<string, PictureOrg>,
  ranks: ReadonlyMap<string, number>,
): CommentDigestEntry[] {
  const entries = current.flatMap((row) => {
    const org = orgs.get(row.orgId);
    const text = (kind === 'comment' ? row.comments : row.texts)?.[key];
    if (!org || !text) return [];
    const s = said(`${kind}:${key}`, text, row);
    return [
      {
        orgId: org.id,
        text,
        status: s.status,
        stale: isStale(s.roundsUnchanged),
        roundsUnchanged: s.roundsUnchanged,
      },
    ];
  });
  return entries.sort(
    (a, b) =>
      statusRank[a.status] - statusRank[b.status] || (ranks.get(a.orgId) ?? 0) - (ranks.get(b.orgId) ?? 0),
  );
}

export function buildComments(
  questions: PictureQuestions,
  texts: readonly SubmittedTextRow[],
  orgs: ReadonlyMap<string, PictureOrg>,
): { comments: Record<string, CommentDigestEntry[]>; texts: TextDigest[] } {
  const ranks = nameRanks(orgs);
  const comments: Record<string, CommentDigestEntry[]> = {};
  for (const area of questions.areas) comments[area.key] = digest('comment', area.key, texts, orgs, ranks);
  return {
    comments,
    texts: questions.texts.map((t) => ({
      key: t.key,
      label: t.label,
      entries: digest('text', t.key, texts, orgs, ranks),
    })),
  };
}

export function buildSerious(
  questions: PictureQuestions,
  filed: ReadonlyMap<string, OrgValues>,
  texts: readonly SubmittedTextRow[],
  orgs: ReadonlyMap<string, PictureOrg>,
): SeriousReport[] {
  const textsByOrg = new Map(texts.map((r) => [r.orgId, r]));
  const list: SeriousReport[] = [];
  const areas = questions.areas.map((a) => ({ ...a, valueKey: impactValueKey(a.key) }));
  for (const [orgId, values] of filed) {
    const org = orgs.get(orgId);
    if (!org) continue;
    for (const area of areas) {
      const impact = impactOf(values, area.valueKey);
      if (!impact || !isSeriousImpact(impact)) continue;
      const row = textsByOrg.get(orgId);
      const comment = row?.comments?.[area.key] ?? '';
      const s = row && comment ? said(`comment:${area.key}`, comment, row) : null;
      list.push({
        orgId,
        areaKey: area.key,
        areaLabel: area.label,
        impact,
        comment,
        commentCarriedOver: s?.status === 'carried_over',
        commentStale: isStale(s?.roundsUnchanged),
        commentRoundsUnchanged: s?.roundsUnchanged ?? 0,
      });
    }
  }
  return sortBySeverity(
    list,
    (s) => s.impact,
    (s) => orgs.get(s.orgId)?.name ?? '',
  );
}

export function buildWorsened(
  questions: PictureQuestions,
  rows: readonly WorsenedRow[],
  orgs: ReadonlyMap<string, PictureOrg>,
): Worsening[] {
  const areaOrder = new Map(questions.areas.map((a, i) => [a.key, i]));
  // Members come sorted by name: their position is the name order, without comparing strings again.
  const rank = nameRanks(orgs);
  return rows
    .flatMap((w) => {
      const org = orgs.get(w.orgId);
      const order = areaOrder.get(w.areaKey);
      return org && order !== undefined && isImpactLevel(w.from) && isImpactLevel(w.to)
        ? [{ orgId: org.id, areaKey: w.areaKey, from: w.from, to: w.to, order }]
        : [];
    })
    .sort(
      (a, b) =>
        b.to - a.to ||
        b.to - b.from - (a.to - a.from) ||
        (rank.get(a.orgId) ?? 0) - (rank.get(b.orgId) ?? 0) ||
        a.order - b.order,
    )
    .map(({ order: _order, ...w }) => w);
}
