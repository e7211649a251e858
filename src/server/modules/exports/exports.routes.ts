import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { parseIsoWeek } from '../../../core/time/iso-week';
import { downloadHeaders } from '../../platform/export/download';
import { XLSX_CONTENT_TYPE } from '../../platform/export/spreadsheet';
import { type AppEnv, createRouter, ctxOf } from '../../platform/http';
import { errorResponses } from '../../platform/openapi';
import { exportAnswers } from './answers-export.service';
import { answersExportQuery, binaryFile, networkParams, pictureExportQuery } from './exports.schemas';
import { exportPicture, type PictureExportFormat } from './picture-export.service';

const tags = ['Export'];

const formats: Record<PictureExportFormat, { contentType: string; summary: string }> = {
  pdf: {
    contentType: 'application/pdf',
    summary:
      'Lägesbilden som utskrivbar PDF (A4): karta, rapportering, påverkan, allvarligt läge, nyckeltal, kommentarer',
  },
  xlsx: {
    contentType: XLSX_CONTENT_TYPE,
    summary: 'Lägesbilden som Excel-arbetsbok: sammanfattning, organisationer, allvarligt läge, kommentarer',
  },
  csv: {
    contentType: 'text/csv',
    summary: 'Lägesbildens organisationer som CSV för svenskt Excel (semikolon, decimalkomma, UTF-8 med BOM)',
  },
};

function pictureExportRoute(format: PictureExportFormat) {
  return createRoute({
    method: 'get',
    path: `/networks/{networkId}/picture/export.${format}`,
    tags,
    summary: formats[format].summary,
    description:
      'För nätverkets medlemmar. Antal personer 1–4 visas som "<5" i alla rader. Varje export loggas (picture.export).',
    request: { params: networkParams, query: pictureExportQuery },
    responses: { 200: binaryFile(formats[format].contentType, 'Filen'), ...errorResponses(400, 401, 404) },
  });
}

const answersRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/export/answers.xlsx',
  tags,
  summary: 'Alla inskickade rapporter för en mall under en period, en rad per rapport (strömmad XLSX)',
  description:
    'För nätverkets samordnare och systemadministratörer. Läses och skrivs i omgångar så att minnet inte växer; antal personer 1–4 visas som "<5".',
  request: { params: networkParams, query: answersExportQuery },
  responses: { 200: binaryFile(XLSX_CONTENT_TYPE, 'Arbetsboken'), ...errorResponses(400, 401, 403, 404) },
});

const pdfRoute = pictureExportRoute('pdf');
const xlsxRoute = pictureExportRoute('xlsx');
const csvRoute = pictureExportRoute('csv');

/** One handler for the three picture formats: they differ only in what the service renders. */
function pictureExportHandler(format: PictureExportFormat): RouteHandler<typeof pdfRoute, AppEnv> {
  return async (c) => {
    const query = c.req.valid('query');
    const file = await exportPicture(ctxOf(c), format, {
      ...c.req.valid('param'),
      roundId: query.roundId,
      countyCode: query.county,
      areaKey: query.area,
      locale: c.get('locale'),
    });
    return c.body(file.body, 200, downloadHeaders(file.contentType, file.filename));
  };
}

export const exportRoutes = createRouter()
  .openapi(pdfRoute, pictureExportHandler('pdf'))
  .openapi(xlsxRoute, pictureExportHandler('xlsx'))
  .openapi(csvRoute, pictureExportHandler('csv'))
  .openapi(answersRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    const query = c.req.valid('query');
    const logger = c.get('deps').logger;
    const file = await exportAnswers(ctxOf(c), {
      networkId,
      templateId: query.templateId,
      fromWeek: query.fromWeek ? (parseIsoWeek(query.fromWeek) ?? undefined) : undefined,
      toWeek: query.toWeek ? (parseIsoWeek(query.toWeek) ?? undefined) : undefined,
      locale: c.get('locale'),
      onError: (err) => logger.error({ err, networkId }, 'answers export failed while streaming'),
    });
    return c.body(file.body, 200, downloadHeaders(XLSX_CONTENT_TYPE, file.filename));
  });
