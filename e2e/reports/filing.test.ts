/**
 * Filing in a real browser against the demo data: a reporter confirms an unchanged week in
 * at most two interactions after the form opens, another files a week with three changed
 * answers, a third files with the keyboard alone, and two colleagues who save the same
 * report reconcile the conflict per answer; "Att göra", the form, the conflict dialog and
 * the history pass axe. The demo reporters' municipalities have the latest round left to file.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkA11y,
  countInteractions,
  launchBrowser,
  login,
  type RunningServer,
  startServer,
} from '../support';

const PASSWORD = 'demo-samla-2026';
const SOCIAL = 'Socialtjänstens lägesrapport';
const RECEPTION = 'Mottagande av skyddsbehövande';

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

interface FormBody {
  report: {
    status: string;
    version: number;
    carriedOver: Record<string, number>;
    hasPendingRevision: boolean;
  } | null;
  answers: { figures: Record<string, number | null> };
  changes: Record<string, string>;
  previous: { answers: unknown } | null;
}

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, server.url, email, PASSWORD);
  await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
  return { context, page };
}

/** Opens the form of the template's due round from "Att göra"; returns the round id. */
async function openForm(page: Page, template: string): Promise<string> {
  await page
    .getByRole('link', { name: new RegExp(`^(Rapportera|Fortsätt rapportera) – ${template}`) })
    .click();
  await page.locator('form.report-form').waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The stored state, read through the API with the page's session. */
async function formOf(page: Page, roundId: string): Promise<FormBody> {
  const me = await page.request.get(`${server.url}/api/auth/me`);
  const { user } = (await me.json()) as { user: { orgId: string } };
  const res = await page.request.get(`${server.url}/api/rounds/${roundId}/reports/${user.orgId}/form`);
  expect(res.status()).toBe(200);
  return (await res.json()) as FormBody;
}

/** Tabs forward until `matches` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, description: string, matches: () => boolean, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`keyboard focus never reached ${description}`);
}

describe('"Inget har ändrats" (Mölndal)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedIn('rapportor.molndal@demo.samla.se'));
  });
  afterAll(async () => context?.close());

  it('"Att göra" lists what is due, with a link to report, and passes axe', async () => {
    await page.getByRole('heading', { level: 2, name: 'Att rapportera' }).waitFor();
    expect(await page.getByRole('link', { name: new RegExp(`^Rapportera – ${SOCIAL}`) }).count()).toBe(1);
    await checkA11y(page, 'Att göra');
  });

  it('the form opens pre-filled with change marks and passes axe', async () => {
    await openForm(page, SOCIAL);
    await page.getByRole('button', { name: 'Inget har ändrats sedan förra veckan' }).waitFor();
    expect(await page.getByText('Oförändrad', { exact: true }).count()).toBeGreaterThan(5);
    await checkA11y(page, 'Rapportformulär');
  });

  it("submits last week's answers in at most two interactions", async () => {
    const roundId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const counted = countInteractions(page);
    await counted.click(page.getByRole('button', { name: 'Inget har ändrats sedan förra veckan' }));
    await counted.click(page.getByRole('button', { name: 'Ja, skicka in' }));
    await page.getByRole('heading', { name: 'Rapporten är inskickad' }).waitFor();
    expect(counted.count).toBeLessThanOrEqual(2);
    expect(await page.getByText(/Mottagen \d/).count()).toBe(1);
    await page.screenshot({ path: '/tmp/samla-e2e-reports-unchanged.png', fullPage: false }).catch(() => {});

    const stored = await formOf(page, roundId);
    expect(stored.report?.status).toBe('submitted');
    expect(Object.values(stored.changes).every((status) => status === 'unchanged')).toBe(true);
    expect(Object.values(stored.report?.carriedOver ?? {}).every((n) => n >= 1)).toBe(true);
  });

  it('the version history shows the submission and passes axe', async () => {
    await page.getByRole('link', { name: 'Visa versionshistorik' }).click();
    await page.getByRole('heading', { level: 1, name: /Versionshistorik/ }).waitFor();
    await page.locator('.history-item').first().waitFor();
    const items = await page.locator('.history-item h2').allInnerTexts();
    expect(items, items.join(' | ')).toHaveLength(1);
    expect(items[0]).toMatch(/^Inskickad .* · Oskar Provsson$/);
    await checkA11y(page, 'Versionshistorik');
  });
});

describe('a week with three changes (Kungsbacka)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedIn('rapportor.kungsbacka@demo.samla.se'));
  });
  afterAll(async () => context?.close());

  it('marks the three changed answers, saves a draft on its own and submits', async () => {
    const roundId = await openForm(page, SOCIAL);
    await page.locator('#f-figures-sabo_staff_absence').fill('17,5');
    await page.locator('#f-areas-hemtjanst-comment').fill('Två enheter har hög frånvaro denna vecka.');
    await page.locator('#f-texts-needs').fill('Vi behöver stöd med bemanning i hemtjänsten.');
    expect(
      (await page.locator('form.report-form').getByText('Ändrad', { exact: true }).count()) +
        (await page.locator('form.report-form').getByText('Ny', { exact: true }).count()),
    ).toBe(3);
    await page.getByText(/Utkast sparat \d\d[:.]\d\d/).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Skicka in rapporten' }).click();
    await page.getByRole('heading', { name: 'Rapporten är inskickad' }).waitFor();
    const stored = await formOf(page, roundId);
    expect(stored.report?.status).toBe('submitted');
    const changed = Object.entries(stored.changes).filter(([, status]) => status !== 'unchanged');
    expect(changed.map(([key]) => key).sort()).toEqual([
      'comment:hemtjanst',
      'figure:sabo_staff_absence',
      'text:needs',
    ]);
  });

  it('changes the submitted report, then throws the changes away', async () => {
    const roundId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.locator('#f-figures-sabo_staff_absence').fill('33');
    await page.getByText(/Utkast sparat \d\d[:.]\d\d/).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Släng ändringarna' }).click();
    await page.getByRole('button', { name: 'Släng ändringarna' }).waitFor({ state: 'detached' });
    expect(await page.locator('#f-figures-sabo_staff_absence').inputValue()).toBe('17,5');
    const stored = await formOf(page, roundId);
    expect(stored.report?.hasPendingRevision).toBe(false);
    expect(stored.answers.figures.sabo_staff_absence).toBe(17.5);
  });

  it('shows errors in a summary that links to the field', async () => {
    await page.goto(`${server.url}/`);
    await openForm(page, RECEPTION);
    await page.locator('#f-figures-free_places').fill('många');
    await page.getByRole('button', { name: 'Skicka in rapporten' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /Lediga platser/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-figures-free_places');
    await checkA11y(page, 'Rapportformulär med fel');
  });
});

describe('by keyboard alone (Göteborg)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedIn('rapportor.goteborg@demo.samla.se'));
  });
  afterAll(async () => context?.close());

  it('opens the form, changes a text and submits with Tab, typing and Enter', async () => {
    await tabTo(page, 'the report link', () =>
      /^(Rapportera|Fortsätt rapportera) – Mottagande av skyddsbehövande/.test(
        document.activeElement?.textContent?.trim() ?? '',
      ),
    );
    await page.keyboard.press('Enter');
    await page.locator('form.report-form').waitFor();
    await tabTo(page, 'the needs text', () => document.activeElement?.id === 'f-texts-needs');
    await page.keyboard.type(' Behov av tolkar till helgen.');
    await tabTo(
      page,
      'the submit button',
      () => document.activeElement?.textContent === 'Skicka in rapporten',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Rapporten är inskickad' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('receipt'))).toBe(true);
  });
});

describe('two people editing the same report (Göteborg)', () => {
  let contexts: BrowserContext[] = [];

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('shows both versions side by side and saves the merged answers', async () => {
    const first = await signedIn('rapportor.goteborg@demo.samla.se');
    const second = await signedIn('socialchef.goteborg@demo.samla.se');
    contexts = [first.context, second.context];
    await openForm(first.page, SOCIAL);
    await openForm(second.page, SOCIAL);

    await second.page.locator('#f-texts-needs').fill('Karins behov');
    await second.page.locator('#f-texts-other').fill('Karins övrigt');
    await second.page.getByText(/Utkast sparat \d\d[:.]\d\d/).waitFor({ timeout: 15_000 });

    await first.page.locator('#f-texts-needs').fill('Elins behov');
    await first.page.locator('#f-texts-other').fill('Elins övrigt');
    const dialog = first.page.getByRole('dialog', { name: 'Någon annan har sparat rapporten' });
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.getByText('Din version').count()).toBe(2);
    expect(await dialog.getByText('Sparad version').count()).toBe(2);
    await checkA11y(first.page, 'Konfliktdialog');

    await dialog
      .getByRole('group', { name: /Övrigt/ })
      .getByLabel('Ta den sparade')
      .check();
    await dialog.getByRole('button', { name: 'Spara sammanslagen version' }).click();
    await first.page.getByText(/Utkast sparat \d\d[:.]\d\d/).waitFor({ timeout: 15_000 });
    expect(await first.page.locator('#f-texts-needs').inputValue()).toBe('Elins behov');
    expect(await first.page.locator('#f-texts-other').inputValue()).toBe('Karins övrigt');
  });
});
