/**
 * The model's inputs from a CSV or XLSX file with one row per municipality (for example a
 * population table by kommunkod). Only the columns present are changed; an empty cell keeps
 * the stored value. A dry run lists every error by row and column and writes nothing; a
 * commit writes all rows in one transaction or, with any error, nothing (422).
 */
import { columnLetter, parseNumberCell } from '../../../core/reports/import-cells';
import { normalizeHeader } from '../../../core/reports/import-header';
import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { translator } from '../../platform/i18n';
import { authorize } from '../../platform/policy';
import { readUpload } from '../imports/upload-reader';
import { loadQuotaAccess } from './quotas.policy';
import * as repo from './quotas.repository';

const MAX_ROWS = 1000;

type Field = Exclude<keyof repo.InputRow, 'planId' | 'orgId'>;

/** Accepted headers (Swedish and English, normalised) for each input. */
const headers: Record<string, Field> = {
  befolkning: 'population',
  folkmangd: 'population',
  population: 'population',
  arbetsmarknad: 'labourMarket',
  labour_market: 'labourMarket',
  nyanlanda: 'newcomersReceived',
  newcomers_received: 'newcomersReceived',
  ensamkommande: 'minorsReceived',
  minors_received: 'minorsReceived',
  abo: 'asylumSeekersAbo',
  asylsokande_abo: 'asylumSeekersAbo',
  asylum_seekers_abo: 'asylumSeekersAbo',
  ebo: 'asylumSeekersEbo',
  asylsokande_ebo: 'asylumSeekersEbo',
  asylum_seekers_ebo: 'asylumSeekersEbo',
  tillfalligt_skydd: 'temporaryProtection',
  temporary_protection: 'temporaryProtection',
  bostad: 'housing',
  housing: 'housing',
};
const ignored = new Set(['namn', 'kommun', 'name', 'lan', 'lanskod', 'county_code']);
const integerFields = new Set<Field>([
  'population',
  'newcomersReceived',
  'minorsReceived',
  'asylumSeekersAbo',
  'asylumSeekersEbo',
  'temporaryProtection',
]);

