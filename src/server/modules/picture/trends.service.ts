import { suppressFigureAggregate } from '../../../core/picture/suppression';
import { weekLabel } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import { type Ctx, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { loadNetworkAccess } from '../registry/network-access';
import { resolveCounty } from './picture.service';
import type { Trend, TrendPoint } from './picture.types';
import { mergeQuestions } from './picture-questions';
import { findNetworkTemplate, findTrend, type TrendRow } from './trends.repository';

export interface TrendParams {
  networkId: string;
  templateId: string;
  /** `impact:<areaKey>` or `figure:<figureKey>`. */
  key: string;
  /** The last N opened rounds of the template (1–520). */
  rounds: number;
  countyCode?: string | undefined;
  locale?: UiLocale | undefined;
}

function unknownKey(): AppError {
  return new AppError('validation', { fields: [{ path: 'key', code: 'unknown_key' }] });
}

function number(value: number | string | null): number | null {
  // node-postgres returns float8 as numbers, but be robust to drivers returning text.
  return value === null ? null : Number(value);
}

function toPoint(row: TrendRow, isImpact: boolean, countsPersons: boolean, locale?: UiLocale): TrendPoint {
  const aggregate = {
    n: row.n,
    sum: number(row.sum),
    mean: number(row.mean),
    median: number(row.median),
    min: number(row.min),
    max: number(row.max),
  };
  const shared = suppressFigureAggregate({ countsPersons }, aggregate);
  return {
    roundId: row.roundId,
    isoYear: row.isoYear,
    isoWeek: row.isoWeek,
    label: weekLabel({ isoYear: row.isoYear, isoWeek: row.isoWeek }, locale),
    kind: row.kind,
    opensAt: (row.opensAt instanceof Date ? row.opensAt : new Date(row.opensAt)).toISOString(),
    ...shared,
    distribution: isImpact ? { '1': row.l1, '2': row.l2, '3': row.l3, '4': row.l4, '5': row.l5 } : null,
  };
}

/**
 * One figure's aggregates, or one area's impact distribution, per round over the last N
 * opened rounds of a template, oldest first. Person counts are suppressed as in the picture.
 */
export async function getTrend(ctx: Ctx, params: TrendParams): Promise<Trend> {
  await loadNetworkAccess(ctx.db, ctx.actor, params.networkId);
  const county = await resolveCounty(ctx, params.countyCode);
  const template = await findNetworkTemplate(ctx.db, params.networkId, params.templateId);
  if (!template) throw notFound('template');

  const questions = mergeQuestions(template.definitions, params.locale ?? 'sv');
  const [kind, questionKey] = params.key.split(':');
  const isImpact = kind === 'impact';
  const area = isImpact ? questions.areas.find((a) => a.key === questionKey) : undefined;
  const figure = isImpact ? undefined : questions.figures.find((f) => f.key === questionKey);
  const question = area ?? figure;
  if (!question) throw unknownKey();
  const countsPersons = figure?.countsPersons ?? false;

  const rows = await findTrend(ctx.db, {
    networkId: params.networkId,
    templateId: template.id,
    key: params.key,
    limit: params.rounds,
    now: nowOf(ctx),
    countyCode: county?.code,
  });
  return {
    networkId: params.networkId,
    templateId: template.id,
    key: params.key,
    kind: isImpact ? 'impact' : 'figure',
    label: question.label,
    unit: figure?.unit ?? null,
    countsPersons,
    county,
    points: rows.map((row) => toPoint(row, isImpact, countsPersons, params.locale)),
  };
}
