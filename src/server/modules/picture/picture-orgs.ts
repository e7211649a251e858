import type { Picture, PictureOrg } from './picture.types';

const unknown: PictureOrg = { id: '', code: null, name: '', countyCode: null };

/**
 * The organisation a section of a picture refers to by `orgId`. Every id the picture uses
 * is in `organisations`; the blank fallback only keeps a renderer total.
 */
export function orgOf(picture: Pick<Picture, 'organisations'>, orgId: string): PictureOrg {
  return picture.organisations[orgId] ?? unknown;
}
