/**
 * The picture as rows and columns, shared by the XLSX sheets and the CSV file so both say
 * the same. Values are the picture's: person counts are already '<5' where they must be.
 */
import { widthFor, type XlsxColumn, type XlsxValue } from '../../platform/export/spreadsheet';
import type { Picture } from '../picture/picture.types';
import { orgOf } from '../picture/picture-orgs';
import { type ExportText, figureHeader } from './export-text';

export interface ExportTable {
  columns: XlsxColumn[];
  rows: XlsxValue[][];
}

/** One row per expected organisation: kommunkod, name, county, status, impact per area, figures. */
export function organisationTable(
  text: ExportText,
  picture: Picture,
  countyNames: ReadonlyMap<string, string>,
): ExportTable {
  const { t } = text;
  const columns: XlsxColumn[] = [
    { header: t('exports:columns.code'), width: 11 },
    { header: t('exports:columns.organisation'), width: 28 },
    { header: t('exports:columns.county'), width: 24 },
    { header: t('exports:columns.status'), width: 10 },
    ...picture.areas.map((area) => {
      const header = t('exports:columns.impact', { area: area.label });
      return { header, width: widthFor(header, 10, 30) };
    }),
    ...picture.figures.map((figure) => {
      const header = figureHeader(text, figure);
      return { header, width: widthFor(header, 10, 30) };
    }),
  ];
  const rows = picture.byOrg.map((row): XlsxValue[] => {
    const org = orgOf(picture, row.orgId);
    return [
      org.code,
      org.name,
      org.countyCode ? (countyNames.get(org.countyCode) ?? org.countyCode) : null,
      t(`exports:status.${row.status}`),
      ...picture.areas.map((area) => row.impacts[area.key] ?? null),
      ...picture.figures.map((figure) => row.figures[figure.key] ?? null),
    ];
  });
  return { columns, rows };
}

/** Allvarlig and Kritisk, worst first, with the comment and how long it has stood. */
export function seriousTable(text: ExportText, picture: Picture): ExportTable {
  const { t } = text;
  return {
    columns: [
      { header: t('exports:columns.organisation'), width: 28 },
      { header: t('exports:columns.code'), width: 11 },
      { header: t('exports:columns.area'), width: 28 },
      { header: t('exports:columns.level'), width: 14 },
      { header: t('exports:columns.levelName'), width: 14 },
      { header: t('exports:columns.commentText'), width: 80, wrap: true },
      { header: t('exports:columns.roundsUnchanged'), width: 12 },
      { header: t('exports:columns.stale'), width: 10 },
    ],
    rows: picture.serious.map((s) => {
      const org = orgOf(picture, s.orgId);
      return [
        org.name,
        org.code,
        s.areaLabel,
        s.impact,
        text.impact(s.impact),
        s.comment,
        s.commentRoundsUnchanged,
        s.commentStale ? t('exports:yes') : t('exports:no'),
      ];
    }),
  };
}

/** Every comment per area and every free-text answer, new ones first as in the picture. */
export function commentTable(text: ExportText, picture: Picture): ExportTable {
  const { t } = text;
  const entries = [
    ...picture.areas.map((area) => ({ label: area.label, entries: picture.comments[area.key] ?? [] })),
    ...picture.texts.map((digest) => ({ label: digest.label, entries: digest.entries })),
  ];
  return {
    columns: [
      { header: t('exports:columns.question'), width: 28 },
      { header: t('exports:columns.organisation'), width: 28 },
      { header: t('exports:columns.code'), width: 11 },
      { header: t('exports:columns.commentStatus'), width: 12 },
      { header: t('exports:columns.roundsUnchanged'), width: 12 },
      { header: t('exports:columns.stale'), width: 10 },
      { header: t('exports:columns.commentText'), width: 80, wrap: true },
    ],
    rows: entries.flatMap(({ label, entries: list }) =>
      list.map((e) => {
        const org = orgOf(picture, e.orgId);
        return [
          label,
          org.name,
          org.code,
          t(`exports:comments.entryStatus.${e.status}`),
          e.roundsUnchanged,
          e.stale ? t('exports:yes') : t('exports:no'),
          e.text,
        ];
      }),
    ),
  };
}
