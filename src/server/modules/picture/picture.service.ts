import { weekLabel } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import { actorOrgId, type Ctx, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { loadNetworkAccess } from '../registry/network-access';
import * as repo from './picture.repository';
import type { Picture, PictureRound } from './picture.types';
import {
  buildAreas,
  buildComments,
  buildCompleteness,
  buildFigures,
  buildOrgRows,
  buildSerious,
  buildWorsened,
  byName,
  groupValues,
  toPictureOrg,
} from './picture-build';
import { mergeQuestions, type PictureQuestions } from './picture-questions';

export interface PictureParams {
  networkId: string;
  /** Without it, the round that opened last. */
  roundId?: string | undefined;
  countyCode?: string | undefined;
  /** Language of labels; Swedish by default. */
  locale?: UiLocale | undefined;
  /**
   * Show the viewer's own organisation's person counts as filed (default true). An export
   * meant to be passed on can set false, so every row is suppressed alike.
   */
  revealOwn?: boolean | undefined;
  /**
   * Figures whose value per organisation `byOrg` carries: 'all' for the exports' per-organisation
   * tables, else the map's one figure. A national round is ~10 000 values; the page shows one
   * figure on the map at a time, so it asks for that one (none by default).
   */
  mapFigures?: 'all' | readonly string[] | undefined;
}

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function toPictureRound(row: Omit<repo.RoundRow, 'previousRoundId'>, locale?: UiLocale): PictureRound {
  return {
    id: row.id,
    templateId: row.templateId,
    templateName: row.templateName,
    kind: row.kind,
    isoYear: row.isoYear,
    isoWeek: row.isoWeek,
    label: weekLabel({ isoYear: row.isoYear, isoWeek: row.isoWeek }, locale),
    title: row.title,
    opensAt: iso(row.opensAt),
    deadlineAt: iso(row.deadlineAt),
  };
}

/** The county asked for, or a field error: an unknown county is bad input, not an empty picture. */
export async function resolveCounty(ctx: Ctx, countyCode: string | undefined) {
  if (!countyCode) return null;
  const county = await repo.findCounty(ctx.db, countyCode);
  if (!county) throw new AppError('validation', { fields: [{ path: 'county', code: 'invalid_value' }] });
  return county;
}

/** The figures asked for; a key the round's template does not have is bad input. */
function pickMapFigures(questions: PictureQuestions, wanted: 'all' | readonly string[]) {
  if (wanted === 'all') return questions.figures;
  const byKey = new Map(questions.figures.map((f) => [f.key, f]));
  return wanted.map((key) => {
    const figure = byKey.get(key);
    if (!figure) throw new AppError('validation', { fields: [{ path: 'mapFigure', code: 'invalid_value' }] });
    return figure;
  });
}

/**
 * The situation picture of a network (or one county of it) in a round, computed from the
 * submitted reports at the moment of the call: no cache, so a report just submitted is in
 * the next picture. Any member of the network may see it; drafts never appear, and person
 * counts 1–4 are '<5' except in the viewer's own row.
 */
export async function getPicture(ctx: Ctx, params: PictureParams): Promise<Picture> {
  // The round is read while access is checked (one round trip less); access decides first,
  // so a non-member learns nothing from the round's answer.
  const lookups = Promise.all([
    resolveCounty(ctx, params.countyCode),
    repo.findRound(ctx.db, params.networkId, params.roundId, nowOf(ctx)),
  ]);
  lookups.catch(() => {});
  const access = await loadNetworkAccess(ctx.db, ctx.actor, params.networkId);
  const [county, round] = await lookups;
  if (!round) throw notFound('round');

  const countyCode = county?.code;
  const scope = { networkId: params.networkId, roundId: round.id, countyCode };
  const wanted = params.mapFigures ?? [];
  // The longest statement first (the texts, compared with last round's, then the aggregates):
  // on two cores the last one sent waits longest for a core, and the picture waits for all.
  const [textRows, aggregateRows, worsenedRows, memberRows] = await Promise.all([
    repo.findSubmittedTexts(ctx.db, { ...scope, previousRoundId: round.previousRoundId }),
    repo.findKeyAggregates(ctx.db, scope),
    round.previousRoundId
      ? repo.findWorsened(ctx.db, { ...scope, previousRoundId: round.previousRoundId })
      : Promise.resolve([]),
    repo.findExpectedMembers(ctx.db, { ...scope, figureKeys: wanted === 'all' ? 'all' : [...wanted] }),
  ]);

  const questions = mergeQuestions(round.definitions, params.locale ?? 'sv');
  const mapFigures = pickMapFigures(questions, wanted);
  const members = byName(memberRows);
  const orgs = new Map(members.map((m) => [m.id, toPictureOrg(m)]));
  const filedIds = new Set(members.filter((m) => m.submittedAt !== null).map((m) => m.id));
  const filed = groupValues(members, filedIds);
  const aggregates = new Map(aggregateRows.map((row) => [row.key, row]));
  const revealOrgId = params.revealOwn === false ? null : actorOrgId(ctx.actor);

  return {
    scope: { networkId: params.networkId, roundId: round.id, ...(countyCode ? { countyCode } : {}) },
    network: { id: access.network.id, name: access.network.name },
    county,
    round: toPictureRound(round, params.locale),
    previousRoundId: round.previousRoundId,
    generatedAt: nowOf(ctx).toISOString(),
    organisations: Object.fromEntries(orgs),
    completeness: buildCompleteness(members, orgs),
    areas: buildAreas(questions, aggregates, filedIds.size),
    serious: buildSerious(questions, filed, textRows, orgs),
    figures: buildFigures(questions, aggregates),
    worsened: buildWorsened(questions, worsenedRows, orgs),
    ...buildComments(questions, textRows, orgs),
    byOrg: buildOrgRows({ members, orgs, filed, areas: questions.areas, figures: mapFigures, revealOrgId }),
  };
}
