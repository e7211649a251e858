/**
 * The situation picture's JSON, typed by the server's contract (a type-only import: nothing
 * of the server reaches the bundle), so the page and the exports render one shape.
 */
export type {
  CommentDigestEntry,
  FigureAggregate,
  OrgHistory,
  OrgHistoryRound,
  OrgHistoryTemplate,
  Picture,
  PictureOrg,
  PictureOrgRow,
  PictureRound,
  SharedNumber,
  Trend,
  TrendPoint as PictureTrendPoint,
} from '../../../server/modules/picture/picture.types';
export type { RoundList, RoundSummary } from '../rounds/round-types';

export interface County {
  code: string;
  name: string;
  shortName: string;
}

/** What the map (and the page's `omrade` parameter) shows: the worst level, an area, or a figure. */
export type MapChoice = 'worst' | `impact:${string}` | `figure:${string}`;
