/**
 * The calendar in a real browser against the demo data: GR's coordinator opens "Kalender",
 * moves through the month grid by keyboard (weeks headed by ISO week number, Monday first),
 * switches to the list view by keyboard, adds a webinar, creates a subscription link and
 * fetches the feed from it without a session. Both views pass axe.
 */
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const NETWORK = 'GR Mottagande och integration';
const ZONE = 'Europe/Stockholm';
const TITLE = 'Webbinarium om skolstart för nyanlända';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await login(page, server.url, COORDINATOR, PASSWORD);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const selectedCell = () => page.locator('table.month-grid td[aria-selected="true"]');
/** The focused day's full date (the hidden start of the cell's accessible name). */
const focusedLabel = () =>
  page.evaluate(() => document.activeElement?.querySelector('.month-grid__label')?.textContent ?? '');

describe('calendar', () => {
  it('opens from the menu with a month grid by ISO week, Monday first', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kalender' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    const grid = page.getByRole('grid');
    await grid.waitFor();
    const headers = await grid.getByRole('columnheader').allTextContents();
    expect(headers.slice(0, 3)).toEqual(['Vecka', 'mån', 'tis']);
    const week = DateTime.now().setZone(ZONE).weekNumber;
    await grid.getByRole('rowheader', { name: `Vecka ${week}` }).waitFor();
    // The demo data has a lunch meeting this week (Tuesday); it is somewhere in the grid or the next month.
    expect(await page.locator('table.month-grid td').count()).toBeGreaterThanOrEqual(28);
  });

  it('moves between days and months by keyboard', async () => {
    await selectedCell().focus();
    const start = await focusedLabel();
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedLabel).not.toBe(start);
    const tomorrow = DateTime.now().setZone(ZONE).plus({ days: 1 });
    expect(await focusedLabel()).toContain(String(tomorrow.day));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedLabel).toBe(start);
    const month = await page.locator('.calendar-nav__month').textContent();
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.calendar-nav__month').textContent()).not.toBe(month);
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('.calendar-nav__month').textContent()).toBe(month);
    await expect.poll(focusedLabel).toBe(start);
    await checkA11y(page, 'calendar month view');
  });

  it('adds a webinar that shows on its day', async () => {
    const day = DateTime.now().setZone(ZONE).plus({ days: 2 });
    await page.getByRole('button', { name: 'Ny händelse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny händelse' });
    await dialog.waitFor();
    await dialog.getByLabel('Nätverk').selectOption({ label: NETWORK });
    await dialog.getByLabel('Typ').selectOption({ label: 'Webbinarium' });
    await dialog.getByLabel('Rubrik').fill(TITLE);
    await dialog.getByLabel('Börjar').fill(`${day.toISODate()}T10:00`);
    await dialog.getByLabel('Slutar').fill(`${day.toISODate()}T11:30`);
    await dialog.getByLabel('Plats').fill('Teams');
    await dialog.getByRole('button', { name: 'Lägg in händelsen' }).click();
    await page.getByText(`${TITLE} är inlagd i kalendern.`).waitFor();
    const panel = page.locator('.calendar-day');
    await panel.getByRole('heading', { name: TITLE }).waitFor();
    expect(await panel.textContent()).toContain('10:00–11:30');
  });

  it('shows the list view by keyboard', async () => {
    await page.getByRole('tab', { name: 'Månad' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Lista' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.locator('.calendar-list').getByRole('heading', { name: TITLE }).waitFor();
    await checkA11y(page, 'calendar list view');
    // Back to the month by keyboard: focus stays on the tabs.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('ArrowRight');
  });

  it('creates a subscription link whose feed works without a session', async () => {
    const row = page.getByRole('row', { name: /Alla mina nätverk/ });
    await row.getByRole('button', { name: /Skapa länk/ }).click();
    const field = page.getByRole('textbox', { name: 'Prenumerationslänk för Alla mina nätverk' });
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/api\/calendar\/feeds\/[A-Za-z0-9_-]+\.ics$/);
    expect(await page.getByRole('link', { name: 'Öppna i kalenderprogrammet' }).getAttribute('href')).toMatch(
      /^webcal:/,
    );
    // The link is shown for the server's public URL; fetch it from this server, with no cookies.
    const path = new URL(url).pathname;
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const body = await res.text();
    expect(body).toContain('BEGIN:VTIMEZONE');
    expect(body.replace(/\r\n /g, '')).toContain(`SUMMARY:${TITLE}`);
    await checkA11y(page, 'calendar with subscription link');
  });
});
