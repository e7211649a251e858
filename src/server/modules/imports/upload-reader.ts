import { parseCsv } from '../../../core/reports/import-table';
import { AppError } from '../../platform/errors';
import { readXlsxTable } from './xlsx-table';
import { looksLikeZip } from './zip-size';

export type UploadFormat = 'csv' | 'xlsx';

export interface UploadedTable {
  format: UploadFormat;
  /** Rows of cell texts, header first, as many as were read (at most the limit + 1). */
  rows: string[][];
}

const xlsxTypes = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
const csvTypes = new Set(['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', '']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Which reader a file needs: XLSX when its bytes are a ZIP archive or it says it is one,
 * CSV when it is named or typed as text. Old binary .xls, PDFs and the like are refused
 * with 415, before anything tries to read them.
 */
export function detectFormat(file: { name: string; type: string }, bytes: Uint8Array): UploadFormat {
  const ext = extensionOf(file.name);
  const type = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (looksLikeZip(bytes) || ext === 'xlsx' || xlsxTypes.has(type)) return 'xlsx';
  if (ext === 'csv' || ext === 'txt' || (ext === '' && csvTypes.has(type))) return 'csv';
  throw new AppError('unsupported_media_type', { accepted: '.csv, .xlsx' });
}

/**
 * CSV text in the encodings Swedish spreadsheets write: UTF-8 (with or without BOM),
 * UTF-16 with BOM ("Unicode text"), and Windows-1252, which Excel's plain "CSV" still uses
 * on Swedish Windows. Binary content is refused rather than read as garbage.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) throw new AppError('import_unreadable', { format: 'CSV', reason: 'binary' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads an uploaded CSV or XLSX file into rows of cell texts, at most `maxRows` + 1 rows. */
export async function readUpload(
  file: { name: string; type: string; bytes: Uint8Array },
  maxRows: number,
): Promise<UploadedTable> {
  const format = detectFormat(file, file.bytes);
  if (format === 'xlsx') return { format, rows: await readXlsxTable(file.bytes, maxRows + 1) };
  const parsed = parseCsv(decodeCsv(file.bytes));
  if (parsed.errors.some((e) => e.code === 'MissingQuotes')) {
    throw new AppError('import_unreadable', {
      format: 'CSV',
      reason: 'unclosed_quote',
      row: parsed.errors[0]?.row,
    });
  }
  return { format, rows: parsed.rows.slice(0, maxRows + 1) };
}
