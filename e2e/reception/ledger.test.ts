/**
 * The anvisningar ledger and the housing pages in Chromium: a municipal reporter adds an
 * anvisning by keyboard, marks it received and sees received (and, with an adopted
 * kommuntal, remaining) change; the housing forecast page and the coordinator's network
 * view pass axe with no serious or critical violations.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const REPORTER = 'rapportor.goteborg@demo.samla.se';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const PASSWORD = 'demo-samla-2026';

let server: RunningServer;
let browser: Browser;
let page: Page;

interface Totals {
  kommuntal: number | null;
  received: number;
  remaining: number | null;
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

async function totals(): Promise<Totals> {
  const body = (await page.evaluate(async () => (await fetch('/api/ledger')).json())) as { totals: Totals };
  return body.totals;
}

/** The text of a key figure in the summary list, by its term. */
async function figure(term: string): Promise<string> {
  return page.evaluate((t) => {
    for (const dt of document.querySelectorAll('dl dt')) {
      if (dt.textContent?.trim() === t) return dt.nextElementSibling?.textContent?.trim() ?? '';
    }
    return '';
  }, term);
}

async function focusedId(): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('anvisningar', () => {
  it('adds an anvisning by keyboard, marks it received and sees the totals change', async () => {
    await page.goto(`${server.url}/mottagande/anvisningar`);
    await page.getByRole('heading', { level: 1, name: 'Anvisningar' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Registrera anvisning' }).waitFor();
    await checkA11y(page, 'ledger page');
    const before = await totals();
    const receivedBefore = await figure('Mottagna');

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    await page.locator('#assignment-ref').focus();
    await page.keyboard.type('E2E-HH-1');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('assignment-size');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('assignment-group');
    await page.selectOption('#assignment-group', 'kvotflykting');
    await page.locator('#assignment-date').fill(today);
    await page.locator('#assignment-date').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Anvisningen E2E-HH-1 är registrerad.').waitFor();
    await expect.poll(async () => (await totals()).received).toBe(before.received);

    // Mark it received from the table row, by keyboard; the dialog proposes today.
    const receive = page.getByRole('button', { name: 'Markera mottagen – E2E-HH-1' });
    await receive.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Markera E2E-HH-1 som mottagen' });
    await dialog.waitFor();
    expect(await page.locator('#status-received-on').inputValue()).toBe(today);
    await dialog.getByRole('button', { name: 'Markera mottagen' }).press('Enter');
    await page.getByText('E2E-HH-1 är markerad som mottagen.').waitFor();

    const after = await totals();
    expect(after.received).toBe(before.received + 4);
    if (before.remaining !== null) expect(after.remaining).toBe(before.remaining - 4);
    await expect.poll(() => figure('Mottagna')).not.toBe(receivedBefore);
    await checkA11y(page, 'ledger page after reception');
  });

  it('refuses a personnummer as reference with a linked error summary', async () => {
    await page.locator('#assignment-ref').fill('850709-9805');
    await page.locator('#assignment-size').fill('1');
    await page.locator('#assignment-adults').fill('1');
    await page.locator('#assignment-children').fill('0');
    await page.selectOption('#assignment-group', 'skyddsbehovande_lma');
    await page.locator('#assignment-date').fill('2026-01-15');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'liknar ett personnummer' });
    await summary.waitFor();
    await expect.poll(() => page.locator('#assignment-ref').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('housing', () => {
  it('shows the contract-end forecast and units without serious accessibility violations', async () => {
    await page.goto(`${server.url}/mottagande/boende`);
    await page.getByRole('heading', { level: 1, name: 'Boende och kapacitet' }).waitFor();
    await page.getByRole('heading', { name: 'Kontrakt som löper ut' }).waitFor();
    await page.getByRole('table', { name: /^Platser per boendetyp/ }).waitFor();
    await checkA11y(page, 'housing page');
    // The history dialog opens by keyboard and closes with Escape, focus back on its button.
    const history = page.getByRole('button', { name: /^Historik – / }).first();
    await history.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await checkA11y(page, 'unit history dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => history.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('shows the GR coordinator the network aggregates only', async () => {
    const coordinator = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(coordinator, server.url, COORDINATOR, PASSWORD);
    await coordinator.goto(`${server.url}/mottagande/boende`);
    await coordinator.getByRole('heading', { level: 2, name: 'GR Mottagande och integration' }).waitFor();
    await coordinator.getByRole('table', { name: /per kommun/ }).waitFor();
    await checkA11y(coordinator, 'network housing');
    expect(await coordinator.content()).not.toMatch(/BO-1480-|KB-1402-/);
    await coordinator.goto(`${server.url}/mottagande/anvisningar`);
    await coordinator.getByRole('table', { name: /Anvisningar per kommun/ }).waitFor();
    await checkA11y(coordinator, 'network ledger');
    expect(await coordinator.content()).not.toMatch(/AN-1480-/);
    await coordinator.close();
  });
});
