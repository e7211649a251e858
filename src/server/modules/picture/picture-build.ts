/**
 * Assembles the sections of a picture from the rows the repository read. The arithmetic
 * (aggregates, distribution, worsening, completeness, suppression, staleness) is core's;
 * this file only joins it to organisations, labels and order.
 */
import {
  aggregateFigure,
  compareRounds,
  completeness,
  impactDistribution,
  sortBySeverity,
} from '../../../core/picture/aggregate';
import { suppressCount, suppressFigureAggregate } from '../../../core/picture/suppression';
import type { ImpactLevel } from '../../../core/reports/answers';
import { isStale } from '../../../core/reports/carry-over';
import { isImpactLevel, isSeriousImpact } from '../../../core/reports/impact';
import type { MemberRow, OrgValuesRow, SubmittedTextRow } from './picture.repository';
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

/** One filed organisation's submitted values in a round, by area and figure key. */
export interface OrgValues {
  impacts: Record<string, ImpactLevel>;
  figures: Record<string, number>;
}

export function toPictureOrg(row: Pick<MemberRow, 'id' | 'code' | 'name' | 'countyCode'>): PictureOrg {
  return { id: row.id, code: row.code, name: row.name, countyCode: row.countyCode };
}

export function byName<T extends { name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => collator.compare(a.name, b.name));
}

/** Values of one round per organisation; organisations not in `orgIds` are left out. */
export function groupValues(rows: readonly OrgValuesRow[], roundId: string, orgIds: ReadonlySet<string>) {
  const byOrg = new Map<string, OrgValues>();
  for (const row of rows) {
    if (row.roundId !== roundId || !orgIds.has(row.orgId)) continue;
    const values: OrgValues = { impacts: {}, figures: {} };
    for (const [key, num] of Object.entries(row.values)) {
      if (num === null) continue;
      if (key.startsWith('impact:')) {
        if (isImpactLevel(num)) values.impacts[key.slice(7)] = num;
      } else if (key.startsWith('figure:')) {
        values.figures[key.slice(7)] = num;
      }
    }
    byOrg.set(row.orgId, values);
  }
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
  const missing = result.missing.flatMap((id) => orgs.get(id) ?? []);
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
  filed: ReadonlyMap<string, OrgValues>,
): AreaSummary[] {
  return questions.areas.map((area) => {
    const d = impactDistribution([...filed.values()].map((v) => v.impacts[area.key] ?? null));
    return {
      key: area.key,
      label: area.label,
      distribution: { '1': d[1], '2': d[2], '3': d[3], '4': d[4], '5': d[5], none: d.none },
    };
  });
}

export function buildFigures(
  questions: PictureQuestions,
  filed: ReadonlyMap<string, OrgValues>,
): FigureAggregate[] {
  const values = new Map<string, number[]>(questions.figures.map((f) => [f.key, []]));
  for (const org of filed.values()) {
    for (const [key, value] of Object.entries(org.figures)) values.get(key)?.push(value);
  }
  return questions.figures.map((figure) => {
    const aggregate = aggregateFigure(values.get(figure.key) ?? []);
    return { ...figure, ...suppressFigureAggregate(figure, aggregate) };
  });
}

/** The rows of the map and its table: every expected organisation, missing ones included. */
export function buildOrgRows(input: {
  members: readonly MemberRow[];
  orgs: ReadonlyMap<string, PictureOrg>;
  filed: ReadonlyMap<string, OrgValues>;
  questions: PictureQuestions;
  revealOrgId: string | null;
}): PictureOrgRow[] {
  const { questions } = input;
  // Every row has every key (null when not answered), built by spreading: fast for 290 × 40.
  const noImpacts: Record<string, null> = Object.fromEntries(questions.areas.map((a) => [a.key, null]));
  const noFigures: Record<string, null> = Object.fromEntries(questions.figures.map((f) => [f.key, null]));
  const personCounts = questions.figures.filter((f) => f.countsPersons).map((f) => f.key);
  return input.members.flatMap((member) => {
    const org = input.orgs.get(member.id);
    if (!org) return [];
    const values = input.filed.get(member.id);
    const isOwn = member.id === input.revealOrgId;
    const impacts: PictureOrgRow['impacts'] = { ...noImpacts, ...values?.impacts };
    const figures: Record<string, SharedNumber | null> = { ...noFigures, ...values?.figures };
    if (!isOwn) {
      for (const key of personCounts) {
        const value = figures[key];
        if (typeof value === 'number') figures[key] = suppressCount(value);
      }
    }
    return [{ org, status: statusOf(member), isOwn, impacts, figures }];
  });
}

/** Comment (or text) of one organisation with how long it has stood unchanged. */
interface Said {
  text: string;
  roundsUnchanged: number;
  status: CommentDigestEntry['status'];
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
}

