/**
 * The situation picture in a real browser against the demo data: GR's coordinator opens
 * "Lägesbild", sees how many have reported and the map of GR's 13 municipalities, reaches a
 * municipality on the map by keyboard and hears its name and value, and drills down to that
 * municipality's history with Enter. Both pages pass axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const NETWORK = 'GR Mottagande och integration';
const IMPACT = ['Ingen påverkan', 'Måttlig', 'Betydande', 'Allvarlig', 'Kritisk'];

interface PictureBody {
  organisations: Record<string, { id: string; name: string; code: string | null }>;
  completeness: { expected: number; filed: number; missing: string[] };
  byOrg: {
    orgId: string;
    status: string;
    impacts: Record<string, number | null>;
  }[];
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let picture: PictureBody;
/** The organisation whose area had keyboard focus on the map. */
let drilledOrg = '';

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

/** What the map should say for an organisation: its worst level, or that nothing came in. */
function expectedLabel(row: PictureBody['byOrg'][number]): string {
  if (row.status === 'missing') return 'Har inte rapporterat';
  const levels = Object.values(row.impacts).filter((level): level is number => level !== null);
  if (levels.length === 0) return 'Ingen nivå angiven';
  const worst = Math.max(...levels);
  return `${worst} ${IMPACT[worst - 1]}`;
}

describe('situation picture', () => {
  it('opens from the menu with completeness and a map of the members', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lägesbild' })
      .click();
    await page.getByRole('heading', { level: 1, name: `Lägesbild – ${NETWORK}` }).waitFor();
    const networkId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const res = await page.request.get(`${server.url}/api/networks/${networkId}/picture`);
    expect(res.status()).toBe(200);
    picture = (await res.json()) as PictureBody;
    const { filed, expected } = picture.completeness;
    expect(expected).toBe(13);
    await expect
      .poll(() => page.getByText(`${filed} av ${expected} har rapporterat`, { exact: true }).count())
      .toBe(1);

    const areas = page.locator('svg.choropleth__svg path.choropleth__area[tabindex="0"]');
    await areas.first().waitFor();
    const municipalities = Object.values(picture.organisations).filter((org) =>
      /^\d{4}$/.test(org.code ?? ''),
    );
    expect(await areas.count()).toBe(municipalities.length);
    expect(municipalities.length).toBe(13);
  });

  it('reaches a municipality on the map by keyboard and reads its name and value', async () => {
    await page.getByLabel('Visa på kartan').focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('choropleth__area'))) break;
    }
    const focused = await page.evaluate(() => ({
      label: document.activeElement?.getAttribute('aria-label') ?? '',
      code: document.activeElement?.getAttribute('data-code') ?? '',
    }));
    const [name, value] = focused.label.split(': ');
    const org = Object.values(picture.organisations).find((o) => o.code === focused.code);
    const row = picture.byOrg.find((r) => r.orgId === org?.id);
    expect(row, `focused area "${focused.label}" is a member`).toBeDefined();
    if (!row || !org || !name) return;
    // The map names the municipality ("Kungsbacka"); the registry adds "kommun".
    expect(org.name.startsWith(name)).toBe(true);
    expect(value).toBe(expectedLabel(row));
    drilledOrg = org.name;
    // The tooltip shows the same for sighted keyboard users.
    await expect.poll(() => page.locator('svg.choropleth__svg').textContent()).toContain(name);
  });

  it('passes axe on the picture', async () => {
    await checkA11y(page, 'situation picture');
  });

  it('drills down to the municipality with Enter', async () => {
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `${drilledOrg} – historik` }).waitFor();
    expect(page.url()).toMatch(/\/natverk\/[0-9a-f-]+\/organisationer\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: 'Rapportering och nyckeltal per omgång' }).waitFor();
    await checkA11y(page, 'organisation history');
  });
});
