import Papa from 'papaparse';
import type { Answers, AreaAnswer, ImpactCriteria } from './answers';
import { columnLetter, parseCriterionCell, parseImpactCell, parseNumberCell } from './import-cells';
import { type ImportColumn, parseImportHeader } from './import-header';
import type { TemplateDefinition } from './template-definition';
import { normalizeAnswers, type ValidationMode, validateAnswers } from './validate-answers';

export { buildImportTemplateHeader } from './import-header';

/** Organisation ids by kommunkod and by name, as the caller's registry has them. */
export interface OrganisationLookup {
  byCode: ReadonlyMap<string, string>;
  byName: ReadonlyMap<string, string>;
}

export interface ImportRow {
  /** 1-based spreadsheet row (the header is row 1). */
  rowNumber: number;
  orgId: string;
  answers: Answers;
}

/**
 * One problem in the file. `column` is the header name (for a missing column: the name it
 * should have); `columnLetter` is the spreadsheet letter, null when the column is absent.
 * `code` is an i18n key (field codes as in `validateAnswers`, plus the import codes).
 */
export interface ImportError {
  row: number;
  column: string;
  columnLetter: string | null;
  code: string;
  params?: Record<string, number | string>;
}

export interface ImportResult {
  rows: ImportRow[];
  errors: ImportError[];
}

export interface ImportOptions {
  /** 'submit' (default) requires complete answers; 'draft' only checks values. */
  mode?: ValidationMode;
  /** Answers to start from per organisation (e.g. its previous report): columns absent from the file keep them. */
  base?: ReadonlyMap<string, Answers>;
}

export function normalizeOrganisationName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/**
 * Finds the organisation of a row. A kommunkod that lost its leading zero in a spreadsheet
 * ("180" for Stockholm's "0180") is padded back to four digits.
 */
function resolveOrganisation(value: string, codes: OrganisationLookup['byCode'], names: Map<string, string>) {
  const text = value.trim();
  if (/^\d{1,4}$/.test(text)) return codes.get(text.padStart(4, '0')) ?? codes.get(text);
  const name = normalizeOrganisationName(text);
  return names.get(name) ?? names.get(name.replace(/ kommun$/, ''));
}

interface CellError {
  index: number;
  path: string;
  code: string;
  params?: Record<string, number | string>;
}

function emptyArea(): AreaAnswer {
  return { impact: null, criteria: null, comment: '' };
}

/** Reads one data row over `base`; the file decides every answer it has a column for. */
function readRow(columns: readonly ImportColumn[], cells: readonly string[], base: Answers | undefined) {
  const answers: Answers = base ? structuredClone(base) : { areas: {}, figures: {}, texts: {} };
  const errors: CellError[] = [];
  const criteria = new Map<string, { values: Partial<ImpactCriteria>; blank: number[]; invalid: boolean }>();
  const area = (key: string): AreaAnswer => {
    const existing = answers.areas[key] ?? emptyArea();
    answers.areas[key] = existing;
    return existing;
  };
  // A file that gives the level of an area in any way gives it entirely: stale criteria
  // from `base` must not override a level read from the file.
  for (const column of columns) {
    if (column.kind === 'impact' || column.kind === 'criteria')
      Object.assign(area(column.area.key), { impact: null, criteria: null });
  }
  columns.forEach((column, index) => {
    const cell = cells[index] ?? '';
    if (column.kind === 'impact') {
      const parsed = parseImpactCell(cell);
      if (parsed.ok) area(column.area.key).impact = parsed.value;
      else errors.push({ index, path: `areas.${column.area.key}.impact`, code: 'invalid_value' });
    } else if (column.kind === 'criteria') {
      const entry = criteria.get(column.area.key) ?? { values: {}, blank: [], invalid: false };
      criteria.set(column.area.key, entry);
      const parsed = parseCriterionCell(column.criterion, cell);
      const path = `areas.${column.area.key}.criteria.${column.criterion}`;
      if (!parsed.ok) {
        entry.invalid = true;
        errors.push({ index, path, code: 'invalid_value' });
      } else if (parsed.value === null) entry.blank.push(index);
      else Object.assign(entry.values, { [column.criterion]: parsed.value });
    } else if (column.kind === 'comment') {
      area(column.area.key).comment = cell.trim();
    } else if (column.kind === 'figure') {
      const parsed = parseNumberCell(cell, { allowPercentSign: column.figure.type === 'percent' });
      answers.figures[column.figure.key] = parsed.ok ? parsed.value : null;
      if (!parsed.ok) errors.push({ index, path: `figures.${column.figure.key}`, code: 'not_a_number' });
    } else if (column.kind === 'text') {
      answers.texts[column.key] = cell.trim();
    }
  });
  for (const [areaKey, entry] of criteria) {
    const { a, b, c } = entry.values;
    if (a && b && c) area(areaKey).criteria = { a, b, c };
    else if (!entry.invalid && (a || b || c)) {
      // Some criteria given, others left blank: ask for the rest rather than guess them.
      for (const index of entry.blank)
        errors.push({ index, path: `areas.${areaKey}.criteria`, code: 'required' });
    }
  }
  return { answers, errors };
}

