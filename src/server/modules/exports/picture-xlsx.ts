/**
 * The picture as a workbook: "Sammanfattning" (what, when, completeness, impact per area,
 * key-figure aggregates, what got worse), "Organisationer" (one row per organisation),
 * "Allvarligt läge" and "Kommentarer".
 */
import type ExcelJS from 'exceljs';
import { IMPACT_LEVELS } from '../../../core/reports/impact';
import { ZONE } from '../../../core/time/iso-week';
import { excelLocalTime, sheetName, type XlsxValue } from '../../platform/export/spreadsheet';
import { addTableSheet, createWorkbook, workbookBytes } from '../../platform/export/xlsx';
import type { Picture } from '../picture/picture.types';
import { areaLabels, orgOf } from '../picture/picture-orgs';
import { type ExportText, figureHeader } from './export-text';
import { commentTable, organisationTable, seriousTable } from './picture-tables';

const bold: Partial<ExcelJS.Font> = { bold: true };
const sectionFont: Partial<ExcelJS.Font> = { bold: true, size: 12 };
const dateFormat = 'yyyy-mm-dd hh:mm';

function addSummarySheet(workbook: ExcelJS.Workbook, text: ExportText, picture: Picture): void {
  const { t } = text;
  const sheet = workbook.addWorksheet(sheetName(t('exports:sheets.summary')), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = [{ width: 40 }, ...Array.from({ length: 8 }, () => ({ width: 14 }))];
  const add = (values: XlsxValue[], font?: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow(values);
    if (font) row.font = font;
    return row;
  };
  const section = (title: string) => {
    sheet.addRow([]);
    add([title], sectionFont);
  };
  const { completeness } = picture;

  add([t('exports:summary.network'), picture.network.name], bold);
  add([t('exports:summary.round'), text.week(picture.round)]);
  if (picture.round.kind === 'extra') add(['', t('exports:extraRound', { title: picture.round.title })]);
  add([t('exports:summary.template'), picture.round.templateName]);
  if (picture.county) add([t('exports:summary.county'), picture.county.name]);
  add([t('exports:summary.deadline'), excelLocalTime(picture.round.deadlineAt, ZONE)]).getCell(2).numFmt =
    dateFormat;
  add([t('exports:summary.generatedAt'), excelLocalTime(picture.generatedAt, ZONE)]).getCell(2).numFmt =
    dateFormat;
  add([t('exports:suppressionNote')]).font = { italic: true };

  section(t('exports:completeness.heading'));
  add([t('exports:summary.expected'), completeness.expected]);
  add([t('exports:summary.filed'), completeness.filed]);
  add([t('exports:summary.onTime'), completeness.onTime]);
  add([t('exports:summary.late'), completeness.late]);
  add([t('exports:summary.missing'), completeness.missing.length]);
  if (completeness.missing.length > 0) {
    const names = add([
      t('exports:summary.missingNames'),
      completeness.missing.map((id) => orgOf(picture, id).name).join(', '),
    ]);
    sheet.mergeCells(names.number, 2, names.number, 9);
    names.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    names.height = Math.min(400, 15 * Math.ceil(completeness.missing.length / 8));
  }

  section(t('exports:summary.distribution'));
  add(
    [
      t('exports:distribution.area'),
      ...IMPACT_LEVELS.map((level) => `${level} ${text.impact(level)}`),
      t('exports:distribution.none'),
    ],
    bold,
  );
  for (const area of picture.areas) {
    const d = area.distribution;
    add([area.label, d['1'], d['2'], d['3'], d['4'], d['5'], d.none]);
  }

  section(t('exports:summary.figures'));
  add(
    [
      t('exports:figures.heading'),
      t('exports:columns.area'),
      t('exports:figures.n'),
      t('exports:figures.sum'),
      t('exports:figures.mean'),
      t('exports:figures.median'),
      t('exports:figures.min'),
      t('exports:figures.max'),
    ],
    bold,
  );
  const labels = areaLabels(picture);
  for (const f of picture.figures) {
    const row = add([
      figureHeader(text, f),
      f.areaKey ? (labels.get(f.areaKey) ?? f.areaKey) : null,
      f.n,
      f.type === 'percent' ? null : f.sum,
      f.mean,
      f.median,
      f.min,
      f.max,
    ]);
    row.getCell(5).numFmt = '0.0#';
  }

  section(t('exports:summary.worsened'));
  add(
    [
      t('exports:columns.organisation'),
      t('exports:columns.area'),
      t('exports:columns.from'),
      t('exports:columns.to'),
    ],
    bold,
  );
  for (const w of picture.worsened) {
    add([orgOf(picture, w.orgId).name, labels.get(w.areaKey) ?? w.areaKey, w.from, w.to]);
  }
}

/** The whole workbook as bytes (a picture is at most a few hundred organisations). */
export async function pictureWorkbook(
  text: ExportText,
  picture: Picture,
  countyNames: ReadonlyMap<string, string>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { t } = text;
  const workbook = createWorkbook(new Date(picture.generatedAt));
  workbook.title = picture.network.name;
  addSummarySheet(workbook, text, picture);
  const organisations = organisationTable(text, picture, countyNames);
  addTableSheet(workbook, t('exports:sheets.organisations'), organisations.columns, organisations.rows);
  const serious = seriousTable(text, picture);
  addTableSheet(workbook, t('exports:sheets.serious'), serious.columns, serious.rows);
  const comments = commentTable(text, picture);
  addTableSheet(workbook, t('exports:sheets.comments'), comments.columns, comments.rows);
  return workbookBytes(workbook);
}
