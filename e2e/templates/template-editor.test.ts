/**
 * The template editor and the rounds page in Chromium: a coordinator adds and moves a key
 * figure by keyboard alone and saves a new version; a stale save shows the conflict; axe
 * finds no serious or critical violations.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const COORDINATOR = 'samordnare.gr@demo.samla.se';
const PASSWORD = 'demo-samla-2026';

let server: RunningServer;
let browser: Browser;
let page: Page;
let networkId: string;
let templateId: string;

interface Json {
  [key: string]: unknown;
}

async function apiGet<T>(path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
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
  const list = await apiGet<{ templates: { id: string; name: string }[] }>(
    `/api/networks/${networkId}/templates`,
  );
  const template = list.templates.find((t) => t.name === 'Mottagande av skyddsbehövande');
  if (!template) throw new Error('the seeded template is missing');
  templateId = template.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function focusedId(): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('template editor', () => {
  it('lists the templates without serious accessibility violations', async () => {
    await page.goto(`${server.url}/natverk/${networkId}/mallar`);
    await page.getByRole('link', { name: 'Mottagande av skyddsbehövande' }).waitFor();
    await checkA11y(page, 'templates list');
  });

  it('adds a key figure by keyboard, moves it up and saves it as version 2', async () => {
    await page.goto(`${server.url}/mallar/${templateId}`);
    await page.getByRole('heading', { level: 1, name: 'Mottagande av skyddsbehövande' }).waitFor();
    await checkA11y(page, 'template editor');

    // The add button, reached by Tab like any control; Enter adds and moves focus to the new label.
    await page.getByRole('button', { name: 'Lägg till nyckeltal i Mottagande och boende' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('def-areas-0-figures-5-label-sv');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Väntande anvisningar');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Pending assignments');

    // Move it above the last figure: focus stays on the moved figure's button.
    const moveUp = page.getByRole('button', { name: 'Flytta upp – Väntande anvisningar' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'flyttades till plats 5 av 6' }).count())
      .toBe(1);
    expect(await focusedId()).toMatch(/-up$/);
    expect(await page.locator('#def-areas-0-figures-4-label-sv').inputValue()).toBe('Väntande anvisningar');

    // Enter in a text field submits the form: the new version is saved.
    await page.locator('#def-areas-0-figures-4-label-en').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Version 2 är sparad.').waitFor();
    await checkA11y(page, 'template editor after save');

    const detail = await apiGet<{
      template: { currentVersion: number };
      definition: { areas: { figures: { key: string; label: Json }[] }[] };
      versions: { version: number; createdBy: { name: string } | null }[];
    }>(`/api/templates/${templateId}`);
    expect(detail.template.currentVersion).toBe(2);
    const figures = detail.definition.areas[0]?.figures ?? [];
    expect(figures.map((f) => f.key)).toEqual([
      'lma_housing_persons',
      'free_places',
      'anvisningar_week',
      'contracts_ending',
      'vantande_anvisningar',
      'temporary_protection_registered',
    ]);
    expect(figures[4]?.label).toEqual({ sv: 'Väntande anvisningar', en: 'Pending assignments' });
    expect(detail.versions.map((v) => v.version)).toEqual([2, 1]);
    const v1 = await apiGet<{ definition: { areas: { figures: unknown[] }[] } }>(
      `/api/templates/${templateId}/versions/1`,
    );
    expect(v1.definition.areas[0]?.figures).toHaveLength(5);
  });

  it('shows the conflict when someone else saved in between', async () => {
    await page.goto(`${server.url}/mallar/${templateId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('#def-texts-0-label-en').fill('Needs for coordination and support');
    // Another coordinator's save, straight through the API.
    const status = await page.evaluate(async (id) => {
      const me = await (await fetch('/api/auth/me')).json();
      const current = await (await fetch(`/api/templates/${id}`)).json();
      const res = await fetch(`/api/templates/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          definition: current.definition,
          baseVersion: current.template.currentVersion,
        }),
      });
      return res.status;
    }, templateId);
    expect(status).toBe(200);
    await page.getByRole('button', { name: 'Spara som version 3' }).click();
    await page.getByRole('heading', { name: 'Någon annan har sparat en nyare version' }).waitFor();
    await checkA11y(page, 'template editor with conflict');
    await page.getByRole('button', { name: 'Spara mina ändringar som version 4' }).click();
    await page.getByText('Version 4 är sparad.').waitFor();
  });
});

describe('rounds page', () => {
  it('shows rounds with filed of expected and passes axe', async () => {
    await page.goto(`${server.url}/natverk/${networkId}/omgangar`);
    await page.getByRole('heading', { level: 1, name: /Omgångar/ }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(2);
    await expect.poll(() => page.getByText(/\d+ av 13/).count()).toBeGreaterThan(0);
    await checkA11y(page, 'rounds');
    await page
      .getByRole('button', { name: /Ändra sista dag/ })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await checkA11y(page, 'deadline dialog');
  });
});
