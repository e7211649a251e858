/**
 * The escalation loop in a real browser against the demo data: GR's coordinator opens a
 * municipality's history from the situation picture, takes its Kritisk report to the next
 * meeting with an action, follows the link to the meeting and finds the agenda item there,
 * and sees the item and the action on the history page. The page passes axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const ACTION = 'Kommunen redovisar läget och vilket stöd som behövs från grannkommunerna.';

interface Listed {
  reports: { reportId: string; worstImpact: number | null; eligible: boolean; escalations: unknown[] }[];
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let networkId = '';
let org = { id: '', name: '' };
let topic = '';

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

describe('escalation from the picture', () => {
  it('finds a municipality with a Kritisk report in GR', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lägesbild' })
      .click();
    await page.getByRole('heading', { level: 1, name: /^Lägesbild – GR/ }).waitFor();
    networkId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const members = (await (
      await page.request.get(`${server.url}/api/networks/${networkId}/picture`)
    ).json()) as {
      organisations: Record<string, { id: string; name: string; code: string | null }>;
    };
    for (const member of Object.values(members.organisations)) {
      const res = await page.request.get(
        `${server.url}/api/networks/${networkId}/organisations/${member.id}/escalations`,
      );
      const listed = (await res.json()) as Listed;
      if (listed.reports.some((r) => r.worstImpact === 5 && r.eligible)) {
        org = member;
        break;
      }
    }
    expect(org.id, 'the demo data has a Kritisk report in GR').not.toBe('');
  });

  it('puts the Kritisk report on the next meeting from the history page', async () => {
    await page.goto(`${server.url}/natverk/${networkId}/organisationer/${org.id}`);
    await page.getByRole('heading', { level: 1, name: `${org.name} – historik` }).waitFor();
    const section = page.locator('section.escalation-section');
    await section.getByRole('heading', { name: 'Ta upp i nätverket' }).waitFor();
    const report = section.locator('li.escalation-report', { hasText: 'Kritisk' }).first();
    await report.getByRole('button', { name: /Ta upp på nästa möte/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta upp på nästa möte' });
    await dialog.waitFor();
    topic = await dialog.getByLabel('Rubrik på dagordningen').inputValue();
    expect(topic).toContain(org.name);
    expect(topic).toContain('Kritisk');
    await dialog.getByLabel('Åtgärd').fill(ACTION);
    await dialog.getByRole('button', { name: 'Lägg till på dagordningen' }).click();
    await page.getByText(/Rapporten är tillagd på dagordningen för/).waitFor();
    // The report now shows the agenda item and the action.
    await report.getByText(topic, { exact: false }).first().waitFor();
    await report.getByText(ACTION).waitFor();
    await checkA11y(page, 'organisation history with escalation');
  });

  it('links to the meeting, whose agenda has the item', async () => {
    await page.getByRole('link', { name: 'Gå till mötet' }).click();
    await page.waitForURL(/\/moten\/[0-9a-f-]+$/);
    // The meeting's agenda has the item, under the topic given on the history page.
    await page.locator('main').getByText(topic).first().waitFor();
    expect(topic).toContain('Kritisk');
  });
});
