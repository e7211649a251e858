import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';
import type { FigureAggregate, Picture, PictureOrg, PictureRound, SharedNumber } from './picture-types';

type FigureType = FigureAggregate['type'];

/**
 * A figure's value the Swedish way: "1 234", "8,9 %", "<5" for suppressed person counts,
 * "–" for none. Counts keep no decimals; means and medians get one.
 */
export function formatFigure(
  value: SharedNumber | null | undefined,
  type: FigureType,
  precise = false,
): string {
  if (value === null || value === undefined) return '–';
  if (value === '<5') return '<5';
  const digits = type === 'integer' && !precise ? 0 : 1;
  const text = formatNumber(value, { maximumFractionDigits: digits });
  return type === 'percent' ? `${text}\u00a0%` : text;
}

/** A figure's label with its unit, e.g. "Lediga platser (platser)"; percent needs no unit. */
export function figureLabel(figure: { label: string; unit: string | null; type?: FigureType }): string {
  return figure.unit && figure.type !== 'percent' && figure.unit !== '%'
    ? `${figure.label} (${figure.unit})`
    : figure.label;
}

/** "v. 48 2026", or for an extra round its title and week. */
export function roundLabel(round: Pick<PictureRound, 'label' | 'kind' | 'title'>, t: TFunction): string {
  return round.kind === 'extra' && round.title
    ? t('picture:filters.extraOption', { week: round.label, title: round.title })
    : round.label;
}

/** The picture page of a network, keeping the chosen round and county. */
export function picturePath(
  networkId: string,
  query: { omgang?: string | undefined; lan?: string | undefined } = {},
) {
  const params = new URLSearchParams();
  if (query.omgang) params.set('omgang', query.omgang);
  if (query.lan) params.set('lan', query.lan);
  const search = params.toString();
  return `/natverk/${encodeURIComponent(networkId)}/lagesbild${search ? `?${search}` : ''}`;
}

const unknownOrg: PictureOrg = { id: '', code: null, name: '', countyCode: null };

/** The organisation a section of the picture refers to by `orgId` (all are in `organisations`). */
export function orgOf(picture: Pick<Picture, 'organisations'>, orgId: string): PictureOrg {
  return picture.organisations[orgId] ?? unknownOrg;
}

/** Area key → label, for the sections that refer to an area by key (`worsened`, figures). */
export function areaLabels(picture: Pick<Picture, 'areas'>): ReadonlyMap<string, string> {
  return new Map(picture.areas.map((a) => [a.key, a.label]));
}

export function historyPath(networkId: string, orgId: string): string {
  return `/natverk/${encodeURIComponent(networkId)}/organisationer/${encodeURIComponent(orgId)}`;
}
