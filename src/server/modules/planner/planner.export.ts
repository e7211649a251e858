import type { UiLocale } from '../../../i18n/locales';
import { type Ctx, nowOf } from '../../platform/context';
import { slugify } from '../../platform/export/download';
import { widthFor, XLSX_CONTENT_TYPE } from '../../platform/export/spreadsheet';
import { addTableSheet, createWorkbook, workbookBytes } from '../../platform/export/xlsx';
import { translator } from '../../platform/i18n';
import { getRun } from './planner.service';

/** The plan as a workbook: proposals per household (with reasons) and the quota effect per municipality. */
export async function planXlsx(ctx: Ctx, id: string, locale: UiLocale) {
  const view = await getRun(ctx, id);
  const t = translator(locale);
  const names = new Map(view.municipalities.map((m) => [m.code, m.name]));
  const workbook = createWorkbook(nowOf(ctx));
  const cols = (headers: string[]) => headers.map((h) => ({ header: h, width: widthFor(h, 10, 36) }));
  addTableSheet(
    workbook,
    t('planner:export.proposalsSheet'),
    cols([
      t('planner:table.household'),
      t('planner:table.persons'),
      t('planner:table.municipality'),
      t('planner:table.reason'),
      t('planner:table.overridden'),
    ]),
    view.proposals.map((p) => [
      p.householdId,
      p.persons,
      p.municipality ? `${p.municipality} ${names.get(p.municipality) ?? ''}` : '',
      p.municipality
        ? p.terms.map((term) => t(`planner:terms.${term}`)).join(', ')
        : p.unplacedReason
          ? t(`planner:unplaced.${p.unplacedReason}`)
          : '',
      p.overridden ? t('planner:table.yes') : '',
    ]),
  );
  addTableSheet(
    workbook,
    t('planner:export.municipalitiesSheet'),
    cols([
      t('planner:table.code'),
      t('planner:table.municipality'),
      t('planner:table.remainingQuota'),
      t('planner:table.proposedPersons'),
      t('planner:table.proposedHouseholds'),
      t('planner:table.quotaAfter'),
    ]),
    view.municipalities.map((m) => [
      m.code,
      m.name,
      m.remainingQuota,
      m.proposedPersons,
      m.proposedHouseholds,
      m.quotaAfter,
    ]),
  );
  return {
    body: await workbookBytes(workbook),
    contentType: XLSX_CONTENT_TYPE,
    filename: `${slugify(t('planner:export.filename', { name: view.run.name }))}.xlsx`,
  };
}
