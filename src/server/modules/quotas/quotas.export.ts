/**
 * Kommuntal as XLSX and PDF: the adopted numbers and up to two scenarios side by side with
 * the difference per municipality, and the same per county.
 */
import type { Content } from 'pdfmake/interfaces';
import type { UiLocale } from '../../../i18n/locales';
import type { Ctx } from '../../platform/context';
import { nowOf } from '../../platform/context';
import { slugify } from '../../platform/export/download';
import { pdfHeading, pdfTable, renderPdf } from '../../platform/export/pdf-document';
import { widthFor, XLSX_CONTENT_TYPE } from '../../platform/export/spreadsheet';
import { addTableSheet, createWorkbook, workbookBytes } from '../../platform/export/xlsx';
import { translator } from '../../platform/i18n';
import { getOverview, listScenarios } from './quotas.service';

interface Column {
  header: string;
  value: (code: string) => number | null;
}

async function exportData(ctx: Ctx, year: number, scenarioIds: string[], locale: UiLocale) {
  const t = translator(locale);
  const overview = await getOverview(ctx, year);
  const { scenarios, municipalities } = await listScenarios(ctx, year);
  const chosen = (
    scenarioIds.length > 0 ? scenarioIds.map((id) => scenarios.find((s) => s.id === id)) : scenarios
  )
    .filter((s) => s !== undefined)
    .slice(0, 2);
  const adopted = new Map(overview.municipalities.map((m) => [m.code, m.kommuntal]));
  const columns: Column[] = [];
  if (adopted.size > 0)
    columns.push({ header: t('quotas:export.adopted'), value: (c) => adopted.get(c) ?? null });
  const maps = chosen.map((s) => new Map(s.results.map((r) => [r.code, r.kommuntal])));
  chosen.forEach((s, i) => {
    columns.push({ header: s.name, value: (c) => maps[i]?.get(c) ?? null });
  });
  const [a, b] = maps;
  if (a && b) {
    columns.push({
      header: t('quotas:export.difference', { a: chosen[0]?.name, b: chosen[1]?.name }),
      value: (c) => (b.get(c) ?? 0) - (a.get(c) ?? 0),
    });
  }
  const countyName = new Map(overview.counties.map((c) => [c.code, c.name]));
  for (const s of chosen) for (const c of s.counties) countyName.set(c.countyCode, c.name);
  const counties = [...new Set(municipalities.map((m) => m.countyCode))].sort();
  const sumIn = (county: string, col: Column) =>
    municipalities.filter((m) => m.countyCode === county).reduce((s, m) => s + (col.value(m.code) ?? 0), 0);
  return { t, overview, chosen, columns, municipalities, counties, countyName, sumIn };
}

export async function kommuntalXlsx(ctx: Ctx, year: number, scenarioIds: string[], locale: UiLocale) {
  const d = await exportData(ctx, year, scenarioIds, locale);
  const { t } = d;
  const workbook = createWorkbook(nowOf(ctx));
  const head = [t('quotas:table.code'), t('quotas:table.municipality'), t('quotas:table.county')];
  addTableSheet(
    workbook,
    t('quotas:export.municipalitiesSheet'),
    [...head, ...d.columns.map((c) => c.header)].map((h) => ({ header: h, width: widthFor(h, 10, 30) })),
    d.municipalities.map((m) => [
      m.code,
      m.name,
      d.countyName.get(m.countyCode) ?? m.countyCode,
      ...d.columns.map((c) => c.value(m.code)),
    ]),
  );
  addTableSheet(
    workbook,
    t('quotas:export.countiesSheet'),
    [t('quotas:table.countyCode'), t('quotas:table.county'), ...d.columns.map((c) => c.header)].map((h) => ({
      header: h,
      width: widthFor(h, 10, 30),
    })),
    d.counties.map((c) => [c, d.countyName.get(c) ?? c, ...d.columns.map((col) => d.sumIn(c, col))]),
  );
  return {
    body: await workbookBytes(workbook),
    contentType: XLSX_CONTENT_TYPE,
    filename: `${slugify(t('quotas:export.filename', { year }))}.xlsx`,
  };
}

export async function kommuntalPdf(ctx: Ctx, year: number, scenarioIds: string[], locale: UiLocale) {
  const d = await exportData(ctx, year, scenarioIds, locale);
  const { t } = d;
  const title = t('quotas:export.title', { year });
  const numberColumns = d.columns.map((c) => ({
    header: c.header,
    width: 60 as const,
    align: 'right' as const,
  }));
  const cell = (v: number | null) => (v === null ? '–' : String(v));
  const content: Content[] = [
    { text: title, style: 'title' },
    ...d.chosen.map(
      (s): Content => ({
        text: t('quotas:export.scenarioLine', {
          name: s.name,
          total: s.nationalTotal,
          floor: s.params.floor,
          date: s.referenceDate ?? '–',
        }),
        style: 'subtitle',
      }),
    ),
    pdfHeading(t('quotas:export.countiesSheet')),
    pdfTable(
      [{ header: t('quotas:table.county'), width: '*' }, ...numberColumns],
      d.counties.map((c) => [d.countyName.get(c) ?? c, ...d.columns.map((col) => cell(d.sumIn(c, col)))]),
    ),
    pdfHeading(t('quotas:export.municipalitiesSheet')),
    pdfTable(
      [
        { header: t('quotas:table.code'), width: 34 },
        { header: t('quotas:table.municipality'), width: '*' },
        ...numberColumns,
      ],
      d.municipalities.map((m) => [m.code, m.name, ...d.columns.map((col) => cell(col.value(m.code)))]),
    ),
  ];
  const pdf = await renderPdf(content, {
    title,
    pageLabel: t('exports:pageOf', { page: '{page}', pages: '{pages}' }),
    footerText: title,
  });
  return {
    body: new Uint8Array(pdf),
    contentType: 'application/pdf',
    filename: `${slugify(t('quotas:export.filename', { year }))}.pdf`,
  };
}
