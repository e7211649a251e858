/**
 * Housing in Chromium: a municipal reporter records a household's contract by keyboard with
 * an end date next week, and sees it in the 1-month warning and the forecast; a unit's count
 * change lands in its dated history; axe finds no serious or critical violations.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const REPORTER = 'rapportor.molndal@demo.samla.se';
const PASSWORD = 'demo-samla-2026';

let server: RunningServer;
let browser: Browser;
let page: Page;

interface Housing {
  forecast: { warnings: { within_1: { households: number } } };
  units: { id: string; label: string; placesOccupied: number; placesTotal: number }[];
}

// The shared 2-core machine can be loaded: give the first start (migrate + demo seed) time.
beforeAll(async () => {
  server = await startServer({ timeoutMs: 280_000 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await login(page, server.url, REPORTER, PASSWORD);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function housing(): Promise<Housing> {
  return (await page.evaluate(async () => (await fetch('/api/housing')).json())) as Housing;
}

function isoDay(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d);
}

describe('housing', () => {
  it('records a contract by keyboard and shows it in the 1-month warning', async () => {
    await page.goto(`${server.url}/mottagande/boende`);
    await page.getByRole('heading', { level: 1, name: 'Boende och kapacitet' }).waitFor();
    await page.getByRole('heading', { name: 'Registrera kontrakt' }).waitFor();
    await checkA11y(page, 'housing page');
    const before = (await housing()).forecast.warnings.within_1.households;

    await page.locator('#placement-ref').focus();
    await page.keyboard.type('E2E-BO-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.locator('#placement-start').fill(isoDay(-400));
    await page.locator('#placement-end').fill(isoDay(7));
    await page.locator('#placement-end').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Kontraktet för E2E-BO-1 är registrerat.').waitFor();

    expect((await housing()).forecast.warnings.within_1.households).toBe(before + 1);
    const row = page.getByRole('row', { name: /E2E-BO-1/ });
    await row.getByText('Inom 1 månad').waitFor();
    await row.getByText('Satt för hand').waitFor();
    await checkA11y(page, 'housing page after a contract');
  });

  it('records a unit count change in its dated history', async () => {
    const unit = (await housing()).units.find((u) => u.placesOccupied < u.placesTotal);
    if (!unit) throw new Error('no unit with a free place');
    await page
      .getByRole('button', { name: `Ändra – ${unit.label}` })
      .first()
      .press('Enter');
    await page.getByRole('heading', { name: `Ändra ${unit.label}` }).waitFor();
    await page.locator('#unit-occupied').fill(String(unit.placesOccupied + 1));
    await page.locator('#unit-occupied').press('Enter');
    await page.getByText(`${unit.label} är ändrat.`).waitFor();
    const after = (await housing()).units.find((u) => u.id === unit.id);
    expect(after?.placesOccupied).toBe(unit.placesOccupied + 1);

    await page
      .getByRole('button', { name: `Historik – ${unit.label}` })
      .first()
      .press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('rowheader', { name: isoDay(0) })
      .first()
      .waitFor();
    await checkA11y(page, 'unit history');
    await page.keyboard.press('Escape');
  });
});