/**
 * New or changed against the previous round, or carried over: the report's carried-over
 * count (`comment:<area>`, `text:<key>`) says for how many rounds; a text equal to last
 * round's counts as carried over even if the count is missing.
 */
function said(
  answerKey: string,
  text: string,
  current: SubmittedTextRow,
  previous: string | undefined,
): Said {
  const count = current.carriedOver?.[answerKey] ?? 0;
  if (count > 0 || sameText(previous, text)) {
    return { text, roundsUnchanged: Math.max(count, 1), status: 'carried_over' };
  }
  return { text, roundsUnchanged: 0, status: previous === undefined ? 'new' : 'changed' };
}

const statusRank: Record<CommentDigestEntry['status'], number> = { new: 0, changed: 1, carried_over: 2 };

function digest(
  kind: 'comment' | 'text',
  key: string,
  current: readonly SubmittedTextRow[],
  previous: ReadonlyMap<string, SubmittedTextRow>,
  orgs: ReadonlyMap<string, PictureOrg>,
): CommentDigestEntry[] {
  const entries = current.flatMap((row) => {
    const org = orgs.get(row.orgId);
    const text = (kind === 'comment' ? row.comments : row.texts)?.[key];
    if (!org || !text) return [];
    const before = previous.get(row.orgId);
    const s = said(
      `${kind}:${key}`,
      text,
      row,
      kind === 'comment' ? before?.comments?.[key] : before?.texts?.[key],
    );
    return [
      { org, text, status: s.status, stale: isStale(s.roundsUnchanged), roundsUnchanged: s.roundsUnchanged },
    ];
  });
  return entries.sort(
    (a, b) => statusRank[a.status] - statusRank[b.status] || collator.compare(a.org.name, b.org.name),
  );
}

export interface TextsByRound {
  current: SubmittedTextRow[];
  previous: Map<string, SubmittedTextRow>;
}

export function splitTexts(
  rows: readonly SubmittedTextRow[],
  roundId: string,
  previousRoundId: string | null,
): TextsByRound {
  const current = rows.filter((r) => r.roundId === roundId);
  const previous = new Map(rows.filter((r) => r.roundId === previousRoundId).map((r) => [r.orgId, r]));
  return { current, previous };
}

export function buildComments(
  questions: PictureQuestions,
  texts: TextsByRound,
  orgs: ReadonlyMap<string, PictureOrg>,
): { comments: Record<string, CommentDigestEntry[]>; texts: TextDigest[] } {
  const comments: Record<string, CommentDigestEntry[]> = {};
  for (const area of questions.areas)
    comments[area.key] = digest('comment', area.key, texts.current, texts.previous, orgs);
  return {
    comments,
    texts: questions.texts.map((t) => ({
      key: t.key,
      label: t.label,
      entries: digest('text', t.key, texts.current, texts.previous, orgs),
    })),
  };
}

export function buildSerious(
  questions: PictureQuestions,
  filed: ReadonlyMap<string, OrgValues>,
  texts: TextsByRound,
  orgs: ReadonlyMap<string, PictureOrg>,
): SeriousReport[] {
  const textsByOrg = new Map(texts.current.map((r) => [r.orgId, r]));
  const list: SeriousReport[] = [];
  for (const [orgId, values] of filed) {
    const org = orgs.get(orgId);
    if (!org) continue;
    for (const area of questions.areas) {
      const impact = values.impacts[area.key];
      if (!impact || !isSeriousImpact(impact)) continue;
      const row = textsByOrg.get(orgId);
      const comment = row?.comments?.[area.key] ?? '';
      const before = texts.previous.get(orgId)?.comments?.[area.key];
      const s = row && comment ? said(`comment:${area.key}`, comment, row, before) : null;
      list.push({
        org,
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
    (s) => s.org.name,
  );
}

export function buildWorsened(
  questions: PictureQuestions,
  current: ReadonlyMap<string, OrgValues>,
  previous: ReadonlyMap<string, OrgValues>,
  orgs: ReadonlyMap<string, PictureOrg>,
): Worsening[] {
  const asLevels = (values: ReadonlyMap<string, OrgValues>) =>
    new Map([...values].map(([orgId, v]) => [orgId, v.impacts]));
  const labels = new Map(questions.areas.map((a, i) => [a.key, { label: a.label, order: i }]));
  return compareRounds(asLevels(previous), asLevels(current))
    .flatMap((w) => {
      const org = orgs.get(w.orgId);
      const area = labels.get(w.areaKey);
      return org && area
        ? [{ org, areaKey: w.areaKey, areaLabel: area.label, from: w.from, to: w.to, order: area.order }]
        : [];
    })
    .sort(
      (a, b) =>
        b.to - a.to ||
        b.to - b.from - (a.to - a.from) ||
        collator.compare(a.org.name, b.org.name) ||
        a.order - b.order,
    )
    .map(({ order: _order, ...w }) => w);
}
