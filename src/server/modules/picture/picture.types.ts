/**
 * The situation picture of one network and round, as the service returns it and as the
 * page and every export (PDF, XLSX, CSV) render it. One shape, so the screen and the
 * printed fallback never disagree.
 */
import type { ImpactLevel } from '../../../core/reports/answers';

export interface PictureScope {
  networkId: string;
  roundId: string;
  /** Only municipalities of this county (länskod), for a county picture within a national network. */
  countyCode?: string;
}

export interface PictureOrg {
  id: string;
  code: string | null;
  name: string;
  countyCode: string | null;
}

export interface Completeness {
  expected: number;
  filed: number;
  onTime: number;
  late: number;
  missing: PictureOrg[];
}

export interface AreaSummary {
  key: string;
  label: string;
  /** Count of organisations per impact level 1–5, and those without an answer. */
  distribution: Record<'1' | '2' | '3' | '4' | '5' | 'none', number>;
}

export interface SeriousReport {
  org: PictureOrg;
  areaKey: string;
  areaLabel: string;
  impact: ImpactLevel;
  comment: string;
  /** The comment was carried over unchanged from earlier rounds. */
  commentCarriedOver: boolean;
  commentStale: boolean;
}

export interface FigureAggregate {
  key: string;
  label: string;
  unit: string | null;
  type: 'integer' | 'decimal' | 'percent';
  countsPersons: boolean;
  n: number;
  /** Sums of person counts 1–4 are shown as '<5' beyond the reporting organisation. */
  sum: number | '<5' | null;
  mean: number | null;
  median: number | null;
  min: number | '<5' | null;
  max: number | '<5' | null;
}

export interface Worsening {
  org: PictureOrg;
  areaKey: string;
  areaLabel: string;
  from: ImpactLevel;
  to: ImpactLevel;
}

export interface CommentDigestEntry {
  org: PictureOrg;
  text: string;
  status: 'new' | 'changed' | 'carried_over';
  stale: boolean;
  roundsUnchanged: number;
}

export interface Picture {
  scope: PictureScope;
  network: { id: string; name: string };
  round: { id: string; isoYear: number; isoWeek: number; title: string; opensAt: string; deadlineAt: string };
  previousRoundId: string | null;
  completeness: Completeness;
  areas: AreaSummary[];
  /** Organisations at Allvarlig or Kritisk in any area, worst first. */
  serious: SeriousReport[];
  figures: FigureAggregate[];
  worsened: Worsening[];
  /** Per area key: new and changed comments first, carried-over ones after. */
  comments: Record<string, CommentDigestEntry[]>;
  /** Per municipality code: impact per area key and value per figure key, for the map. */
  byOrg: {
    org: PictureOrg;
    status: 'on_time' | 'late' | 'missing';
    impacts: Record<string, ImpactLevel | null>;
    figures: Record<string, number | '<5' | null>;
  }[];
}
