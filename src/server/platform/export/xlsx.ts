/**
 * Spreadsheet exports with exceljs. Two ways: `addTableSheet` for small workbooks built in
 * memory, and `streamWorkbook` for big ones, written row by row to the HTTP response with
 * exceljs' streaming writer, so memory stays flat however many rows there are.
 * Every table sheet looks the same: bold grey header row, frozen, with a filter, and
 * columns sized to their content type. Numbers are written as numbers.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
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

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };

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

/**
 * Excel stores dates without a zone and exceljs writes a Date's UTC fields; to show Swedish
 * wall-clock time, pass the instant through here first.
 */
export function excelLocalTime(instant: Date | string, zone: string): Date {
  const local = DateTime.fromJSDate(typeof instant === 'string' ? new Date(instant) : instant, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/** Adds rows to a streamed sheet, committing each so it leaves memory. */
export interface StreamedSheet {
  addRow(values: readonly XlsxValue[]): void;
  /** Resolves when the reader has taken what was written (back-pressure); false once the reader is gone. */
  flush(): Promise<boolean>;
}

export interface StreamWorkbookOptions {
  sheetName: string;
  columns: readonly XlsxColumn[];
  now: Date;
  /** Called with a failure after the response has started; the download is then cut off. */
  onError: (error: unknown) => void;
}

/**
 * A one-sheet workbook streamed as it is written. `produce` adds rows and calls `flush()`
 * between batches; the returned web stream is the response body. A failure halfway breaks
 * the download (so nobody mistakes a truncated file for a complete one); a reader that goes
 * away stops the producer at its next flush.
 */
export function streamWorkbook(
  options: StreamWorkbookOptions,
  produce: (sheet: StreamedSheet) => Promise<void>,
): ReadableStream<Uint8Array> {
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Samla';
  workbook.created = options.now;
  const sheet = workbook.addWorksheet(sheetName(options.sheetName), sheetOptions(options.columns.length));
  applyColumns(sheet, options.columns);
  styleHeader(sheet, options.columns.length);
  sheet.getRow(1).commit();

  const streamed: StreamedSheet = {
    addRow: (values) => sheet.addRow([...values]).commit(),
    flush: async () => {
      while (!output.destroyed && output.writableNeedDrain) {
        await Promise.race([once(output, 'drain'), once(output, 'close')]);
      }
      return !output.destroyed;
    },
  };
  void (async () => {
    try {
      await produce(streamed);
      if (output.destroyed) return;
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      options.onError(error);
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return toWebStream(output);
}

/** A web stream that pulls from a Node stream only as fast as the reader reads (Readable.toWeb, typed). */
export function toWebStream(
  source: NodeJS.ReadableStream & { destroy(error?: Error): void },
): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value instanceof Uint8Array ? value : Buffer.from(String(value)));
    },
    cancel() {
      source.destroy();
    },
  });
}
