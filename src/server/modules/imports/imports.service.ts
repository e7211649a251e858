import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { translator } from '../../platform/i18n';
import { submitImportedReports } from '../reports/reports.service';
import { presentImportErrors } from './import-messages';
import { type ImportPlan, planImport, type UploadedFile } from './import-plan';

export type ImportMode = 'dry_run' | 'commit';

export interface ImportInput {
  roundId: string;
  mode: ImportMode;
  file: UploadedFile;
  /** Language of the error messages in the answer. */
  locale: UiLocale;
}

function summary(plan: ImportPlan, locale: UiLocale) {
  return {
    format: plan.format,
    rows: plan.dataRows,
    skipped: plan.skipped,
    organisations: plan.rows.map((r) => ({
      row: r.rowNumber,
      orgId: r.orgId,
      code: r.code,
      name: r.name,
      action: r.action,
    })),
    errors: presentImportErrors(translator(locale), plan.errors, plan.table),
    wouldCreate: plan.rows.filter((r) => r.action === 'create').length,
    wouldUpdate: plan.rows.filter((r) => r.action === 'update').length,
  };
}

/**
 * Imports a round's reports from a CSV or XLSX file. A dry run reports what the file would
 * do and every error by row and column, and writes nothing. A commit writes nothing either
 * unless the file is free of errors (else 422 `import_invalid` with the same list); then
 * every row is submitted through the reports module in one transaction, all or nothing,
 * and the import is audited once besides each report's own audit row (which names the
 * person who imported).
 */
export async function importReports(ctx: Ctx, input: ImportInput) {
  const plan = await planImport(ctx, input.roundId, input.file);
  const result = summary(plan, input.locale);
  if (input.mode === 'dry_run') return { mode: input.mode, ...result, imported: 0 };
  if (result.errors.length > 0) {
    throw new AppError('import_invalid', { errors: result.errors, rows: result.rows });
  }
  const reports = await inTransaction(ctx, async (tx) => {
    const filed = (
      await submitImportedReports(tx, {
        roundId: input.roundId,
        rows: plan.rows.map((row) => ({ orgId: row.orgId, answers: row.answers })),
      })
    ).map(({ report }) => ({ orgId: report.orgId, reportId: report.id, version: report.version }));
    await writeAudit(tx, {
      action: 'report.import',
      entityType: 'round',
      entityId: input.roundId,
      after: {
        file: input.file.name,
        format: plan.format,
        rows: plan.dataRows,
        created: result.wouldCreate,
        updated: result.wouldUpdate,
        reports: filed,
      },
    });
    return filed;
  });
  return { mode: input.mode, ...result, imported: reports.length };
}
