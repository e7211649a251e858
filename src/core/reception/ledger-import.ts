/**
 * Reads an anvisningar table (CSV or XLSX, already split into cells) into assignments, with
 * every problem named by row and column. Pure: duplicates against stored rows are the
 * server's to check.
 */
import { DateTime } from 'luxon';
import { type AssignmentFields, type AssignmentStatus, assignmentProblems, type TargetGroup } from './ledger';

export type LedgerColumn =
  | 'householdRef'
  | 'householdSize'
  | 'adults'
  | 'children'
  | 'targetGroup'
  | 'assignedOn'
  | 'plannedReceptionOn'
  | 'receivedOn'
  | 'status';

/** Header spellings people use, lower-case without diacritics or punctuation. */
const headerAliases: Record<string, LedgerColumn> = {
  hushallsreferens: 'householdRef',
  referens: 'householdRef',
  householdref: 'householdRef',
  householdreference: 'householdRef',
  reference: 'householdRef',
  storlek: 'householdSize',
  hushallsstorlek: 'householdSize',
  antalpersoner: 'householdSize',
  personer: 'householdSize',
  householdsize: 'householdSize',
  size: 'householdSize',
  vuxna: 'adults',
  adults: 'adults',
  barn: 'children',
  children: 'children',
  malgrupp: 'targetGroup',
  targetgroup: 'targetGroup',
  anvisningsdatum: 'assignedOn',
  anvisad: 'assignedOn',
  assignedon: 'assignedOn',
  planeratmottagande: 'plannedReceptionOn',
  planeratmottagandedatum: 'plannedReceptionOn',
  plannedreceptionon: 'plannedReceptionOn',
  mottagen: 'receivedOn',
  mottagningsdatum: 'receivedOn',
  faktisktmottagande: 'receivedOn',
  receivedon: 'receivedOn',
  status: 'status',
};

export const ledgerImportHeaders: readonly string[] = [
  'hushållsreferens',
  'storlek',
  'vuxna',
  'barn',
  'målgrupp',
  'anvisningsdatum',
  'planerat mottagande',
  'mottagen',
  'status',
];

function fold(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const targetGroupAliases: Record<string, TargetGroup> = {
  kvotflykting: 'kvotflykting',
  kvot: 'kvotflykting',
  anlaggningsboende: 'anlaggningsboende',
  abo: 'anlaggningsboende',
  skyddsbehovandelma: 'skyddsbehovande_lma',
  skyddsbehovande: 'skyddsbehovande_lma',
  lma: 'skyddsbehovande_lma',
};

const statusAliases: Record<string, AssignmentStatus> = {
  anvisad: 'assigned',
  assigned: 'assigned',
  mottagen: 'received',
  received: 'received',
  avbruten: 'cancelled',
  makulerad: 'cancelled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
};

export interface LedgerImportError {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  column: LedgerColumn | '';
  /** As written in the file's header, to show the person. */
  header: string;
  code: string;
  value: string | null;
}

export interface LedgerImportRow {
  row: number;
  fields: AssignmentFields & { targetGroup: TargetGroup };
}

/** A date as Swedish spreadsheets write it: 2026-03-14, 2026/03/14 or 20260314. */
function parseDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:T00:00:00(?:\.000)?Z?)?$/.exec(t);
  if (!m) return null;
  const d = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return d.isValid ? d.toISODate() : null;
}

function parseCount(text: string): number | null {
  const t = text.trim();
  return /^\d{1,2}$/.test(t) ? Number(t) : null;
}

const required: readonly LedgerColumn[] = [
  'householdRef',
  'householdSize',
  'adults',
  'children',
  'targetGroup',
  'assignedOn',
];

export function mapLedgerTable(
  table: readonly (readonly string[])[],
  today: string,
): { rows: LedgerImportRow[]; errors: LedgerImportError[]; dataRows: number } {
  const header = table[0] ?? [];
  const errors: LedgerImportError[] = [];
  const columns = new Map<LedgerColumn, number>();
  header.forEach((h, i) => {
    if (h.trim() === '') return;
    const col = headerAliases[fold(h)];
    if (!col) errors.push({ row: 1, column: '', header: h, code: 'unknown_column', value: h });
    else if (columns.has(col))
      errors.push({ row: 1, column: col, header: h, code: 'duplicate_column', value: h });
    else columns.set(col, i);
  });
  for (const col of required) {
    if (!columns.has(col))
      errors.push({ row: 1, column: col, header: col, code: 'missing_column', value: null });
  }
  if (errors.length > 0) return { rows: [], errors, dataRows: Math.max(0, table.length - 1) };

  const rows: LedgerImportRow[] = [];
  const seen = new Map<string, number>();
  let dataRows = 0;
  table.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    dataRows += 1;
    const cell = (col: LedgerColumn) => {
      const i = columns.get(col);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const fail = (col: LedgerColumn, code: string) =>
      errors.push({
        row,
        column: col,
        header: header[columns.get(col) ?? -1] ?? col,
        code,
        value: cell(col),
      });
    const before = errors.length;
    const counts = { householdSize: 0, adults: 0, children: 0 };
    for (const col of ['householdSize', 'adults', 'children'] as const) {
      const n = parseCount(cell(col));
      if (n === null) fail(col, cell(col) === '' ? 'required' : 'not_integer');
      else counts[col] = n;
    }
    const group = targetGroupAliases[fold(cell('targetGroup'))];
    if (!group) fail('targetGroup', cell('targetGroup') === '' ? 'required' : 'unknown_target_group');
    const dates: Record<'assignedOn' | 'plannedReceptionOn' | 'receivedOn', string | null> = {
      assignedOn: null,
      plannedReceptionOn: null,
      receivedOn: null,
    };
    for (const col of ['assignedOn', 'plannedReceptionOn', 'receivedOn'] as const) {
      const text = cell(col);
      if (text === '') {
        if (col === 'assignedOn') fail(col, 'required');
        continue;
      }
      const d = parseDate(text);
      if (!d) fail(col, 'invalid_date');
      else dates[col] = d;
    }
    let status: AssignmentStatus = dates.receivedOn ? 'received' : 'assigned';
    if (cell('status') !== '') {
      const s = statusAliases[fold(cell('status'))];
      if (!s) fail('status', 'invalid_value');
      else status = s;
    }
    const ref = cell('householdRef');
    if (ref === '') fail('householdRef', 'required');
    if (errors.length > before || !group || !dates.assignedOn) return;
    const fields = {
      householdRef: ref,
      ...counts,
      targetGroup: group,
      status,
      ...dates,
      assignedOn: dates.assignedOn,
    };
    for (const p of assignmentProblems(fields, today)) {
      const col = p.path as LedgerColumn;
      fail(columns.has(col) ? col : 'householdRef', p.code);
    }
    const key = `${dates.assignedOn.slice(0, 4)}:${ref}`;
    if (seen.has(key)) fail('householdRef', 'duplicate_reference');
    seen.set(key, row);
    if (errors.length === before) rows.push({ row, fields });
  });
  return { rows, errors, dataRows };
}
