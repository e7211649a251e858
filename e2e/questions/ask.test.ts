/**
 * Questions in Chromium: a reporter in Mölndal types a question and is offered an earlier
 * answered one (found by an inflected Swedish word), announced in a polite live region;
 * sends the question by keyboard to Migrationsverket and sees it among the
 * organisation's own questions; opens the suggested Q&A. Migrationsverket's liaison finds
 * the question in the inbox, assigns it and publishes an answer with tags; the asker sees
 * the answer. Axe clean on every page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const REPORTER = 'rapportor.molndal@demo.samla.se';
const LIAISON = 'kontakt.migrationsverket@demo.samla.se';
const PASSWORD = 'demo-samla-2026';
const SEEDED = 'Rätt till förskola för barn med tillfälligt skydd';
const TITLE = 'Barnomsorgen för nyanlända familjer på evakueringsplatser';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await login(page, server.url, REPORTER, PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('asking a question', () => {
  it('lists the published Q&A', async () => {
    await page.goto(`${server.url}/fragor`);
    await page.getByRole('heading', { level: 1, name: 'Frågor och svar' }).waitFor();
    await page.getByRole('link', { name: SEEDED }).waitFor();
    await checkA11y(page, 'questions page');
  });

  it('suggests a similar answered question while typing, announced politely', async () => {
    await page.getByLabel('Rubrik', { exact: true }).focus();
    await page.keyboard.type(TITLE, { delay: 10 });
    const suggestions = page.getByRole('region', { name: 'Liknande frågor som redan besvarats' });
    await suggestions.getByRole('link', { name: SEEDED }).waitFor();
    const live = suggestions.locator('[aria-live="polite"]');
    expect(await live.textContent()).toMatch(/liknande besvarad(e)? frågor? hittades/);
    await checkA11y(page, 'ask form with suggestions');
  });

  it('sends the question by keyboard and lists it among the organisation’s questions', async () => {
    const to = page.getByLabel('Fråga till');
    await to.focus();
    // Type-ahead on the closed select: the first option starting with M.
    await page.keyboard.press('M');
    await expect
      .poll(async () => (await to.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)) ?? '')
      .toBe('Migrationsverket');
    await page.getByLabel('Fråga', { exact: true }).focus();
    await page.keyboard.type('Har barnen rätt till förskola medan familjen bor på evakueringsplats?');
    await page.getByRole('button', { name: 'Skicka frågan' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Frågan ”${TITLE}” har skickats till Migrationsverket.` })
      .waitFor();
    const mine = page.getByRole('region', { name: 'Min organisations frågor' });
    const row = mine.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ny');
    await checkA11y(page, 'questions page after asking');
  });

  it('opens a published Q&A from the list', async () => {
    await page.goto(`${server.url}/fragor`);
    const published = page.getByRole('region', { name: 'Publicerade frågor och svar' });
    await published.getByRole('link', { name: SEEDED }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fragor\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: SEEDED }).waitFor();
    await page.getByText('samma rätt till förskola').waitFor();
    await checkA11y(page, 'published question');
  });

  it('is assigned and answered by the agency liaison, and the asker sees the answer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const liaison = await context.newPage();
    await login(liaison, server.url, LIAISON, PASSWORD);
    await liaison.goto(`${server.url}/fragor`);
    const inbox = liaison.getByRole('region', { name: 'Frågor till er organisation' });
    await inbox.getByRole('link', { name: TITLE }).focus();
    await liaison.keyboard.press('Enter');
    await liaison.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await liaison.getByRole('heading', { level: 2, name: 'Fördela frågan' }).waitFor();
    await checkA11y(liaison, 'question with assign and answer forms');

    await liaison.getByLabel('Person', { exact: true }).focus();
    await liaison.keyboard.type('Amir');
    await liaison.getByRole('button', { name: 'Fördela', exact: true }).focus();
    await liaison.keyboard.press('Enter');
    await liaison.getByRole('status').filter({ hasText: 'Frågan är fördelad till Amir Demo.' }).waitFor();

    await liaison.getByLabel('Svar', { exact: true }).focus();
    await liaison.keyboard.type('Ja. Barnen har rätt till förskola även under tiden på evakueringsplats.');
    await liaison.keyboard.press('Tab');
    await liaison.keyboard.type('förskola, evakuering');
    await liaison.getByRole('button', { name: 'Publicera svaret' }).focus();
    await liaison.keyboard.press('Enter');
    await liaison.getByRole('status').filter({ hasText: 'Svaret är publicerat.' }).waitFor();
    await liaison.getByRole('heading', { level: 2, name: 'Ändra taggar' }).waitFor();
    await checkA11y(liaison, 'answered question with the tag form');
    const path = new URL(liaison.url()).pathname;
    await context.close();

    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('även under tiden på evakueringsplats').waitFor();
    expect(await page.getByText('Besvarad', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('förskola, evakuering').count()).toBe(1);
  });
});
