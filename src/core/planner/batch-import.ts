/**
 * Reads a household batch for the planner from a table (CSV or XLSX, already split into
 * cells): one household per row, every problem named by row and column, so a whole file
 * can be corrected at once. Pure: whether municipalities exist is the planner's to explain.
 */
import type { PlannerHousehold } from './types';

type Column =
  | 'id'
  | 'persons'
  | 'adults'
  | 'children'
  | 'currentMunicipality'
  | 'familyMunicipality'
  | 'needsLarge'
  | 'needsAccessible';

/** Header spellings, lower-case without diacritics, spaces or punctuation. */
const aliases: Record<string, Column> = {
  hushallsreferens: 'id',
  referens: 'id',
  id: 'id',
  householdref: 'id',
  reference: 'id',
  personer: 'persons',
  antalpersoner: 'persons',
  storlek: 'persons',
  persons: 'persons',
  vuxna: 'adults',
  adults: 'adults',
  barn: 'children',
  children: 'children',
  nuvarandekommun: 'currentMunicipality',
  borikommun: 'currentMunicipality',
  currentmunicipality: 'currentMunicipality',
  familjebandkommun: 'familyMunicipality',
  familjeband: 'familyMunicipality',
  familymunicipality: 'familyMunicipality',
  storbostad: 'needsLarge',
  needslarge: 'needsLarge',
  tillganglig: 'needsAccessible',
  tillgangligbostad: 'needsAccessible',
  needsaccessible: 'needsAccessible',
};

/** The headers of the template, in order; `arbetsmarknad <kommunkod>` columns may follow. */
export const batchHeaders = [
  'hushållsreferens',
  'personer',
  'vuxna',
  'barn',
  'nuvarande kommun',
  'familjeband kommun',
  'stor bostad',
  'tillgänglig bostad',
] as const;

export interface BatchImportError {
  /** Row as the spreadsheet shows it (the header is row 1). */
  row: number;
  header: string;
  code: string;
  value: string | null;
}

const normalise = (h: string) =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const FIT = /^(arbetsmarknad|fit)(\d{4})$/;

export function mapBatchTable(rows: string[][]): {
  households: PlannerHousehold[];
  errors: BatchImportError[];
  dataRows: number;
} {
  const errors: BatchImportError[] = [];
  const header = rows[0] ?? [];
  const columns = new Map<Column, number>();
  const fitColumns: { code: string; index: number }[] = [];
  header.forEach((h, i) => {
    const key = normalise(h);
    if (!key) return;
    const fit = FIT.exec(key);
    if (fit?.[2]) fitColumns.push({ code: fit[2], index: i });
    else if (aliases[key] && !columns.has(aliases[key])) columns.set(aliases[key], i);
    else
      errors.push({
        row: 1,
        header: h,
        code: columns.has(aliases[key] as Column) ? 'duplicate_column' : 'unknown_column',
        value: h,
      });
  });
  for (const required of ['id', 'persons', 'adults', 'children'] as const) {
    if (!columns.has(required))
      errors.push({ row: 1, header: required, code: 'missing_column', value: null });
  }
  const body = rows.slice(1).map((cells, i) => ({ cells, row: i + 2 }));
  const data = body.filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (errors.length > 0) return { households: [], errors, dataRows: data.length };

  const households: PlannerHousehold[] = [];
  const seen = new Set<string>();
  for (const { cells, row } of data) {
    const cell = (c: Column) => (cells[columns.get(c) ?? -1] ?? '').trim();
    const fail = (c: Column | string, code: string, value: string | null) =>
      errors.push({ row, header: header[columns.get(c as Column) ?? -1] ?? c, code, value });
    const id = cell('id');
    if (!id) fail('id', 'required', null);
    else if (id.length > 64) fail('id', 'invalid_value', id);
    else if (seen.has(id)) fail('id', 'planner_duplicate_household', id);
    seen.add(id);
    const int = (c: Column, min: number) => {
      const text = cell(c);
      if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > 30) {
        fail(c, min > 0 ? 'not_positive_integer' : 'not_non_negative_integer', text || null);
        return null;
      }
      return Number(text);
    };
    const persons = int('persons', 1);
    const adults = int('adults', 0);
    const children = int('children', 0);
    if (persons !== null && adults !== null && children !== null && adults + children !== persons)
      fail('persons', 'size_not_adults_plus_children', String(persons));
    const code = (c: Column) => {
      const text = cell(c);
      if (text && !/^\d{4}$/.test(text)) fail(c, 'invalid_value', text);
      return text || null;
    };
    const flag = (c: Column) => {
      const text = normalise(cell(c));
      if (['', 'nej', 'no', 'false', '0'].includes(text)) return false;
      if (['ja', 'yes', 'true', '1', 'x'].includes(text)) return true;
      fail(c, 'invalid_value', cell(c));
      return false;
    };
    const household: PlannerHousehold = {
      id,
      persons: persons ?? 0,
      adults: adults ?? 0,
      children: children ?? 0,
      currentMunicipality: code('currentMunicipality'),
      familyMunicipality: code('familyMunicipality'),
      needsLarge: flag('needsLarge'),
      needsAccessible: flag('needsAccessible'),
    };
    const fit: Record<string, number> = {};
    for (const f of fitColumns) {
      const text = (cells[f.index] ?? '').trim().replace(',', '.');
      if (!text) continue;
      const score = Number(text);
      if (!Number.isFinite(score) || score < 0 || score > 1)
        errors.push({
          row,
          header: header[f.index] ?? f.code,
          code: 'planner_fit_out_of_range',
          value: text,
        });
      else fit[f.code] = score;
    }
    if (Object.keys(fit).length > 0) household.fit = fit;
    households.push(household);
  }
  return { households: errors.length > 0 ? [] : households, errors, dataRows: data.length };
}
