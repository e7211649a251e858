import type { ImpactCriteria } from './answers';
import { columnLetter } from './import-cells';
import {
  type AreaDefinition,
  type FigureDefinition,
  listFigures,
  type TemplateDefinition,
} from './template-definition';

/**
 * The header row of an import file. The first column names the organisation
 * (`kommunkod` or `organisation`); every other column is one answer, named by its answer
 * key: `impact:<area>`, `criteria_a:<area>` (…b, …c), `comment:<area>`, `figure:<key>`,
 * `text:<key>`. Keys, not labels, so a column means the same across template versions and
 * languages.
 */

export type ImportColumn =
  | { kind: 'organisation'; name: string }
  | { kind: 'impact'; name: string; area: AreaDefinition }
  | { kind: 'criteria'; name: string; area: AreaDefinition; criterion: keyof ImpactCriteria }
  | { kind: 'comment'; name: string; area: AreaDefinition }
  | { kind: 'figure'; name: string; figure: FigureDefinition }
  | { kind: 'text'; name: string; key: string }
  | { kind: 'ignored'; name: string };

export const ORGANISATION_HEADERS = ['kommunkod', 'organisation'] as const;

export interface HeaderError {
  column: string;
  columnLetter: string;
  code: string;
  params?: Record<string, number | string>;
}

const criterionPrefixes = { criteria_a: 'a', criteria_b: 'b', criteria_c: 'c' } as const;

function isCriterionPrefix(prefix: string): prefix is keyof typeof criterionPrefixes {
  return Object.hasOwn(criterionPrefixes, prefix);
}

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

function resolveColumn(def: TemplateDefinition, name: string): ImportColumn | { error: string } {
  const [prefix = '', key = ''] = name.split(':', 2);
  const area = def.areas.find((a) => a.key === key);
  if (prefix === 'impact' && area) {
    return area.impactMode === 'criteria' ? { error: 'column_not_allowed' } : { kind: 'impact', name, area };
  }
  if (isCriterionPrefix(prefix) && area) {
    if (area.impactMode === 'direct') return { error: 'column_not_allowed' };
    return { kind: 'criteria', name, area, criterion: criterionPrefixes[prefix] };
  }
  if (prefix === 'comment' && area) return { kind: 'comment', name, area };
  const figure = prefix === 'figure' ? listFigures(def).find((f) => f.key === key) : undefined;
  if (figure) return { kind: 'figure', name, figure };
  if (prefix === 'text' && def.texts.some((t) => t.key === key)) return { kind: 'text', name, key };
  return { error: 'unknown_column' };
}

/**
 * Reads the header row. Columns that cannot be used become `ignored` with an error, so the
 * positions of the remaining columns stay right. An empty header is ignored without error
 * (spreadsheets often carry empty trailing columns); data under it is reported per row.
 */
export function parseImportHeader(
  def: TemplateDefinition,
  header: readonly string[],
): { columns: ImportColumn[]; errors: HeaderError[] } {
  const errors: HeaderError[] = [];
  const seen = new Set<string>();
  const columns = header.map((raw, index): ImportColumn => {
    const name = normalizeHeader(raw);
    const at = { column: name, columnLetter: columnLetter(index) };
    if (index === 0) {
      if (name === 'kommunkod' || name === 'organisation') return { kind: 'organisation', name };
      errors.push({
        ...at,
        code: 'missing_organisation_column',
        params: { expected: ORGANISATION_HEADERS.join(', ') },
      });
      return { kind: 'ignored', name };
    }
    if (name === '') return { kind: 'ignored', name };
    if (seen.has(name)) {
      errors.push({ ...at, code: 'duplicate_column' });
      return { kind: 'ignored', name };
    }
    seen.add(name);
    const column = resolveColumn(def, name);
    if ('error' in column) {
      errors.push({ ...at, code: column.error });
      return { kind: 'ignored', name };
    }
    return column;
  });
  errors.push(...incompleteCriteria(columns));
  return { columns, errors };
}

/** Criteria only make a level together, so a file gives all three columns of an area or none. */
function incompleteCriteria(columns: ImportColumn[]): HeaderError[] {
  const byArea = new Map<string, number[]>();
  columns.forEach((c, index) => {
    if (c.kind === 'criteria') byArea.set(c.area.key, [...(byArea.get(c.area.key) ?? []), index]);
  });
  const errors: HeaderError[] = [];
  for (const [area, indexes] of byArea) {
    if (indexes.length === 3) continue;
    for (const index of indexes) {
      const column = columns[index]?.name ?? '';
      errors.push({
        column,
        columnLetter: columnLetter(index),
        code: 'incomplete_criteria',
        params: { area },
      });
    }
  }
  return errors;
}

/**
 * The header row of an empty import file for a template version. Areas whose level comes
 * from criteria get the three criteria columns; areas that take either get the level
 * column, and the criteria columns too when `withCriteria` is set.
 */
export function buildImportTemplateHeader(
  def: TemplateDefinition,
  options: { withCriteria?: boolean; organisationColumn?: (typeof ORGANISATION_HEADERS)[number] } = {},
): string[] {
  const header: string[] = [options.organisationColumn ?? 'kommunkod'];
  for (const area of def.areas) {
    if (area.impactMode !== 'criteria') header.push(`impact:${area.key}`);
    if (area.impactMode === 'criteria' || (area.impactMode === 'either' && options.withCriteria)) {
      header.push(`criteria_a:${area.key}`, `criteria_b:${area.key}`, `criteria_c:${area.key}`);
    }
    header.push(`comment:${area.key}`, ...area.figures.map((f) => `figure:${f.key}`));
  }
  header.push(...def.figures.map((f) => `figure:${f.key}`), ...def.texts.map((t) => `text:${t.key}`));
  return header;
}