/** "Befolkning 31 dec" → "befolkning_31_dec"; å ä ö folded, so "Folkmängd" matches "folkmangd". */
function headerKey(text: string): string {
  return normalizeHeader(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

interface ImportIssue {
  row: number;
  column: string;
  columnLetter: string | null;
  code: string;
  params?: Record<string, number | string>;
}

export async function importInputs(
  ctx: Ctx,
  year: number,
  input: {
    mode: 'dry_run' | 'commit';
    locale: UiLocale;
    file: { name: string; type: string; bytes: Uint8Array };
  },
) {
  const access = await loadQuotaAccess(ctx.db, ctx.actor);
  authorize(ctx.actor, access.canManage);
  const plan = await repo.findPlan(ctx.db, year);
  if (!plan) throw notFound('quota_plan');
  const table = await readUpload(input.file, MAX_ROWS);
  const [head = [], ...body] = table.rows;
  const issues: ImportIssue[] = [];
  const columns: { index: number; field: Field; name: string }[] = [];
  let codeColumn = -1;
  head.forEach((text, index) => {
    const key = headerKey(text);
    if (key === '') return;
    if (key === 'kommunkod' || key === 'municipality_code' || key === 'kod') codeColumn = index;
    else if (headers[key]) columns.push({ index, field: headers[key] as Field, name: text.trim() });
    else if (!ignored.has(key))
      issues.push({ row: 1, column: text.trim(), columnLetter: columnLetter(index), code: 'unknown_column' });
  });
  if (codeColumn < 0)
    issues.push({ row: 1, column: 'kommunkod', columnLetter: null, code: 'missing_organisation_column' });
  if (body.length > MAX_ROWS)
    issues.push({
      row: MAX_ROWS + 2,
      column: '',
      columnLetter: null,
      code: 'too_many_rows',
      params: { max: MAX_ROWS },
    });

  const municipalities = await repo.listMunicipalities(ctx.db);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const existing = new Map((await repo.listInputs(ctx.db, plan.id)).map((r) => [r.input.orgId, r.input]));
  const next = new Map(existing);
  const firstRow = new Map<string, number>();
  let changed = 0;
  if (codeColumn >= 0) {
    body.forEach((cells, i) => {
      const row = i + 2;
      if (cells.every((c) => c.trim() === '')) return;
      const codeText = (cells[codeColumn] ?? '').trim();
      const code = /^\d{1,4}$/.test(codeText) ? codeText.padStart(4, '0') : codeText;
      const municipality = byCode.get(code);
      const at = {
        row,
        column: head[codeColumn]?.trim() ?? 'kommunkod',
        columnLetter: columnLetter(codeColumn),
      };
      if (!municipality) {
        issues.push({ ...at, code: 'unknown_organisation', params: { value: codeText } });
        return;
      }
      const first = firstRow.get(code);
      if (first !== undefined) {
        issues.push({ ...at, code: 'duplicate_organisation', params: { firstRow: first } });
        return;
      }
      firstRow.set(code, row);
      const base = existing.get(municipality.orgId);
      const values: Partial<Record<Field, number | null>> = {};
      for (const col of columns) {
        const text = cells[col.index] ?? '';
        if (text.trim() === '') continue;
        const cellAt = { row, column: col.name, columnLetter: columnLetter(col.index) };
        const parsed = parseNumberCell(text);
        if (!parsed.ok || parsed.value === null) {
          issues.push({ ...cellAt, code: 'not_a_number' });
          continue;
        }
        const v = parsed.value;
        if (col.field === 'population' && (!Number.isInteger(v) || v <= 0))
          issues.push({ ...cellAt, code: 'not_positive_integer' });
        else if (integerFields.has(col.field) && (!Number.isInteger(v) || v < 0))
          issues.push({ ...cellAt, code: 'not_non_negative_integer' });
        else if (v < 0) issues.push({ ...cellAt, code: 'not_non_negative' });
        else values[col.field] = v;
      }
      const populationGiven = columns.some(
        (c) => c.field === 'population' && (cells[c.index] ?? '').trim() !== '',
      );
      if (!base && !populationGiven) {
        issues.push({ row, column: 'befolkning', columnLetter: null, code: 'population_required' });
        return;
      }
      if (!base && values.population === undefined) return;
      const merged: repo.InputRow = {
        planId: plan.id,
        orgId: municipality.orgId,
        population: base?.population ?? 0,
        labourMarket: base?.labourMarket ?? 0,
        newcomersReceived: base?.newcomersReceived ?? 0,
        minorsReceived: base?.minorsReceived ?? 0,
        asylumSeekersAbo: base?.asylumSeekersAbo ?? 0,
        asylumSeekersEbo: base?.asylumSeekersEbo ?? 0,
        temporaryProtection: base?.temporaryProtection ?? 0,
        housing: base?.housing ?? null,
        ...values,
      } as repo.InputRow;
      if (!base || (Object.keys(values) as Field[]).some((f) => base[f] !== merged[f])) changed += 1;
      next.set(municipality.orgId, merged);
    });
  }
  if (codeColumn >= 0 && firstRow.size === 0 && issues.length === 0)
    issues.push({ row: 2, column: '', columnLetter: null, code: 'no_rows' });

  const t = translator(input.locale);
  const errors = issues.map((e) => ({
    row: e.row,
    column: e.column,
    columnLetter: e.columnLetter,
    code: e.code,
    message: t(`quotas:import.codes.${e.code}`, {
      ...e.params,
      column: e.column,
      defaultValue: t(`imports:codes.${e.code}`, {
        ...e.params,
        defaultValue: t('errors:field.invalid_value'),
      }),
    }),
    value: e.columnLetter ? (table.rows[e.row - 1]?.[columnIndexOf(e.columnLetter)] ?? '') : null,
  }));
  const summary = {
    format: table.format,
    rows: body.filter((r) => r.some((c) => c.trim() !== '')).length,
    columns: columns.map((c) => c.field),
    errors,
  };
  if (input.mode === 'dry_run') return { mode: input.mode, ...summary, updated: changed };
  if (errors.length > 0) throw new AppError('import_invalid', { errors, rows: summary.rows });
  await inTransaction(ctx, async (tx) => {
    await repo.replaceInputs(
      tx.db,
      plan.id,
      [...next.values()].map(({ planId: _planId, ...r }) => r),
    );
    await writeAudit(tx, {
      action: 'quota_inputs.import',
      entityType: 'quota_plan',
      entityId: plan.id,
      after: {
        year,
        file: input.file.name,
        format: table.format,
        rows: summary.rows,
        columns: summary.columns,
        changed,
      },
    });
  });
  return { mode: input.mode, ...summary, updated: changed };
}

function columnIndexOf(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
