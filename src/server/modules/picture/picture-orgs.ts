import type { Picture, PictureOrg } from './picture.types';

const unknown: PictureOrg = { id: '', code: null, name: '', countyCode: null };

/**
 * The organisation a section of a picture refers to by `orgId`. Every id the picture uses
 * is in `organisations`; the blank fallback only keeps a renderer total.
 */
export function orgOf(picture: Pick<Picture, 'organisations'>, orgId: string): PictureOrg {
  return picture.organisations[orgId] ?? unknown;
}

/** Area key → label, for sections that refer to an area by key (`worsened`, figures). */
export function areaLabels(picture: Pick<Picture, 'areas'>): ReadonlyMap<string, string> {
  return new Map(picture.areas.map((a) => [a.key, a.label]));
}
