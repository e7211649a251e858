/**
 * Search in Chromium: a Göteborg reporter finds the demo minutes of GR's weekly meetings
 * by an inflected Swedish word, sees the match highlighted, narrows by type and opens a
 * hit, all by keyboard. axe finds no serious or critical violations on the search page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const REPORTER = 'rapportor.goteborg@demo.samla.se';
const PASSWORD = 'demo-samla-2026';

let server: RunningServer;
let browser: Browser;
let page: Page;

async function focusedLabel(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
  });
}

/** Tabs (or Shift+Tabs) until the element whose label or text starts with `text` has focus. */
async function tabTo(text: string, options: { back?: boolean; exact?: boolean } = {}): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const label = (await focusedLabel()).trim();
    if (options.exact ? label === text : label.startsWith(text)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${text}"`);
}

beforeAll(async () => {
  // Demo seeding can take minutes on a shared machine.
  server = await startServer({ timeoutMs: 400_000 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await login(page, server.url, REPORTER, PASSWORD);
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('search', () => {
  it('finds minutes by an inflected word with the match highlighted, by keyboard alone', async () => {
    await page.getByRole('link', { name: 'Sök', exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sök i arkivet' }).waitFor();
    await checkA11y(page, 'search page, empty');

    await tabTo('Sökord');
    // The minutes say "anvisningar"; the search is for another form of the word.
    await page.keyboard.type('anvisningarna');
    await page.keyboard.press('Enter');
    const count = page.getByRole('heading', { level: 2, name: /träff(ar)? för ”anvisningarna”/ });
    await count.waitFor();
    expect(page.url()).toContain('q=anvisningarna');
    const marks = page.locator('.search-hit mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    const marked = (await marks.allTextContents()).map((m) => m.toLowerCase());
    expect(marked.some((m) => m.startsWith('anvisning') && m !== 'anvisningarna')).toBe(true);
    await checkA11y(page, 'search results');

    // Narrow to minutes with the keyboard: arrow keys in the select, back to the button.
    await tabTo('Typ');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Typ').inputValue()).toBe('minutes');
    await tabTo('Sök', { back: true, exact: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('typ=minutes');
    // The earlier hits stay until the new answer arrives.
    await expect
      .poll(async () => [...new Set(await page.locator('.search-hit__meta .tag').allTextContents())])
      .toEqual(['Protokoll']);

    // Into the first hit and open it.
    const firstLink = page.locator('.search-hit__title a').first();
    const href = await firstLink.getAttribute('href');
    await tabTo((await firstLink.textContent()) ?? '');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(href?.split('#')[0]);
  });

  it('says so when nothing matches, and refuses a one-letter search', async () => {
    await page.goto(`${server.url}/sok?q=${encodeURIComponent('zyxqvw')}`);
    await page.getByText('Inga träffar för ”zyxqvw”.').waitFor();
    await checkA11y(page, 'search, no hits');
    await page.getByLabel('Sökord').fill('a');
    await page.getByLabel('Sökord').press('Enter');
    await page.getByRole('link', { name: /Sökord: Värdet är för litet/ }).waitFor();
    await checkA11y(page, 'search, error');
  });
});
