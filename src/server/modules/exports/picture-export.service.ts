/**
 * The situation picture as a file: PDF, XLSX or CSV. Each is rendered from the same
 * Picture the page shows, computed at the moment of the request, with every row's person
 * counts suppressed alike (an export is passed on; the viewer's own row is no exception).
 */
import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { toCsv } from '../../platform/export/csv';
import { slugify } from '../../platform/export/download';
import { XLSX_CONTENT_TYPE } from '../../platform/export/spreadsheet';
import { getPicture } from '../picture/picture.service';
import type { Picture } from '../picture/picture.types';
import { type ExportText, exportText } from './export-text';
import * as repo from './exports.repository';
import { picturePdf } from './picture-pdf';
import { organisationTable } from './picture-tables';

export type PictureExportFormat = 'pdf' | 'xlsx' | 'csv';

export interface PictureExportParams {
  networkId: string;
  roundId?: string | undefined;
  countyCode?: string | undefined;
  /** PDF: colour the map by this area. */
  areaKey?: string | undefined;
  locale?: UiLocale | undefined;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer> | string;
}

/** "lagesbild-socialchefsnatverket-v47-2026" (county and extra round added when they apply). */
function baseName(text: ExportText, picture: Picture): string {
  const { round } = picture;
  return [
    text.t('exports:filePrefix'),
    slugify(picture.network.name, 40),
    picture.county ? slugify(picture.county.name, 30) : '',
    `v${round.isoWeek}-${round.isoYear}`,
    round.kind === 'extra' ? `extra-${slugify(round.title, 20)}` : '',
  ]
    .filter(Boolean)
    .join('-')
    .replace(/-+$/, '');
}

async function loadPicture(ctx: Ctx, params: PictureExportParams, format: PictureExportFormat) {
  const picture = await getPicture(ctx, {
    networkId: params.networkId,
    roundId: params.roundId,
    countyCode: params.countyCode,
    locale: params.locale,
    revealOwn: false,
    // The per-organisation sheet and CSV list every figure.
    mapFigures: 'all',
  });
  if (params.areaKey && !picture.areas.some((a) => a.key === params.areaKey)) {
    throw new AppError('validation', { fields: [{ path: 'area', code: 'invalid_value' }] });
  }
  // A read, but who took which picture out of Samla is worth knowing.
  await writeAudit(ctx, {
    action: 'picture.export',
    entityType: 'network',
    entityId: params.networkId,
    after: {
      format,
      roundId: picture.round.id,
      county: picture.county?.code ?? null,
      area: params.areaKey ?? null,
    },
  });
  return { picture, text: exportText(params.locale ?? 'sv') };
}

export async function exportPicture(
  ctx: Ctx,
  format: PictureExportFormat,
  params: PictureExportParams,
): Promise<ExportFile> {
  const { picture, text } = await loadPicture(ctx, params, format);
  const name = baseName(text, picture);
  if (format === 'pdf') {
    const pdf = await picturePdf(text, picture, { areaKey: params.areaKey });
    return { filename: `${name}.pdf`, contentType: 'application/pdf', body: new Uint8Array(pdf) };
  }
  const countyNames = await repo.findCountyNames(ctx.db);
  if (format === 'xlsx') {
    // exceljs is loaded on the first workbook, not by every server at start.
    const { pictureWorkbook } = await import('./picture-xlsx');
    const body = await pictureWorkbook(text, picture, countyNames);
    return { filename: `${name}.xlsx`, contentType: XLSX_CONTENT_TYPE, body };
  }
  const table = organisationTable(text, picture, countyNames);
  const rows = table.rows.map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)));
  return {
    filename: `${name}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: toCsv([table.columns.map((c) => c.header), ...rows]),
  };
}
