/**
 * Import in a real browser: the GR coordinator opens an extra round, fills in the round's
 * CSV template, uploads it with one error, sees that error by row and column with the
 * cell's value, fixes the file and imports. The import and API-token pages pass axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const COORDINATOR = 'samordnare.gr@demo.samla.se';
const ORG_ADMIN = 'socialchef.goteborg@demo.samla.se';
const DEMO_PASSWORD = 'demo-samla-2026';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

/** Spreadsheet letter of a 0-based column index. */
function letter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A value every question of the seeded templates accepts. */
function answerFor(column: string): string {
  const [kind = ''] = column.split(':');
  if (kind === 'impact') return '2';
  if (kind === 'criteria_a' || kind === 'criteria_b') return 'ja';
  if (kind === 'criteria_c') return 'normal';
  if (kind === 'figure') return '1';
  if (kind === 'text') return 'Inget nytt att rapportera';
  return '';
}

/** How many reports of the round have been submitted, as the rounds API counts them. */
async function filedIn(page: Page, roundId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const body: { round: { filed: number } } = await (await fetch(`/api/rounds/${id}`)).json();
    return body.round.filed;
  }, roundId);
}

/** An open extra round of GR's network, made through the API as the coordinator. */
async function openExtraRound(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const me = await (await fetch('/api/auth/me')).json();
    const networks = await (await fetch('/api/networks')).json();
    const gr = networks.items.find((n: { slug: string }) => n.slug === 'gr-mottagande');
    const list = await (await fetch(`/api/networks/${gr.id}/rounds`)).json();
    const templateId = list.rounds[0].templateId;
    const now = Date.now();
    const res = await fetch(`/api/networks/${gr.id}/rounds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        templateId,
        title: 'Extra avstämning (import)',
        opensAt: new Date(now - 3600_000).toISOString(),
        deadlineAt: new Date(now + 2 * 86_400_000).toISOString(),
      }),
    });
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`extra round: ${res.status} ${await res.text()}`);
    const body = await res.json();
    return body.round.id as string;
  });
}

describe('importing a round as the GR coordinator', () => {
  let context: BrowserContext;
  let page: Page;
  let roundId: string;
  let rows: string[][];
  let errorColumn: number;

  beforeAll(async () => {
    ({ context, page } = await newPage());
    await login(page, server.url, COORDINATOR, DEMO_PASSWORD);
    roundId = await openExtraRound(page);
    const template = await page.evaluate(
      async (id) => (await fetch(`/api/rounds/${id}/import-template.csv`)).text(),
      roundId,
    );
    rows = template
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    const header = rows[0] ?? [];
    // Fill in the first two members; the others stay as the template left them and are skipped.
    for (const row of rows.slice(1, 3)) {
      header.forEach((column, i) => {
        if (i > 1) row[i] = answerFor(column);
      });
    }
    errorColumn = header.findIndex((column) => column.startsWith('figure:'));
  });

  afterAll(async () => {
    await context?.close();
  });

  const asFile = (cells: string[][]) => ({
    name: 'rapporter.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${cells.map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8'),
  });

  it('opens the import page with a labelled file input and passes axe', async () => {
    await page.goto(`${server.url}/omgangar/${roundId}/import`);
    await page.getByRole('heading', { level: 1, name: /Importera rapporter/ }).waitFor();
    // The form appears once the round has loaded; the file input is found by its label.
    await page.getByLabel('Fil att importera').waitFor();
    await checkA11y(page, 'Importera rapporter');
  });

  it('shows the one error by row and column with the cell value, and saves nothing', async () => {
    const broken = rows.map((row) => [...row]);
    const second = broken[2];
    if (!second) throw new Error('the template has fewer than two members');
    second[errorColumn] = 'sju';
    await page.getByLabel('Fil att importera').setInputFiles(asFile(broken));
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByRole('heading', { name: 'Resultat av kontrollen' }).waitFor();
    await expect(page.getByText('Filen innehåller 1 fel. Inget har sparats.').count()).resolves.toBe(1);
    const table = page.getByRole('table', { name: '1 fel i filen' });
    const cells = await table.locator('tbody tr').first().locator('th, td').allInnerTexts();
    expect(cells[0]?.trim()).toBe('3');
    expect(cells[1]).toContain(letter(errorColumn));
    expect(cells[1]).toContain(rows[0]?.[errorColumn] ?? '');
    expect(cells[2]?.trim()).toBe('sju');
    expect(cells[3]).toContain('Ange ett tal');
    await expect(page.getByRole('button', { name: 'Importera', exact: true }).count()).resolves.toBe(0);
    expect(await filedIn(page, roundId)).toBe(0);
    // The result heading has focus, so a screen reader starts reading the outcome.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-result-heading');
    await checkA11y(page, 'Importera rapporter med fel');
  });

  it('imports the corrected file', async () => {
    await page.getByLabel('Fil att importera').setInputFiles(asFile(rows));
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByRole('heading', { name: '2 rapporter kan importeras' }).waitFor();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByRole('heading', { name: 'Importen är klar' }).waitFor();
    await expect(page.getByText('2 rapporter har importerats och skickats in.').count()).resolves.toBe(1);
    expect(await filedIn(page, roundId)).toBe(2);
  });
});

describe('API tokens as the demo org admin', () => {
  it('creates a token, shows it once and passes axe', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, server.url, ORG_ADMIN, DEMO_PASSWORD);
      await page.goto(`${server.url}/admin/api-nycklar`);
      await page.getByRole('heading', { level: 1, name: 'API-nycklar' }).waitFor();
      await checkA11y(page, 'API-nycklar');
      await page.getByLabel('Namn på nyckeln').fill('Verksamhetssystemet');
      await page.getByRole('button', { name: 'Skapa nyckel' }).click();
      await page.getByRole('heading', { name: 'Ny nyckel: Verksamhetssystemet' }).waitFor();
      const secret = await page.getByLabel('API-nyckel', { exact: true }).inputValue();
      expect(secret).toMatch(/^samla_/);
      await checkA11y(page, 'API-nycklar med ny nyckel');
      const health = await page.request.get(`${server.url}/api/reports/todo`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(health.status()).toBe(200);
    } finally {
      await context.close();
    }
  });
});
