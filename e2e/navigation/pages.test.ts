/**
 * Every page of the route registry, reached the way a person reaches it: from the primary
 * navigation with the keyboard, or by following links (a network's card, a round's row, the
 * footer, the e-mailed password link), never by typing a URL. On each page the h1 is there,
 * no error is shown and axe finds no serious or critical WCAG 2.1 AA violation. One server
 * for the file, one browser context per role.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';
const REPORTER = 'rapportor.goteborg@demo.samla.se';
const ORG_ADMIN = 'socialchef.goteborg@demo.samla.se';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const SYSTEM_ADMIN = 'admin@demo.samla.se';

const NAV = { start: 'Att göra', picture: 'Lägesbild', networks: 'Nätverk', admin: 'Administration' };
/** The primary navigation every signed-in person has, in order. */
const SHARED_NAV = [
  NAV.start,
  NAV.picture,
  'Möten',
  'Kalender',
  'Frågor och svar',
  'Meddelanden',
  'Remisser',
  'Mottagande',
  NAV.networks,
  'Sök',
];

let server: RunningServer;
let browser: Browser;
/** Signed out throughout; opens the public pages and the e-mailed password link. */
let anonymous: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
  anonymous = await (await newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function newContext(): Promise<BrowserContext> {
  return browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
}

async function signedIn(email: string): Promise<Page> {
  const page = await (await newContext()).newPage();
  await login(page, server.url, email, PASSWORD);
  return page;
}

/**
 * The page has loaded: its h1 is visible, no spinner is left, no error alert or error
 * summary is shown, and axe passes. Returns the h1's text.
 */
async function expectPage(page: Page, label: string): Promise<string> {
  const h1 = page.locator('main h1');
  await h1.first().waitFor({ state: 'visible' });
  await page.locator('main .spinner').first().waitFor({ state: 'detached' });
  expect(await h1.count(), `${label}: one h1`).toBe(1);
  const errors = await page.locator('main .alert--error, main .error-summary').allTextContents();
  expect(errors, `${label}: no error shown at ${page.url()}`).toEqual([]);
  await checkA11y(page, label);
  return (await h1.textContent()) ?? '';
}

/** Names of the primary navigation's links, in order. */
function navLinks(page: Page): Promise<string[]> {
  return page.locator('nav.primary-nav a').allTextContents();
}

/**
 * From another page, Tabs to the primary-nav link `name` and presses Enter; the new page's
 * h1 must then hold focus.
 */
async function viaNav(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
  const startPath = new URL(page.url()).pathname;
  await page.locator('main h1').focus();
  // Back to the top of the document so Tab walks header and navigation in order.
  await page.evaluate(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null,
  );
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      (wanted) =>
        document.activeElement?.closest('nav.primary-nav') !== null &&
        document.activeElement?.tagName === 'A' &&
        document.activeElement.textContent === wanted,
      name,
    );
  }
  expect(reached, `Tab reaches the nav link "${name}"`).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (from) => window.location.pathname !== from && document.activeElement?.tagName === 'H1',
    startPath,
  );
}

describe('signed out', () => {
  it('login, forgotten password, accessibility statement', async () => {
    await anonymous.goto(`${server.url}/login`);
    expect(await expectPage(anonymous, 'Logga in')).toBe('Logga in');
    expect(await navLinks(anonymous)).toEqual([]);

    await anonymous.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    expect(await expectPage(anonymous, 'Glömt lösenord')).toBe('Glömt lösenord');
    // Asks for a link for the reporter; the reporter's context reads it in the mailbox below.
    await anonymous.getByLabel('E-postadress', { exact: true }).fill(REPORTER);
    await anonymous.getByRole('button', { name: 'Skicka länk' }).click();
    await anonymous.getByRole('heading', { level: 1, name: 'Kontrollera din e-post' }).waitFor();
    await expectPage(anonymous, 'Glömt lösenord, skickat');

    await anonymous.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    expect(await expectPage(anonymous, 'Tillgänglighetsredogörelse')).toBe('Tillgänglighetsredogörelse');
  });

  it('has no design-system preview in the production build', async () => {
    await anonymous.goto(`${server.url}/designsystem`);
    expect(await expectPage(anonymous, 'designsystem (404)')).toBe('Sidan finns inte');
  });
});

