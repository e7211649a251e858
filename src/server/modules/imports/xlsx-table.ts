import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { declaredUncompressedSize } from './zip-size';

/** More than any workbook of a few thousand report rows unpacks to. */
const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

function unreadable(reason: string): AppError {
  return new AppError('import_unreadable', { format: 'XLSX', reason });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Percent-formatted cells hold fractions (0.125 shows as 12,5 %); people mean the number they see. */
function numberText(value: number, numFmt: string | undefined): string {
  if (numFmt?.includes('%')) return String(Number((value * 100).toPrecision(12)));
  return String(value);
}

function dateText(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * A cell as the text the import reads: what the cell shows rather than how it is stored.
 * Formulas give their cached result, rich text and links their text, errors (#N/A) their
 * code so the row gets a precise error instead of an empty value.
 */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (!isRecord(value)) return '';
  if ('result' in value || 'formula' in value || 'sharedFormula' in value)
    return cellText(value.result, numFmt);
  if (Array.isArray(value.richText)) {
    return value.richText.map((part: unknown) => (isRecord(part) ? String(part.text ?? '') : '')).join('');
  }
  if ('text' in value) return cellText(value.text, numFmt);
  if (typeof value.error === 'string') return value.error;
  return '';
}

/**
 * The first worksheet of an XLSX file as rows of cell texts, at most `maxRows` rows.
 * Anything that is not a readable workbook is 422 `import_unreadable`, never a crash.
 */
export async function readXlsxTable(bytes: Uint8Array, maxRows: number): Promise<string[][]> {
  const size = declaredUncompressedSize(bytes);
  if (size === null) throw unreadable('not_a_workbook');
  if (size > MAX_UNCOMPRESSED_BYTES) throw unreadable('too_large_unpacked');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; JSZip underneath reads one as well as a Buffer.
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  } catch {
    throw unreadable('not_a_workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('no_worksheet');
  const rows: string[][] = [];
  const last = Math.min(sheet.rowCount, maxRows);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    while (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
    rows.push(cells);
  }
  return rows;
}
