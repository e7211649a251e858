/**
 * Meetings in Chromium: a GR coordinator plans a meeting, builds and reorders the agenda by
 * keyboard alone, records attendance, writes minutes with a decision and an action and
 * publishes them; the open action shows in the follow-up of the next meeting. axe finds no
 * serious or critical violations on any meetings page.
 */
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const COORDINATOR = 'samordnare.gr@demo.samla.se';
const REPORTER = 'rapportor.goteborg@demo.samla.se';
const PASSWORD = 'demo-samla-2026';

let server: RunningServer;
let browser: Browser;
let page: Page;
let networkId: string;
let goteborg: string;

async function apiGet<T>(path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}

function stockholm(daysAhead: number, hour: number): string {
  return DateTime.now()
    .setZone('Europe/Stockholm')
    .plus({ days: daysAhead })
    .set({ hour, minute: 0, second: 0, millisecond: 0 })
    .toFormat("yyyy-MM-dd'T'HH:mm");
}

async function focusedId(): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function statusText(text: string) {
  await expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBeGreaterThan(0);
}

async function planMeeting(title: string, daysAhead: number): Promise<string> {
  await page.goto(`${server.url}/moten/ny`);
  await page.getByRole('heading', { level: 1, name: 'Planera ett möte' }).waitFor();
  await page.getByLabel('Nätverk').selectOption(networkId);
  await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Börjar').fill(stockholm(daysAhead, 9));
  await page.getByLabel('Slutar').fill(stockholm(daysAhead, 10));
  await page.getByLabel('Plats', { exact: true }).fill('GR, sal 2');
  await page.getByRole('button', { name: 'Skapa mötet' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.url().split('/moten/')[1] ?? '';
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await login(page, server.url, COORDINATOR, PASSWORD);
  const me = await apiGet<{ user: { networks: { id: string; slug: string }[] } }>('/api/auth/me');
  const network = me.user.networks.find((n) => n.slug === 'gr-mottagande');
  if (!network) throw new Error('the GR coordinator is not in gr-mottagande');
  networkId = network.id;
  const detail = await apiGet<{ members: { orgId: string; code: string | null; name: string }[] }>(
    `/api/networks/${networkId}`,
  );
  const found = detail.members.find((m) => m.code === '1480');
  if (!found) throw new Error('Göteborg is not a member of gr-mottagande');
  goteborg = found.name;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('meetings', () => {
  it('lists the demo meetings', async () => {
    await page.goto(`${server.url}/moten`);
    await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
    await page.getByRole('link', { name: 'Veckomöte mottagande och integration' }).first().waitFor();
    await checkA11y(page, 'meetings list');
    await page.getByLabel('Tidigare').check();
    await expect
      .poll(() => page.getByRole('link', { name: 'Veckomöte mottagande och integration' }).count())
      .toBeGreaterThanOrEqual(4);
    await checkA11y(page, 'meetings list, past');
  });

  it('plans a meeting, reorders the agenda by keyboard, records attendance and publishes minutes', async () => {
    await page.goto(`${server.url}/moten/ny`);
    await page.getByRole('heading', { level: 1, name: 'Planera ett möte' }).waitFor();
    await checkA11y(page, 'new meeting');
    await planMeeting('E2E-möte om boenden', 14);
    await checkA11y(page, 'meeting page');

    // Punkt A gets slides: uploaded at once, sent with the item.
    await page.locator('#agenda-file').setInputFiles({
      name: 'bilder.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Bilder till punkt A'),
    });
    await page
      .getByRole('list', { name: 'Bilagor till punkten' })
      .getByRole('link', { name: 'bilder.txt' })
      .waitFor();
    for (const topic of ['Punkt A', 'Punkt B']) {
      await page.getByLabel('Ämne').fill(topic);
      await page.getByRole('button', { name: 'Lägg till punkten' }).click();
      await statusText(`${topic} är tillagd.`);
    }
    // Keyboard only: Tab to "Flytta ned – Punkt A", Enter; focus stays on Punkt A's other move button.
    await page.getByRole('button', { name: 'Flytta ned – Punkt A' }).focus();
    await page.keyboard.press('Enter');
    await statusText('Punkt A är nu punkt 2.');
    expect(await focusedId()).toMatch(/--up$/);
    await page
      .getByRole('list', { name: 'Bilagor till Punkt A' })
      .getByRole('link', { name: 'bilder.txt' })
      .waitFor();
    const topics = await page.locator('.agenda-item__topic').allTextContents();
    expect(topics).toEqual(['Punkt B', 'Punkt A']);
    await page.keyboard.press('Enter');
    await statusText('Punkt A är nu punkt 1.');
    expect(await page.locator('.agenda-item__topic').allTextContents()).toEqual(['Punkt A', 'Punkt B']);

    await page.getByLabel(`Närvaro för ${goteborg}`).selectOption('present');
    await page.getByLabel(`Deltagare från ${goteborg}`).fill('Elin Demosdotter');
    await page.getByRole('button', { name: 'Spara närvaron' }).click();
    await statusText('Närvaron är sparad.');

    await page
      .getByLabel('Anteckningar till punkt 1: Punkt A')
      .fill('Kommunerna ser **fler** behov av boenden.');
    await page.getByText('Förhandsgranska Punkt A').click();
    await expect.poll(() => page.locator('.minutes-text strong').filter({ hasText: 'fler' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Lägg till beslut' }).click();
    await page.getByLabel('Beslut 1').fill('GR samordnar boendefrågan.');
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await page.getByLabel('Åtgärd 1').fill('Inventera tomma lägenheter');
    await page.getByLabel('Ansvarig organisation').selectOption({ label: goteborg });
    await page.getByLabel('Klart senast').fill(DateTime.now().plus({ days: 30 }).toISODate() ?? '');
    await checkA11y(page, 'minutes editor');
    await page.getByRole('button', { name: 'Spara och publicera' }).click();
    await statusText('Protokollet är publicerat för nätverket.');
    await page.getByRole('button', { name: 'Rätta protokollet' }).waitFor();
    expect(await page.getByText('GR samordnar boendefrågan.').count()).toBeGreaterThan(0);
    await checkA11y(page, 'published minutes');
  });

  it('finds the published minutes by another form of a word in them', async () => {
    // The minutes say "boenden"; the search is for "boendet".
    await page.goto(`${server.url}/sok?q=boendet&typ=minutes`);
    const hit = page.locator('.search-hit').filter({ hasText: 'E2E-möte om boenden' });
    await hit.first().waitFor();
    const marked = (await hit.first().locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marked.some((m) => m.startsWith('boende') && m !== 'boendet')).toBe(true);
    await hit.first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /E2E-möte om boenden/ }).waitFor();
  });

  it("shows the open action in the next meeting's follow-up", async () => {
    await planMeeting('E2E-uppföljningsmöte', 21);
    const followUp = page.getByRole('region', { name: 'Uppföljning av tidigare åtgärder' });
    await followUp.getByRole('rowheader', { name: 'Inventera tomma lägenheter' }).waitFor();
    await checkA11y(page, 'next meeting with follow-up');
  });

  it("lists Göteborg's actions on a reporter's Mina åtgärder and marks one done", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const reporterPage = await context.newPage();
    try {
      await login(reporterPage, server.url, REPORTER, PASSWORD);
      await reporterPage.goto(`${server.url}/mina-atgarder`);
      await reporterPage.getByRole('heading', { level: 1, name: 'Mina åtgärder' }).waitFor();
      await reporterPage.getByRole('rowheader', { name: 'Inventera tomma lägenheter' }).waitFor();
      await checkA11y(reporterPage, 'my actions');
      await reporterPage.getByRole('button', { name: 'Markera klar – Inventera tomma lägenheter' }).click();
      await expect
        .poll(() =>
          reporterPage.getByRole('status').filter({ hasText: 'Inventera tomma lägenheter' }).count(),
        )
        .toBe(1);
      await expect
        .poll(() => reporterPage.getByRole('rowheader', { name: 'Inventera tomma lägenheter' }).count())
        .toBe(0);
    } finally {
      await context.close();
    }
  });
});
