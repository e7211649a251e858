/**
 * Words and numbers of the exports in the reader's language: Swedish conventions by
 * default (1 234,5; 2026-11-18 10:32 in Swedish time), English on request.
 */
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import { isSuppressed } from '../../../core/picture/suppression';
import type { ImpactLevel } from '../../../core/reports/answers';
import { ZONE } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import { translator } from '../../platform/i18n';
import type { Picture, PictureRound, SharedNumber } from '../picture/picture.types';

export interface ExportText {
  locale: UiLocale;
  t: TFunction;
  number(value: SharedNumber | null, maximumFractionDigits?: number): string;
  share(part: number, whole: number): string;
  time(instant: string | Date): string;
  impact(level: ImpactLevel): string;
  week(round: Pick<PictureRound, 'isoWeek' | 'isoYear'>): string;
}

export function exportText(locale: UiLocale): ExportText {
  const t = translator(locale);
  const intl = locale === 'en' ? 'en-GB' : 'sv-SE';
  const formats = new Map<number, Intl.NumberFormat>();
  const format = (digits: number) => {
    let f = formats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(intl, { maximumFractionDigits: digits });
      formats.set(digits, f);
    }
    return f;
  };
  return {
    locale,
    t,
    number: (value, digits = 2) => {
      if (value === null) return t('exports:none');
      return isSuppressed(value) ? value : format(digits).format(value);
    },
    share: (part, whole) =>
      new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 }).format(
        whole > 0 ? part / whole : 0,
      ),
    time: (instant) =>
      DateTime.fromJSDate(typeof instant === 'string' ? new Date(instant) : instant, { zone: ZONE }).toFormat(
        'yyyy-MM-dd HH:mm',
      ),
    impact: (level) => t(`common:impact.${level}`),
    week: (round) => t('exports:week', { week: round.isoWeek, year: round.isoYear }),
  };
}

/** "Lägesbild v. 47 2026 – Socialchefsnätverket" (with the county of a county picture). */
export function pictureTitle(text: ExportText, picture: Picture): string {
  const week = text.week(picture.round);
  const network = picture.network.name;
  return picture.county
    ? text.t('exports:titleCounty', { week, network, county: picture.county.name })
    : text.t('exports:title', { week, network });
}

/** The label of a figure column: "Frånvaro (%)". */
export function figureHeader(text: ExportText, figure: { label: string; unit: string | null }): string {
  return figure.unit
    ? text.t('exports:columns.figure', { label: figure.label, unit: figure.unit })
    : figure.label;
}
