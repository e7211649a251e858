/**
 * A small CSV writer. The default dialect is what Swedish Excel opens by double-click
 * without an import wizard: semicolon separator, decimal comma, CRLF line ends and a UTF-8
 * byte order mark (without it Excel reads the file as Windows-1252 and breaks å, ä, ö).
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvDialect {
  separator: string;
  decimalSeparator: string;
  lineEnd: string;
  bom: boolean;
  /** How booleans are written, e.g. Ja/Nej. */
  booleans: { true: string; false: string };
}

export const swedishExcel: CsvDialect = {
  separator: ';',
  decimalSeparator: ',',
  lineEnd: '\r\n',
  bom: true,
  booleans: { true: 'Ja', false: 'Nej' },
};

const BOM = '\uFEFF';
/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

function formatNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  // Plain digits, no thousands separator: Excel parses "1234,5" as a number, "1 234,5" as text.
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return dialect.decimalSeparator === '.' ? text : text.replace('.', dialect.decimalSeparator);
}

function quote(text: string, dialect: CsvDialect): string {
  const needsQuotes =
    text.includes(dialect.separator) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One field: numbers with the dialect's decimal separator, text quoted when needed. */
export function csvField(cell: CsvCell, dialect: CsvDialect = swedishExcel): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell, dialect);
  if (typeof cell === 'boolean') return quote(cell ? dialect.booleans.true : dialect.booleans.false, dialect);
  // Free text from other organisations must not run as a formula in the reader's Excel.
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return quote(text, dialect);
}

/** One record with its line end. */
export function csvLine(cells: readonly CsvCell[], dialect: CsvDialect = swedishExcel): string {
  return cells.map((cell) => csvField(cell, dialect)).join(dialect.separator) + dialect.lineEnd;
}

/** A whole file: the byte order mark (when the dialect wants it) and every record. */
export function toCsv(rows: Iterable<readonly CsvCell[]>, dialect: CsvDialect = swedishExcel): string {
  let out = dialect.bom ? BOM : '';
  for (const row of rows) out += csvLine(row, dialect);
  return out;
}
