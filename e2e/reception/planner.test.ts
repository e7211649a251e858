/**
 * The assignment planner in Chromium: the GR coordinator runs the demo batch, follows it to
 * proposals, moves one household to another municipality by keyboard and sees the quota
 * effect, accepts, and the network's ledger counts the new anvisningar. Axe on the page in
 * its draft and reviewed states.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlannerCandidates } from '../../src/server/seed/demo-planner';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const COORDINATOR = 'samordnare.gr@demo.samla.se';
const PASSWORD = 'demo-samla-2026';
const RUN_NAME = 'Demobatch GR – hösten';

let server: RunningServer;
let browser: Browser;
let page: Page;

interface Detail {
  run: { id: string; status: string; version: number };
  municipalities: {
    code: string;
    name: string;
    freePlaces: number;
    proposedPersons: number;
    quotaAfter: number;
  }[];
  proposals: { householdId: string; persons: number; municipality: string | null }[];
}

interface Aggregate {
  totals: { assigned: number };
  municipalities: { code: string | null; totals: { assigned: number } }[];
}

beforeAll(async () => {
  server = await startServer({ timeoutMs: 280_000 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await login(page, server.url, COORDINATOR, PASSWORD);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function getJson<T>(url: string): Promise<T> {
  return (await page.evaluate(async (u) => (await fetch(u)).json(), url)) as T;
}

/** "Kvar efter planen" of a municipality in the per-municipality table, as shown. */
async function quotaAfterShown(name: string): Promise<number> {
  const row = page.getByRole('table', { name: 'Förslag per kommun' }).getByRole('row', { name: name });
  return Number((await row.locator('td').last().textContent())?.trim());
}

