/** POST /api/rounds/:roundId/imports — see ImportResult in the OpenAPI document. */
export interface ImportErrorItem {
  row: number;
  column: string;
  columnLetter: string | null;
  code: string;
  message: string;
  value: string | null;
}

export interface ImportOrganisation {
  row: number;
  orgId: string;
  code: string | null;
  name: string;
  action: 'create' | 'update';
}

export interface ImportResult {
  mode: 'dry_run' | 'commit';
  format: 'csv' | 'xlsx';
  rows: number;
  skipped: number;
  organisations: ImportOrganisation[];
  errors: ImportErrorItem[];
  wouldCreate: number;
  wouldUpdate: number;
  imported: number;
}

/** GET /api/rounds/:roundId — the parts this page shows. */
export interface ImportRound {
  round: {
    id: string;
    networkId: string;
    templateName: string;
    kind: 'weekly' | 'extra';
    isoYear: number;
    isoWeek: number;
    title: string;
    deadlineAt: string;
    state: 'upcoming' | 'open' | 'closed';
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The error list a refused commit (422 import_invalid) carries in its details. */
export function errorsOfDetails(details: Record<string, unknown>): ImportErrorItem[] {
  const list = details.errors;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((e) => ({
    row: typeof e.row === 'number' ? e.row : 0,
    column: typeof e.column === 'string' ? e.column : '',
    columnLetter: typeof e.columnLetter === 'string' ? e.columnLetter : null,
    code: typeof e.code === 'string' ? e.code : '',
    message: typeof e.message === 'string' ? e.message : '',
    value: typeof e.value === 'string' ? e.value : null,
  }));
}
