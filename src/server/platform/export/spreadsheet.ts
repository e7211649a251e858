/**
 * What every spreadsheet export shares, without loading a spreadsheet library: the cell
 * and column types, Excel's sheet-name rules, column widths and Swedish wall-clock dates.
 */
import { DateTime } from 'luxon';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type XlsxValue = string | number | boolean | Date | null | undefined;

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format, e.g. '0.0' or 'yyyy-mm-dd hh:mm'. */
  numFmt?: string;
  /** Wrap long text (comments) within the width instead of running over. */
  wrap?: boolean;
}

/** Excel's limits: 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31)
      .trim() || 'Blad'
  );
}

/** Column width for a header: at least its text, within sensible bounds. */
export function widthFor(header: string, min = 8, max = 40): number {
  return Math.max(min, Math.min(max, header.length + 2));
}

/**
 * Excel stores dates without a zone and exceljs writes a Date's UTC fields; to show Swedish
 * wall-clock time, pass the instant through here first.
 */
export function excelLocalTime(instant: Date | string, zone: string): Date {
  const ms = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  return new Date(Math.floor((ms + zoneOffsetMinutes(ms, zone) * 60_000) / 1000) * 1000);
}

/**
 * The zone's UTC offset at an instant, cached per UTC day: on a day whose offset is the same
 * at its start and its end (all but the two daylight-saving days a year) one lookup serves
 * every instant, so a 150 000-row export does a few thousand zone calculations, not one a row.
 */
const days = new Map<string, number | null>();
const DAY = 86_400_000;

function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

function zoneOffsetMinutes(ms: number, zone: string): number {
  const day = Math.floor(ms / DAY);
  const key = `${zone} ${day}`;
  let offset = days.get(key);
  if (offset === undefined) {
    const start = offsetAt(day * DAY, zone);
    offset = start === offsetAt((day + 1) * DAY - 1, zone) ? start : null;
    if (days.size >= 50_000) days.clear();
    days.set(key, offset);
  }
  return offset ?? offsetAt(ms, zone);
}
