/**
 * Small workbooks built in memory with exceljs (a picture is a few hundred rows); big
 * one-sheet exports stream with xlsx-stream.ts instead. Every table sheet looks the same: bold grey header row, frozen, with a filter, and
 * columns sized to their content type. Numbers are written as numbers.
 */
import ExcelJS from 'exceljs';
import type { XlsxColumn, XlsxValue } from './spreadsheet';
import { sheetName } from './spreadsheet';

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };

function styleHeader(sheet: ExcelJS.Worksheet, columnCount: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (let i = 1; i <= columnCount; i++) header.getCell(i).fill = headerFill;
}

function sheetOptions(columnCount: number): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    ...(columnCount > 0
      ? { autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: columnCount } } }
      : {}),
  };
}

function applyColumns(sheet: ExcelJS.Worksheet, columns: readonly XlsxColumn[]): void {
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      alignment: c.wrap ? { vertical: 'top', wrapText: true } : { vertical: 'top' },
    },
  }));
}

/** A sheet of a table: header row from `columns`, then one row per entry of `rows`. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly XlsxColumn[],
  rows: Iterable<readonly XlsxValue[]>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(name), sheetOptions(columns.length));
  applyColumns(sheet, columns);
  styleHeader(sheet, columns.length);
  for (const row of rows) sheet.addRow([...row]);
  return sheet;
}

/** A new in-memory workbook with Samla as its author. */
export function createWorkbook(now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samla';
  workbook.created = now;
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
