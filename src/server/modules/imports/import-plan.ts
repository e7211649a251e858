import type { Answers } from '../../../core/reports/answers';
import { normalizeHeader } from '../../../core/reports/import-header';
import { type ImportError, type ImportRow, mapImportTable } from '../../../core/reports/import-table';
import { roundState } from '../../../core/reports/round-state';
import type { Ctx } from '../../platform/context';
import { nowOf } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { type LoadedRound, loadRound } from '../rounds/rounds.service';
import { columnIndex } from './import-messages';
import { type ImportScope, importScope } from './imports.policy';
import * as repo from './imports.repository';
import { readUpload, type UploadFormat } from './upload-reader';

/** More rows than any network has reporting members; a bigger file is a mistake. */
export const MAX_IMPORT_ROWS = 2000;

/** Columns for people, not for the import: the template's organisation name column. */
const INFORMATIONAL_HEADERS = new Set(['namn', 'name', 'organisationsnamn']);

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface PlannedRow extends ImportRow {
  code: string | null;
  name: string;
  /** 'create' for a first submission, 'update' for a revision of a submitted report. */
  action: 'create' | 'update';
}

export interface ImportPlan {
  loaded: LoadedRound;
  scope: NonNullable<ImportScope>;
  format: UploadFormat;
  table: string[][];
  dataRows: number;
  /** Rows with only the organisation filled in, left out. */
  skipped: number;
  rows: PlannedRow[];
  errors: ImportError[];
}

function blankInformationalColumns(table: string[][]): string[][] {
  const header = table[0] ?? [];
  const info = header.flatMap((h, i) => (i > 0 && INFORMATIONAL_HEADERS.has(normalizeHeader(h)) ? [i] : []));
  if (info.length === 0) return table;
  return table.map((cells) => cells.map((cell, i) => (info.includes(i) ? '' : cell)));
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * A template row left as it came, with nothing but the organisation, is not a report:
 * the template lists every member and not every member is imported at once. Such rows
 * are blanked (keeping the row numbers) so the mapping skips them; returns how many.
 */
function blankUnfilledRows(table: string[][]): { table: string[][]; skipped: number } {
  let skipped = 0;
  const out = table.map((cells, i) => {
    if (i === 0 || isBlank(cells) || !isBlank(cells.slice(1))) return cells;
    skipped++;
    return cells.map(() => '');
  });
  return { table: out, skipped };
}

function lookupOf(all: repo.OrganisationEntry[]) {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const org of all) {
    if (org.code) byCode.set(org.code, org.id);
    // Agencies carry letter codes (MSB, SKR): the core reads non-digit cells as names.
    if (org.code && !/^\d+$/.test(org.code)) byName.set(org.code, org.id);
    byName.set(org.shortName, org.id);
    byName.set(org.name, org.id);
    // "Öckerö" for "Öckerö kommun": people write the place, the registry the full name.
    byName.set(org.name.replace(/ (kommun|stad)$/i, ''), org.id);
  }
  return { byCode, byName };
}

function rowError(row: ImportRow, code: string, column: string): ImportError {
  return { row: row.rowNumber, column, columnLetter: 'A', code };
}

/**
 * Reads the file and maps it onto the round's template version, as the actor may import
 * it: every problem with its row and column, and the reports the rows would become.
 * Writes nothing. 404 for a round outside the actor's networks, 403 for a member who may
 * not import, 422 `round_closed` before the round opens.
 */
export async function planImport(ctx: Ctx, roundId: string, file: UploadedFile): Promise<ImportPlan> {
  const loaded = await loadRound(ctx, roundId);
  const scope = importScope(ctx.actor, loaded.access);
  if (!scope) throw new AppError('forbidden', { reason: 'import' });
  if (roundState(loaded.round, nowOf(ctx)) === 'upcoming') {
    throw new AppError('round_closed', { reason: 'not_open', opensAt: loaded.round.opensAt.toISOString() });
  }
  const upload = await readUpload(file, MAX_IMPORT_ROWS + 1);
  const { table, skipped } = blankUnfilledRows(blankInformationalColumns(upload.rows));
  const base = { loaded, scope, format: upload.format, table, skipped };
  if (table.length === 0 || table.every(isBlank)) {
    const code = skipped > 0 ? 'no_rows' : 'empty_file';
    return {
      ...base,
      dataRows: 0,
      rows: [],
      errors: [{ row: skipped > 0 ? 2 : 1, column: '', columnLetter: null, code }],
    };
  }
  const tooMany = table.length > MAX_IMPORT_ROWS + 1;
  const body = tooMany ? table.slice(0, MAX_IMPORT_ROWS + 1) : table;
  const dataRows = body.slice(1).filter((r) => !isBlank(r)).length;

  const members = await repo.listReportingMembers(ctx.db, loaded.round.networkId);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const existing = await repo.findRoundReports(ctx.db, roundId, [...memberById.keys()]);
  const existingByOrg = new Map(existing.map((r) => [r.orgId, r]));
  const bases = new Map<string, Answers>(existing.map((r) => [r.orgId, r.draftAnswers ?? r.answers]));
  const mapped = mapImportTable(body, loaded.definition, lookupOf(await repo.listOrganisations(ctx.db)), {
    mode: 'submit',
    base: bases,
  });

  const errors = [...mapped.errors];
  const rows: PlannedRow[] = [];
  const orgColumn = normalizeHeader(body[0]?.[0] ?? '');
  const closed = roundState(loaded.round, nowOf(ctx)) === 'closed';
  for (const row of mapped.rows) {
    const member = memberById.get(row.orgId);
    const report = existingByOrg.get(row.orgId);
    if (scope.kind === 'own' && row.orgId !== scope.orgId) {
      errors.push(rowError(row, 'other_organisation', orgColumn));
    } else if (!member) {
      errors.push(rowError(row, 'not_reporting_member', orgColumn));
    } else if (closed && report?.status === 'submitted') {
      errors.push(rowError(row, 'report_final', orgColumn));
    } else {
      const action = report?.status === 'submitted' ? 'update' : 'create';
      rows.push({ ...row, code: member.code, name: member.name, action });
    }
  }
  if (tooMany) {
    errors.push({
      row: MAX_IMPORT_ROWS + 2,
      column: '',
      columnLetter: null,
      code: 'too_many_rows',
      params: { max: MAX_IMPORT_ROWS },
    });
  }
  if (dataRows === 0 && errors.length === 0) {
    errors.push({ row: 2, column: '', columnLetter: null, code: 'no_rows' });
  }
  const at = (e: ImportError) => (e.columnLetter ? columnIndex(e.columnLetter) : -1);
  errors.sort((a, b) => a.row - b.row || at(a) - at(b));
  return { ...base, dataRows, rows, errors };
}
