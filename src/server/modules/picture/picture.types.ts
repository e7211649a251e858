/**
 * The situation picture of one network and round, as the service returns it and as the
 * page and every export (PDF, XLSX, CSV) render it. One shape, so the screen and the
 * printed fallback never disagree.
 *
 * Everything here is already safe to share with the whole network: drafts never appear,
 * and person counts 1–4 are '<5' except in the viewer's own organisation's row.
 * Labels are resolved to the requested language; numbers are raw (format them on output).
 */
import type { Suppressed } from '../../../core/picture/suppression';
import type { ImpactLevel } from '../../../core/reports/answers';

export interface PictureScope {
  networkId: string;
  roundId: string;
  /** Only members of this county (länskod), for a county picture within a national network. */
  countyCode?: string;
}

export interface PictureOrg {
  id: string;
  code: string | null;
  name: string;
  countyCode: string | null;
}

/** A person count shown beyond its organisation: 1–4 become '<5'. */
export type SharedNumber = number | Suppressed;

export interface PictureRound {
  id: string;
  templateId: string;
  templateName: string;
  kind: 'weekly' | 'extra';
  isoYear: number;
  isoWeek: number;
  /** "v. 47 2026" */
  label: string;
  title: string;
  opensAt: string;
  deadlineAt: string;
}

export interface Completeness {
  expected: number;
  filed: number;
  onTime: number;
  late: number;
  /** Expected organisations without a submitted report, by name (keys of `organisations`). */
  missing: string[];
}

export interface AreaSummary {
  key: string;
  label: string;
  /** Filed organisations per impact level 1–5, and filed ones without a level (missing ones are in completeness). */
  distribution: Record<'1' | '2' | '3' | '4' | '5' | 'none', number>;
}

export interface SeriousReport {
  orgId: string;
  areaKey: string;
  areaLabel: string;
  impact: ImpactLevel;
  comment: string;
  /** The comment was carried over unchanged from earlier rounds. */
  commentCarriedOver: boolean;
  commentStale: boolean;
  /** Rounds the comment has stood unchanged (0 = written this round). */
  commentRoundsUnchanged: number;
}

export interface FigureAggregate {
  key: string;
  /** The area the figure belongs to; null for the template's general figures. */
  areaKey: string | null;
  label: string;
  unit: string | null;
  type: 'integer' | 'decimal' | 'percent';
  countsPersons: boolean;
  /** Organisations that gave a value. */
  n: number;
  /** Sums of person counts 1–4 are shown as '<5' beyond the reporting organisation. */
  sum: SharedNumber | null;
  /** Suppressed with the sum (mean × n gives the sum back). */
  mean: SharedNumber | null;
  median: SharedNumber | null;
  min: SharedNumber | null;
  max: SharedNumber | null;
}

export interface Worsening {
  orgId: string;
  /** The area's label is in `areas` (a national picture has hundreds of these rows). */
  areaKey: string;
  from: ImpactLevel;
  to: ImpactLevel;
}

export interface CommentDigestEntry {
  orgId: string;
  text: string;
  /** 'new': no comment last round; 'changed': differs from last round; 'carried_over': unchanged. */
  status: 'new' | 'changed' | 'carried_over';
  stale: boolean;
  roundsUnchanged: number;
}

/** Free-text answers of the template (e.g. needs of coordination and support). */
export interface TextDigest {
  key: string;
  label: string;
  entries: CommentDigestEntry[];
}

export interface PictureOrgRow {
  orgId: string;
  status: 'on_time' | 'late' | 'missing';
  /** The viewer's own organisation: its person counts are shown as filed. */
  isOwn: boolean;
  impacts: Record<string, ImpactLevel | null>;
  figures: Record<string, SharedNumber | null>;
}

export interface Picture {
  scope: PictureScope;
  network: { id: string; name: string };
  /** The county of a county picture. */
  county: { code: string; name: string } | null;
  round: PictureRound;
  previousRoundId: string | null;
  /** When the picture was computed (it is live: no cache). */
  generatedAt: string;
  /**
   * Every expected organisation, by id, in name order. The sections below refer to them by
   * `orgId`: a national picture names an organisation in up to a dozen places, and carrying
   * it whole each time made half of the response.
   */
  organisations: Record<string, PictureOrg>;
  completeness: Completeness;
  /** In template order. */
  areas: AreaSummary[];
  /** Organisations at Allvarlig or Kritisk in any area, worst first. */
  serious: SeriousReport[];
  /** In template order: area figures, then general ones. */
  figures: FigureAggregate[];
  /** Impact that rose since the previous round of the same template, biggest rise first. */
  worsened: Worsening[];
  /** Per area key: new and changed comments first, carried-over ones after. */
  comments: Record<string, CommentDigestEntry[]>;
  texts: TextDigest[];
  /** Every expected organisation, by name: impact per area key and value per figure key, for the map. */
  byOrg: PictureOrgRow[];
}

/** One round of a trend. */
export interface TrendPoint {
  roundId: string;
  isoYear: number;
  isoWeek: number;
  label: string;
  kind: 'weekly' | 'extra';
  opensAt: string;
  /** Organisations with a value. */
  n: number;
  sum: SharedNumber | null;
  /** Suppressed with the sum (mean × n gives the sum back). */
  mean: SharedNumber | null;
  median: SharedNumber | null;
  min: SharedNumber | null;
  max: SharedNumber | null;
  /** For `impact:<area>` keys: organisations per level. */
  distribution: Record<'1' | '2' | '3' | '4' | '5', number> | null;
}

export interface Trend {
  networkId: string;
  templateId: string;
  key: string;
  kind: 'impact' | 'figure';
  label: string;
  unit: string | null;
  countsPersons: boolean;
  county: { code: string; name: string } | null;
  /** Oldest first. */
  points: TrendPoint[];
}

/** One round of one organisation's history (submitted answers only). */
export interface OrgHistoryRound {
  round: PictureRound;
  status: 'on_time' | 'late' | 'missing';
  impacts: Record<string, ImpactLevel | null>;
  figures: Record<string, SharedNumber | null>;
  comments: Record<string, { text: string; carriedOver: boolean; stale: boolean; roundsUnchanged: number }>;
  texts: Record<string, string>;
}

export interface OrgHistoryTemplate {
  id: string;
  name: string;
  areas: { key: string; label: string }[];
  figures: {
    key: string;
    areaKey: string | null;
    label: string;
    unit: string | null;
    type: 'integer' | 'decimal' | 'percent';
    countsPersons: boolean;
  }[];
  texts: { key: string; label: string }[];
  /** Newest first. */
  rounds: OrgHistoryRound[];
}

export interface OrgHistory {
  network: { id: string; name: string };
  org: PictureOrg;
  isOwn: boolean;
  templates: OrgHistoryTemplate[];
}