describe('as a reporter', () => {
  let page: Page;
  beforeAll(async () => {
    page = await signedIn(REPORTER);
  });

  it('has the shared nav entries, each reached by keyboard', async () => {
    expect(await navLinks(page)).toEqual(SHARED_NAV);
    for (const name of SHARED_NAV) {
      await viaNav(page, name);
      await expectPage(page, `${name} (reporter)`);
    }
  });

  it('opens a report and its history from Att göra', async () => {
    await viaNav(page, NAV.start);
    await expectPage(page, 'Att göra');
    await page.locator('main a[href^="/rapporter/"]').first().click();
    await page.waitForURL(/\/rapporter\/[^/]+$/);
    await expectPage(page, 'Rapportformulär');
    const history = page.locator('main a[href^="/rapporter/historik/"]');
    if ((await history.count()) > 0) {
      await history.first().click();
      await page.waitForURL(/\/rapporter\/historik\//);
      await expectPage(page, 'Rapporthistorik');
    }
  });

  it('opens a network’s picture and contacts, but not its templates or rounds', async () => {
    await viaNav(page, NAV.networks);
    await expectPage(page, 'Nätverk');
    expect(await page.locator('main a[href$="/mallar"], main a[href$="/omgangar"]').count()).toBe(0);
    await page.locator('main a[href$="/kontakter"]').first().click();
    await page.waitForURL(/\/kontakter$/);
    await expectPage(page, 'Kontaktlista');
    await page.goBack();
    await page.locator('main a[href$="/lagesbild"]').first().click();
    await page.waitForURL(/\/natverk\/[^/]+\/lagesbild/);
    await expectPage(page, 'Lägesbild (nätverk)');
  });

  it('opens an organisation’s history from the situation picture', async () => {
    // Some of the picture's links sit in folded sections; follow the first one on show.
    await page.locator('main a[href*="/organisationer/"]:visible').first().click();
    await page.waitForURL(/\/organisationer\//);
    await expectPage(page, 'Organisationens historik');
  });

  it('opens all notices from the bell', async () => {
    await page.getByRole('button', { name: /^Notiser/ }).click();
    await page.getByRole('link', { name: 'Visa alla notiser' }).click();
    await page.waitForURL(/\/notiser$/);
    expect(await expectPage(page, 'Notiser')).toBe('Notiser');
  });

  it('opens the development mailbox from the footer, and the e-mailed password link', async () => {
    await page.getByRole('link', { name: 'Brevlåda (utveckling)' }).click();
    await page.waitForURL(/\/dev\/brevlada$/);
    await page.locator('main .mail').first().waitFor();
    await expectPage(page, 'Brevlåda');
    const text = (await page.locator('main .mail').filter({ hasText: REPORTER }).allTextContents()).join(
      '\n',
    );
    const link = /https?:\/\/\S+\/losenord\/nytt\?token=[^\s]+/.exec(text)?.[0];
    expect(link, 'the reset mail holds a password link').toBeDefined();
    await anonymous.goto(link ?? '');
    expect(await expectPage(anonymous, 'Välj lösenord')).toBe('Välj lösenord');
  });
});

describe('as an org admin', () => {
  let page: Page;
  beforeAll(async () => {
    page = await signedIn(ORG_ADMIN);
  });

  it('has Administration in the nav, reached by keyboard', async () => {
    expect(await navLinks(page)).toEqual([...SHARED_NAV, NAV.admin]);
    await viaNav(page, NAV.admin);
    expect(await expectPage(page, 'Administration')).toBe('Administration');
  });

  it('opens users, audit log and API tokens from the admin start page', async () => {
    for (const [link, heading] of [
      ['Användare', 'Användare'],
      ['Granskningslogg', 'Granskningslogg'],
      ['API-nycklar', 'API-nycklar'],
    ] as const) {
      await page.getByRole('link', { name: NAV.admin, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      await page.locator('main').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectPage(page, heading);
    }
  });
});

describe('as a coordinator', () => {
  let page: Page;
  beforeAll(async () => {
    page = await signedIn(COORDINATOR);
  });

  it('has no Administration in the nav; each entry is reached by keyboard', async () => {
    expect(await navLinks(page)).toEqual(SHARED_NAV);
    for (const name of SHARED_NAV) {
      await viaNav(page, name);
      await expectPage(page, `${name} (coordinator)`);
    }
  });

  it('opens every reception page from the Mottagande start page', async () => {
    for (const href of [
      '/mottagande/kommuntal',
      '/mottagande/anvisningar',
      '/mottagande/boende',
      '/mottagande/planerare',
    ]) {
      await viaNav(page, 'Mottagande');
      await page.locator(`main a[href="${href}"]`).first().click();
      await page.waitForURL(new RegExp(`${href}$`));
      await expectPage(page, `${href} (coordinator)`);
    }
  });

  it('opens templates and a template from the network’s card', async () => {
    await viaNav(page, NAV.networks);
    await page.locator('main a[href$="/mallar"]').first().click();
    await page.waitForURL(/\/mallar$/);
    await expectPage(page, 'Rapportmallar');
    await page.locator('main a[href^="/mallar/"]').first().click();
    await page.waitForURL(/^[^?]*\/mallar\/[^/]+$/);
    await expectPage(page, 'Redigera mall');
  });

  it('opens rounds and a round’s import from the network’s card', async () => {
    await viaNav(page, NAV.networks);
    await page.locator('main a[href$="/omgangar"]').first().click();
    await page.waitForURL(/\/omgangar$/);
    await expectPage(page, 'Omgångar');
    await page.locator('main a[href$="/import"]').first().click();
    await page.waitForURL(/\/import$/);
    expect(await expectPage(page, 'Importera rapporter')).toContain('Importera');
  });
});

describe('as a system admin', () => {
  let page: Page;
  beforeAll(async () => {
    page = await signedIn(SYSTEM_ADMIN);
  });

  it('has every nav entry, each reached by keyboard', async () => {
    const links = await navLinks(page);
    expect(links).toContain(NAV.admin);
    for (const name of links) {
      await viaNav(page, name);
      await expectPage(page, `${name} (system admin)`);
    }
  });

  it('opens users and the audit log, and no API tokens (those belong to an org admin)', async () => {
    await viaNav(page, NAV.admin);
    expect(await page.locator('main a[href="/admin/api-nycklar"]').count()).toBe(0);
    for (const name of ['Användare', 'Granskningslogg']) {
      await page.getByRole('link', { name: NAV.admin, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      await page.locator('main').getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await expectPage(page, `${name} (system admin)`);
    }
  });
});
