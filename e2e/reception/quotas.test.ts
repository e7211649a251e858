/**
 * Kommuntal in a real browser on the demo data: GR's coordinator opens "Mottagande", then
 * "Kommuntal och länstal", sees the two demo scenarios side by side (difference map and
 * table), computes a third scenario by keyboard alone and compares it; a municipality's
 * reporter sees only its own number and the county numbers. axe on every page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await login(page, server.url, 'samordnare.gr@demo.samla.se', PASSWORD);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('kommuntal', () => {
  it('reaches the kommuntal page from the reception hub', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Mottagande' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mottagande' }).waitFor();
    for (const name of ['Kommuntal och länstal', 'Anvisningar', 'Boende och kapacitet', 'Planerare']) {
      expect(await page.getByRole('main').getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await checkA11y(page, 'reception hub');
    await page.getByRole('link', { name: 'Kommuntal och länstal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommuntal och länstal' }).waitFor();
  });

  it('shows the demo scenarios side by side with the difference on a map and in a table', async () => {
    await page.getByRole('heading', { level: 2, name: 'Jämför scenarier' }).waitFor();
    const a = page.getByLabel('Scenario A', { exact: true });
    const b = page.getByLabel('Scenario B', { exact: true });
    expect(await a.locator('option:checked').textContent()).toBe('Folkbokföring 1 juli');
    expect(await b.locator('option:checked').textContent()).toBe('Folkbokföring 1 november');
    await page.getByRole('group', { name: /Skillnad i kommuntal/ }).waitFor();
    const table = page.getByRole('table', { name: 'Kommuntal per kommun i de två scenarierna' });
    // One row per municipality under the header.
    expect(await table.getByRole('row').count()).toBe(291);
    const gothenburg = table.getByRole('row', { name: /^Göteborg / });
    const cells = await gothenburg.getByRole('cell').allTextContents();
    const [, july, november, diff] = cells.map((c) => c.replace(/\s/g, ''));
    expect(Number(november) - Number(july)).toBe(Number(diff?.replace('−', '-')));
    await page.getByRole('tab', { name: 'Tabell' }).click();
    await page.getByRole('table', { name: /Skillnad i kommuntal/ }).waitFor();
    await checkA11y(page, 'kommuntal page');
  });

  it('computes a new scenario by keyboard alone', async () => {
    await page.getByLabel('Riksbelopp (personer)').fill('7 500');
    const name = page.getByLabel('Namn på scenariot');
    await name.focus();
    await page.keyboard.type('Ny prognos');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quota-date');
    await page.keyboard.press('Shift+Tab');
    // Enter in a field submits its form.
    await page.keyboard.press('Enter');
    await page.getByText('Scenariot Ny prognos är beräknat.').waitFor();
    await page.getByLabel('Scenario B', { exact: true }).selectOption({ label: 'Ny prognos' });
    const total = page
      .getByRole('listitem')
      .filter({ hasText: /Ny prognos: Totalt 7\s500/ })
      .first();
    await total.waitFor();
    await checkA11y(page, 'kommuntal page with a new scenario');
  });

  it('refuses a negative total with a field error and stores nothing', async () => {
    await page.getByLabel('Riksbelopp (personer)').fill('-5');
    await page.getByLabel('Namn på scenariot').fill('Fel');
    await page.getByRole('button', { name: 'Beräkna och spara' }).click();
    await page.getByRole('alert').filter({ hasText: 'Värdet är för litet' }).first().waitFor();
    expect(
      await page.getByLabel('Scenario B', { exact: true }).locator('option', { hasText: 'Fel' }).count(),
    ).toBe(0);
  });

  it('removes a stored scenario', async () => {
    await page.getByRole('button', { name: 'Ta bort Ny prognos' }).click();
    await page.getByText('Scenariot är borttaget.').waitFor();
    const left = page.getByLabel('Scenario B', { exact: true }).locator('option', { hasText: 'Ny prognos' });
    // The list of scenarios is fetched again after the removal.
    await expect.poll(() => left.count()).toBe(0);
  });

  it('narrows the comparison to one county', async () => {
    await page.getByLabel('Län', { exact: true }).selectOption({ label: 'Halland' });
    const table = page.getByRole('table', { name: 'Kommuntal per kommun i de två scenarierna' });
    // Hallands län has six municipalities, Kungsbacka among them.
    await table.getByRole('row', { name: /^Kungsbacka / }).waitFor();
    expect(await table.getByRole('row').count()).toBe(7);
    await page.getByLabel('Län', { exact: true }).selectOption({ index: 0 });
  });

  it('lists import errors by row and column in a dry run and allows no import', async () => {
    const csv = 'kommunkod;befolkning\n1480;abc\n9999;100\n';
    await page.getByLabel('Fil (.csv eller .xlsx)').setInputFiles({
      name: 'befolkning.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Provkör' }).click();
    const errors = page.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    const rows = await errors.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^2B \(befolkning\)Ange ett tal/),
      expect.stringMatching(/^3A \(kommunkod\).*9999/),
    ]);
    expect(await page.getByRole('button', { name: 'Importera', exact: true }).isDisabled()).toBe(true);
    await checkA11y(page, 'kommuntal import errors');
  });

  it('shows a municipality its own number and the county numbers only', async () => {
    const other = await browser.newContext({ locale: 'sv-SE' });
    const own = await other.newPage();
    await login(own, server.url, 'rapportor.goteborg@demo.samla.se', PASSWORD);
    await own.goto(`${server.url}/mottagande/kommuntal`);
    await own.getByRole('heading', { level: 1, name: 'Kommuntal och länstal' }).waitFor();
    await own.getByText(/Ert kommuntal \d{4}: \d+ personer/).waitFor();
    await own.getByRole('table', { name: /Länstal/ }).waitFor();
    expect(await own.getByRole('heading', { name: 'Jämför scenarier' }).count()).toBe(0);
    await checkA11y(own, 'kommuntal page, municipality');
    await other.close();
  });
});