describe('planner', () => {
  it('runs the demo batch, moves a household by keyboard, accepts and the ledger changes', async () => {
    await page.goto(`${server.url}/mottagande/planerare`);
    await page.getByRole('heading', { level: 1, name: 'Planerare för anvisningar' }).waitFor();
    await page.getByRole('link', { name: RUN_NAME }).click();
    const start = page.getByRole('button', { name: 'Kör planeraren' });
    await start.waitFor();
    await checkA11y(page, 'planner, draft run');

    await start.focus();
    await page.keyboard.press('Enter');
    // Progress: the run shows as queued or running (polled each second) before its proposals.
    await page.getByText('Körningen har startat.').waitFor();
    await page.getByRole('heading', { level: 2, name: new RegExp(`${RUN_NAME} – (I kö|Pågår)`) }).waitFor();
    await page.getByRole('heading', { level: 2, name: `${RUN_NAME} – Klar` }).waitFor({ timeout: 120_000 });
    await page.getByRole('heading', { level: 3, name: 'Resultat' }).waitFor();
    await checkA11y(page, 'planner, proposals');

    const runId = new URL(page.url()).searchParams.get('korning');
    const run = await getJson<Detail>(`/api/planner/runs/${runId}`);
    // A household without special needs, and a municipality with room for it that is not its own.
    const plain = new Set(
      demoPlannerCandidates()
        .filter((h) => !h.needsAccessible && !h.needsLarge)
        .map((h) => h.id),
    );
    const room = (m: Detail['municipalities'][number]) =>
      Math.min(m.quotaAfter, m.freePlaces - m.proposedPersons);
    let move: { household: Detail['proposals'][number]; to: Detail['municipalities'][number] } | null = null;
    for (const p of [...run.proposals].sort((a, b) => a.persons - b.persons)) {
      if (!p.municipality || !plain.has(p.householdId)) continue;
      const to = run.municipalities.find((m) => m.code !== p.municipality && room(m) >= p.persons);
      if (to) {
        move = { household: p, to };
        break;
      }
    }
    expect(move).not.toBeNull();
    if (!move) return;
    const from = run.municipalities.find((m) => m.code === move.household.municipality);
    if (!from) throw new Error('no origin municipality');
    expect(await quotaAfterShown(move.to.name)).toBe(move.to.quotaAfter);

    // By keyboard: arrow through the select to the target municipality, Tab to its button.
    const select = page.locator(`#move-${move.household.householdId}`);
    const codes = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const steps = codes.indexOf(move.to.code) - codes.indexOf(from.code);
    await select.focus();
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    expect(await select.inputValue()).toBe(move.to.code);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Ändrat. Kvoteffekten är uppdaterad.').waitFor();
    // The quota effect at once: the target has less left, the origin more.
    await expect.poll(() => quotaAfterShown(move.to.name)).toBe(move.to.quotaAfter - move.household.persons);
    expect(await quotaAfterShown(from.name)).toBe(from.quotaAfter + move.household.persons);

    const scopes = await getJson<{ networks: { id: string; name: string }[] }>('/api/reception/scopes');
    const networkId = scopes.networks[0]?.id;
    const year = new Date().getFullYear();
    const before = await getJson<Aggregate>(`/api/networks/${networkId}/ledger?year=${year}`);
    const reviewed = await getJson<Detail>(`/api/planner/runs/${runId}`);
    const placed = reviewed.proposals.filter((p) => p.municipality !== null);
    const persons = placed.reduce((a, p) => a + p.persons, 0);

    const accept = page.getByRole('button', { name: 'Godkänn och skapa anvisningar' });
    await accept.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${placed.length} anvisningar skapade.`).waitFor();
    await page.getByRole('heading', { level: 2, name: `${RUN_NAME} – Godkänd` }).waitFor();

    const after = await getJson<Aggregate>(`/api/networks/${networkId}/ledger?year=${year}`);
    expect(after.totals.assigned - before.totals.assigned).toBe(persons);
    const assignedIn = (a: Aggregate, code: string) =>
      a.municipalities.find((m) => m.code === code)?.totals.assigned ?? 0;
    const movedTo = placed.filter((p) => p.municipality === move.to.code).reduce((a, p) => a + p.persons, 0);
    expect(assignedIn(after, move.to.code) - assignedIn(before, move.to.code)).toBe(movedTo);

    // The ledger page shows the same: the network's table counts the new anvisningar.
    await page.goto(`${server.url}/mottagande/anvisningar`);
    const table = page.getByRole('table', { name: /Anvisningar per kommun/ });
    const row = table.locator('tbody tr').filter({ hasText: move.to.name });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]?.replace(/\s/g, '')).toBe(String(assignedIn(after, move.to.code)));
  });

  it('checks an uploaded household file, lists its errors by row and column, then stores a good one as a draft', async () => {
    await page.goto(`${server.url}/mottagande/planerare`);
    await page.getByRole('heading', { level: 2, name: 'Läs in hushåll från fil' }).waitFor();
    const header = 'hushållsreferens;personer;vuxna;barn;nuvarande kommun';
    const file = (text: string) => ({
      name: 'batch.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
    await page.locator('#planner-upload-name').fill('Filbatch');
    await page
      .locator('#planner-upload-file')
      .setInputFiles(file(`${header}\nF-1;3;2;2;1480\nF-2;1;1;0;1481`));
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByText('Filen har 1 fel. Inget är sparat.').waitFor();
    const errors = page.getByRole('table', { name: 'Fel i filen per rad och kolumn' });
    await errors.getByRole('row', { name: /^2 personer/ }).waitFor();
    await checkA11y(page, 'planner, upload errors');

    await page
      .locator('#planner-upload-file')
      .setInputFiles(file(`${header}\nF-1;3;1;2;1480\nF-2;1;1;0;1481`));
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByText('Filen är felfri: 2 hushåll, 4 personer. Inget är sparat ännu.').waitFor();
    await page.getByRole('button', { name: 'Spara 2 hushåll som utkast' }).click();
    await page.getByRole('heading', { level: 2, name: 'Filbatch – Utkast' }).waitFor();
    await page.getByRole('button', { name: 'Kör planeraren' }).waitFor();
  });
});