/** Validation errors and cell errors about the same answer are one problem, reported once. */
function problemOf(path: string): string {
  const level = /^areas\.([^.]+)\.(impact|criteria)/.exec(path);
  return level ? `level:${level[1]}` : path;
}

function columnNameOf(path: string, present: ReadonlyMap<string, number>): string {
  const [kind = '', key = '', sub, criterion] = path.split('.');
  if (kind === 'figures') return `figure:${key}`;
  if (kind === 'texts') return `text:${key}`;
  if (sub === 'comment') return `comment:${key}`;
  if (sub === 'criteria' && criterion) return `criteria_${criterion}:${key}`;
  const impact = `impact:${key}`;
  const criteriaA = `criteria_a:${key}`;
  if (sub === 'criteria') return present.has(criteriaA) || !present.has(impact) ? criteriaA : impact;
  return present.has(impact) || !present.has(criteriaA) ? impact : criteriaA;
}

/**
 * Maps a parsed table (first row headers) to answers per organisation, and lists every
 * problem with its spreadsheet row and column. Blank rows are skipped. Rows are returned
 * even when they have errors, so a preview can show them; save nothing unless `errors` is
 * empty. Import codes: missing_organisation_column, unknown_column, duplicate_column,
 * column_not_allowed, incomplete_criteria, unknown_organisation, duplicate_organisation,
 * not_a_number; plus the field codes of `validateAnswers`.
 */
export function mapImportTable(
  table: readonly (readonly string[])[],
  def: TemplateDefinition,
  organisations: OrganisationLookup,
  options: ImportOptions = {},
): ImportResult {
  const [header = [], ...body] = table;
  const { columns, errors: headerErrors } = parseImportHeader(def, header);
  const errors: ImportError[] = headerErrors.map((e) => ({ row: 1, ...e }));
  const orgColumn = columns[0];
  if (orgColumn?.kind !== 'organisation') return { rows: [], errors };
  const present = new Map(columns.map((c, i) => [c.name, i]));
  const names = new Map([...organisations.byName].map(([name, id]) => [normalizeOrganisationName(name), id]));
  const firstRowOf = new Map<string, number>();
  const strayReported = new Set<number>();
  const rows: ImportRow[] = [];

  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    cells.forEach((cell, index) => {
      const column = columns[index];
      const unlabelled = column === undefined || (column.kind === 'ignored' && column.name === '');
      if (unlabelled && cell.trim() !== '' && !strayReported.has(index)) {
        strayReported.add(index);
        errors.push({ row, column: '', columnLetter: columnLetter(index), code: 'unknown_column' });
      }
    });
    const at = { row, column: orgColumn.name, columnLetter: 'A' };
    const orgCell = cells[0]?.trim() ?? '';
    const orgId = orgCell === '' ? undefined : resolveOrganisation(orgCell, organisations.byCode, names);
    if (orgId === undefined) {
      if (orgCell === '') errors.push({ ...at, code: 'required' });
      else errors.push({ ...at, code: 'unknown_organisation', params: { value: orgCell } });
      return;
    }
    const firstRow = firstRowOf.get(orgId);
    if (firstRow !== undefined) {
      errors.push({ ...at, code: 'duplicate_organisation', params: { firstRow } });
      return;
    }
    firstRowOf.set(orgId, row);
    const read = readRow(columns, cells, options.base?.get(orgId));
    const answers = normalizeAnswers(def, read.answers);
    const seen = new Set(read.errors.map((e) => problemOf(e.path)));
    const rowErrors = read.errors.map((e) => ({ ...e, name: columns[e.index]?.name ?? '' }));
    for (const e of validateAnswers(def, answers, options.mode ?? 'submit')) {
      if (seen.has(problemOf(e.path))) continue;
      const name = columnNameOf(e.path, present);
      rowErrors.push({ index: present.get(name) ?? -1, path: e.path, code: e.code, params: e.params, name });
    }
    for (const e of rowErrors) {
      const letter = e.index >= 0 ? columnLetter(e.index) : null;
      errors.push({
        row,
        column: e.name,
        columnLetter: letter,
        code: e.code,
        ...(e.params && { params: e.params }),
      });
    }
    rows.push({ rowNumber: row, orgId, answers });
  });
  return { rows, errors };
}

export interface CsvParseError {
  /** 1-based row of the file, as a spreadsheet would number it. */
  row: number;
  code: string;
  message: string;
}

/**
 * Splits CSV text into cells. The delimiter is read from the header line — semicolon (what
 * Swedish Excel writes, since the comma is the decimal sign), comma or tab — because data
 * rows with decimal commas would mislead a guess over the whole file. A UTF-8 BOM is
 * dropped. Empty lines are kept so row numbers match the file.
 */
export function parseCsv(text: string): { rows: string[][]; delimiter: string; errors: CsvParseError[] } {
  const content = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(content);
  const result = Papa.parse<string[]>(content, { delimiter, header: false, skipEmptyLines: false });
  // Papaparse returns one empty row for the newline that ends the last line.
  const rows = result.data.filter((r, i) => !(i === result.data.length - 1 && r.length === 1 && r[0] === ''));
  const errors = result.errors.map((e) => ({ row: (e.row ?? 0) + 1, code: e.code, message: e.message }));
  return { rows, delimiter, errors };
}

function detectDelimiter(content: string): string {
  const firstLine = content.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}
