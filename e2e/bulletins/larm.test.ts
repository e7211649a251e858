/**
 * A larm in Chromium: the GR coordinator sends it by keyboard to every beredskapssamordnare
 * in the network; a recipient sees the banner on the start page, reaches its acknowledge
 * button with Tab and presses it; the sender's receipt table then shows the
 * acknowledgement. Axe finds no serious or critical violations on any of the pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const RECIPIENT = 'rapportor.goteborg@demo.samla.se';
const TITLE = 'Misstänkt intrång i journalsystemet';

let server: RunningServer;
let browser: Browser;
let senderContext: BrowserContext;
let recipientContext: BrowserContext;
let sender: Page;
let recipient: Page;
let bulletinPath = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  senderContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  recipientContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  sender = await senderContext.newPage();
  recipient = await recipientContext.newPage();
  await login(sender, server.url, COORDINATOR, PASSWORD);
  await login(recipient, server.url, RECIPIENT, PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

describe('a larm from the coordinator', () => {
  it('is sent by keyboard from the messages page', async () => {
    await sender.goto(`${server.url}/meddelanden`);
    await sender.getByRole('heading', { level: 1, name: 'Meddelanden' }).waitFor();
    await sender.getByRole('heading', { level: 2, name: 'Skicka meddelande' }).waitFor();
    await checkA11y(sender, 'bulletins list with send form');

    // One network (GR) is preselected; the rest by keyboard alone.
    await sender.getByLabel('Rubrik').focus();
    await sender.keyboard.type(TITLE);
    await sender.keyboard.press('Tab');
    await sender.keyboard.type('Logga ut delade konton och kontrollera inloggningar sedan i går kväll.');
    await sender.getByRole('radio', { name: /^Larm/ }).focus();
    await sender.keyboard.press('Space');
    await sender.getByRole('radio', { name: 'Kontaktfunktioner' }).focus();
    await sender.keyboard.press('Space');
    const fn = sender.getByRole('checkbox', { name: 'Beredskapssamordnare' });
    await fn.waitFor();
    await fn.focus();
    await sender.keyboard.press('Space');
    await checkA11y(sender, 'send form filled in');
    await sender.getByRole('button', { name: 'Skicka', exact: true }).focus();
    await sender.keyboard.press('Enter');

    await sender
      .getByRole('status')
      .filter({ hasText: `Meddelandet ”${TITLE}” har skickats till` })
      .waitFor();
    const link = sender.getByRole('link', { name: TITLE });
    await link.waitFor();
    bulletinPath = (await link.getAttribute('href')) ?? '';
    expect(bulletinPath).toMatch(/^\/meddelanden\/[0-9a-f-]{36}$/);
  });

  it('shows the recipient a banner on every page until acknowledged, reachable by Tab', async () => {
    await recipient.goto(`${server.url}/`);
    const banner = recipient.getByRole('region', { name: 'Larm som du behöver kvittera' });
    await banner.waitFor();
    await expect.poll(() => banner.getByRole('link', { name: TITLE }).count()).toBe(1);
    await checkA11y(recipient, 'start page with larm banner');

    await recipient.goto(`${server.url}/fragor`);
    await recipient.getByRole('heading', { level: 1, name: 'Frågor och svar' }).waitFor();
    await banner.waitFor();

    // From the top of the page, Tab reaches the banner's acknowledge button.
    await recipient.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await recipient.keyboard.press('Tab');
      reached = (await focusedText(recipient)).startsWith(`Kvittera – ${TITLE}`);
    }
    expect(reached).toBe(true);
    await recipient.keyboard.press('Enter');
    await recipient
      .getByRole('status')
      .filter({ hasText: `Larmet ”${TITLE}” är kvitterat.` })
      .waitFor();
    await expect.poll(() => banner.count()).toBe(0);

    await recipient.goto(`${server.url}/`);
    await recipient.getByRole('heading', { level: 1 }).first().waitFor();
    await recipient.waitForTimeout(500);
    expect(await recipient.getByRole('region', { name: 'Larm som du behöver kvittera' }).count()).toBe(0);
  });

  it('shows the sender who acknowledged, and who has not', async () => {
    await sender.goto(`${server.url}${bulletinPath}`);
    await sender.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const table = sender.getByRole('table', { name: 'Läst och kvitterat' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Elin Demosdotter' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).not.toContain('Inte än');
    expect(await sender.getByText(/har kvitterat, \d+ har inte kvitterat\./).textContent()).toMatch(
      /, 1 har kvitterat/,
    );
    await checkA11y(sender, 'bulletin with receipts');

    await sender.goto(`${server.url}/meddelanden`);
    const listRow = sender.getByRole('row').filter({ hasText: TITLE });
    await listRow.waitFor();
    expect(await listRow.textContent()).toMatch(/1 av \d+ har kvitterat/);
  });
});
