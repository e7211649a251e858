import { type LedgerImportError, mapLedgerTable } from '../../../core/reception/ledger-import';
import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { translator } from '../../platform/i18n';
import { readUpload } from '../imports/upload-reader';
import * as repo from './ledger.repository';
import { todayOf, yearOf } from './ledger-dates';
import { loadOwnMunicipality } from './reception-scope';

/** More rows than a municipality's anvisningar in several years. */
const MAX_ROWS = 2000;

export interface LedgerImportInput {
  mode: 'dry_run' | 'commit';
  file: { name: string; type: string; bytes: Uint8Array };
  locale: UiLocale;
}

function present(errors: LedgerImportError[], locale: UiLocale) {
  const t = translator(locale);
  return errors.map((e) => ({
    row: e.row,
    column: e.header,
    code: e.code,
    message: t(`ledger:import.codes.${e.code}`, {
      defaultValue: t(`errors:field.${e.code}`, { defaultValue: t('errors:field.invalid_value') }),
    }),
    value: e.value,
  }));
}

/**
 * Imports anvisningar into the actor's own ledger. A dry run lists every error by row and
 * column and stores nothing; a commit stores every row or, with any error, nothing
 * (422 `import_invalid` with the same list). One audit row records the import.
 */
export async function importAssignments(ctx: Ctx, input: LedgerImportInput) {
  const own = await loadOwnMunicipality(ctx, { edit: true });
  const today = todayOf(ctx);
  const upload = await readUpload(input.file, MAX_ROWS);
  if (upload.rows.length > MAX_ROWS + 1)
    throw new AppError('payload_too_large', { limit: `${MAX_ROWS} rader` });
  const mapped = mapLedgerTable(upload.rows, today);
  const errors = [...mapped.errors];
  const byYear = new Map<number, typeof mapped.rows>();
  for (const r of mapped.rows) {
    const y = yearOf(r.fields.assignedOn);
    byYear.set(y, [...(byYear.get(y) ?? []), r]);
  }
  for (const [year, rows] of byYear) {
    const taken = await repo.existingReferences(
      ctx.db,
      own.org.id,
      year,
      rows.map((r) => r.fields.householdRef),
    );
    for (const r of rows) {
      if (taken.has(r.fields.householdRef)) {
        errors.push({
          row: r.row,
          column: 'householdRef',
          header: 'householdRef',
          code: 'duplicate_reference',
          value: r.fields.householdRef,
        });
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const result = {
    mode: input.mode,
    format: upload.format,
    rows: mapped.dataRows,
    errors: present(errors, input.locale),
    wouldCreate: errors.length === 0 ? mapped.rows.length : 0,
  };
  if (input.mode === 'dry_run') return { ...result, imported: 0 };
  if (errors.length > 0) throw new AppError('import_invalid', { errors: result.errors, rows: result.rows });
  const created = await inTransaction(ctx, async (tx) => {
    const rows = await repo.insertAssignments(
      tx.db,
      mapped.rows.map((r) => ({
        ...r.fields,
        orgId: own.org.id,
        year: yearOf(r.fields.assignedOn),
        source: 'import' as const,
      })),
    );
    await writeAudit(tx, {
      action: 'assignment.import',
      entityType: 'organisation',
      entityId: own.org.id,
      after: { file: input.file.name, format: upload.format, rows: rows.length, ids: rows.map((r) => r.id) },
    });
    return rows.length;
  });
  return { ...result, imported: created };
}
