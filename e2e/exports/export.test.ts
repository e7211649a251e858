/**
 * Exports from the picture page in a real browser against the demo data: GR's coordinator
 * opens "Lägesbild" and downloads the picture as XLSX and as PDF with the toolbar's links.
 * The workbook is read back with exceljs; the PDF's pages and text with the same reader
 * the API tests use.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/server/platform/export/pdf-inspect';
import { launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const NETWORK = 'GR Mottagande och integration';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({
    locale: 'sv-SE',
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  await login(page, server.url, COORDINATOR, PASSWORD);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lägesbild' }).click();
  await page.getByRole('heading', { level: 1, name: `Lägesbild – ${NETWORK}` }).waitFor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** Clicks a link of the export toolbar and waits for the browser's download. */
async function download(name: string): Promise<{ file: Download; bytes: Buffer }> {
  const toolbar = page.getByRole('navigation', { name: 'Exportera lägesbilden' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('link', { name }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

describe('exports from the picture page', () => {
  it('downloads the picture as a workbook with one row per member', async () => {
    const { file, bytes } = await download('Exportera XLSX');
    expect(file.suggestedFilename()).toMatch(/^lagesbild-gr-mottagande-och-integration-v\d+-\d{4}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Sammanfattning',
      'Organisationer',
      'Allvarligt läge',
      'Kommentarer',
    ]);
    const organisations = book.getWorksheet('Organisationer');
    expect(organisations?.getCell('A1').value).toBe('Kommunkod');
    // GR's 13 member municipalities, one row each, under the header.
    const codes: unknown[] = [];
    organisations?.eachRow((row, number) => {
      if (number > 1) codes.push(row.getCell(1).value);
    });
    expect(codes.filter((code) => typeof code === 'string' && /^\d{4}$/.test(code))).toHaveLength(13);
    expect(codes).toContain('1384');
  });

  it('downloads the printable PDF of the same picture', async () => {
    const { file, bytes } = await download('Exportera PDF');
    expect(file.suggestedFilename()).toMatch(/^lagesbild-gr-mottagande-och-integration-v\d+-\d{4}\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = readPdf(bytes);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    expect(pdf.title).toMatch(new RegExp(`^Lägesbild v\\. \\d+ \\d{4} – ${NETWORK}$`));
    expect(pdf.text).toContain(`Sida 1 av ${pdf.pageCount}`);
    expect(pdf.text).toMatch(/\d+ av 13 har rapporterat/);
  });
});
