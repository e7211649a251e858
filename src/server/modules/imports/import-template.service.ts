import ExcelJS from 'exceljs';
import { buildImportTemplateHeader } from '../../../core/reports/import-table';
import {
  type FigureDefinition,
  type LocalizedText,
  listFigures,
  type TemplateDefinition,
} from '../../../core/reports/template-definition';
import type { UiLocale } from '../../../i18n/locales';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { translator } from '../../platform/i18n';
import { loadRound } from '../rounds/rounds.service';
import { importScope } from './imports.policy';
import * as repo from './imports.repository';

export type TemplateFormat = 'csv' | 'xlsx';

export interface ImportTemplateFile {
  filename: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

function label(text: LocalizedText, locale: UiLocale): string {
  return (locale === 'en' ? text.en : undefined) || text.sv;
}

/** What each column takes, in words, for the instructions sheet. */
function describeColumns(def: TemplateDefinition, header: string[], locale: UiLocale) {
  const t = translator(locale);
  const figures = new Map(listFigures(def).map((f) => [f.key, f]));
  const describeFigure = (f: FigureDefinition) =>
    [
      t(`imports:template.type.${f.type}`),
      f.unit ? t('imports:template.unit', { unit: f.unit }) : '',
      f.min !== undefined ? t('imports:template.min', { min: f.min }) : '',
      f.max !== undefined ? t('imports:template.max', { max: f.max }) : '',
      f.required ? t('imports:template.required') : '',
    ]
      .filter(Boolean)
      .join(', ');
  return header.map((column) => {
    const [kind = '', key = ''] = column.split(':');
    const area = def.areas.find((a) => a.key === key);
    const figure = figures.get(key);
    const text = def.texts.find((x) => x.key === key);
    if (kind === 'kommunkod' || kind === 'namn') return [column, t(`imports:template.columns.${kind}`), ''];
    if (kind === 'figure' && figure) return [column, label(figure.label, locale), describeFigure(figure)];
    if (kind === 'text' && text) return [column, label(text.label, locale), t('imports:template.text')];
    const question = area ? label(area.label, locale) : column;
    return [column, question, t(`imports:template.kind.${kind}`)];
  });
}

function csvCell(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Semicolons, CRLF and a BOM: what Swedish Excel opens correctly with a double click. */
function toCsv(rows: string[][]): Uint8Array<ArrayBuffer> {
  const text = `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
  return new TextEncoder().encode(text);
}

async function toXlsx(
  rows: string[][],
  instructions: string[][],
  locale: UiLocale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('imports:template.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = rows[0] ?? [];
  sheet.columns = header.map((h, i) => ({
    width: i === 1 ? 28 : Math.max(12, h.length + 2),
    // kommunkod as text, so 0180 keeps its zero.
    ...(i === 0 ? { style: { numFmt: '@' } } : {}),
  }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet(t('imports:template.instructionsSheet'));
  help.columns = [{ width: 32 }, { width: 48 }, { width: 60 }];
  help.addRow([t('imports:template.intro')]);
  help.addRow([]);
  help.addRow([
    t('imports:template.columnHeader'),
    t('imports:template.questionHeader'),
    t('imports:template.valueHeader'),
  ]).font = { bold: true };
  for (const row of instructions) help.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/**
 * An empty import file for a round: the headers of the round's template version, the
 * organisation's name beside its kommunkod, and one row per organisation the actor may
 * import for (every reporting member for a coordinator, else its own organisation).
 */
export async function buildImportTemplate(
  ctx: Ctx,
  input: { roundId: string; format: TemplateFormat; locale: UiLocale },
): Promise<ImportTemplateFile> {
  const loaded = await loadRound(ctx, input.roundId);
  const scope = importScope(ctx.actor, loaded.access);
  if (!scope) throw new AppError('forbidden', { reason: 'import' });
  const members = await repo.listReportingMembers(ctx.db, loaded.round.networkId);
  const own = scope.kind === 'own' ? members.filter((m) => m.id === scope.orgId) : members;
  const [first = 'kommunkod', ...rest] = buildImportTemplateHeader(loaded.definition);
  const header = [first, 'namn', ...rest];
  const rows = [header, ...own.map((m) => [m.code ?? m.name, m.name, ...rest.map(() => '')])];
  const { isoYear, isoWeek } = loaded.round;
  const filename = `import-${isoYear}-v${String(isoWeek).padStart(2, '0')}.${input.format}`;
  if (input.format === 'csv') {
    return { filename, contentType: 'text/csv; charset=utf-8', body: toCsv(rows) };
  }
  const instructions = describeColumns(loaded.definition, header, input.locale);
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await toXlsx(rows, instructions, input.locale),
  };
}
