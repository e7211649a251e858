/**
 * Administration in a real browser: the demo org admin invites a colleague with the keyboard
 * alone, sees them in the list, and the invited person chooses a password from the e-mailed
 * link and signs in. Every admin, network and password page passes axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const ORG_ADMIN = 'socialchef.goteborg@demo.samla.se';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const DEMO_PASSWORD = 'demo-samla-2026';
const INVITEE = { name: 'Tangent Tangentsson', email: 'tangent.tangentsson@goteborg.example' };

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

/** Tabs forward until `matches` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, description: string, matches: () => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`keyboard focus never reached ${description}`);
}

describe('administration as the demo org admin', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await newPage());
    await login(page, server.url, ORG_ADMIN, DEMO_PASSWORD);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('shows the users of Göteborgs kommun and passes axe', async () => {
    await page.goto(`${server.url}/admin/anvandare`);
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByRole('rowheader', { name: /Karin Fiktiv/ }).waitFor();
    await checkA11y(page, 'Användare');
  });

  it('invites a user with the keyboard alone', async () => {
    // Start from the top of the page: everything after this is key presses and typing.
    await page.getByRole('heading', { level: 1, name: 'Användare' }).focus();
    await tabTo(page, 'the invite name field', () => document.activeElement?.id === 'invite-name');
    await page.keyboard.type(INVITEE.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(INVITEE.email);
    await tabTo(page, 'the function "Beredskapssamordnare"', () => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.labels?.[0]?.textContent === 'Beredskapssamordnare';
    });
    await page.keyboard.press('Space');
    await tabTo(page, 'the send button', () => document.activeElement?.textContent === 'Skicka inbjudan');
    await page.keyboard.press('Enter');

    await page
      .getByRole('status')
      .filter({ hasText: `${INVITEE.name} är inbjuden` })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: INVITEE.email });
    await row.waitFor();
    expect(await row.textContent()).toContain('Inbjuden');
    expect(await row.textContent()).toContain('Beredskapssamordnare');
    await checkA11y(page, 'Användare efter inbjudan');
  });

  it('reports a missing name and address in an error summary', async () => {
    await page.getByRole('button', { name: 'Skicka inbjudan', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Ange ett namn');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await checkA11y(page, 'Användare med fel');
  });

  it('opens the edit dialog and passes axe', async () => {
    await page.getByRole('button', { name: `Ändra ${INVITEE.name}` }).click();
    await page.getByRole('dialog').waitFor();
    await checkA11y(page, 'Ändra användare');
    await page.keyboard.press('Escape');
  });

  it('shows the invitation in the audit log and passes axe', async () => {
    await page.goto(`${server.url}/admin/granskningslogg`);
    await page
      .getByRole('cell', { name: /Användare inbjuden/ })
      .first()
      .waitFor();
    await page.getByText('Visa ändringar').first().click();
    await checkA11y(page, 'Granskningslogg');
  });

  it('shows the networks and the contact directory and passes axe', async () => {
    await page.goto(`${server.url}/admin`);
    await page.getByRole('link', { name: 'Användare' }).waitFor();
    await checkA11y(page, 'Administration');
    await page.goto(`${server.url}/natverk`);
    await page.getByRole('heading', { name: 'GR Mottagande och integration' }).waitFor();
    await checkA11y(page, 'Nätverk');
    await page.getByRole('link', { name: /Kontaktlista – GR Mottagande/ }).click();
    await page.getByRole('heading', { level: 1, name: /Kontakter i GR Mottagande/ }).waitFor();
    await page.getByLabel('Funktion').selectOption('beredskapssamordnare');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('rowheader', { name: INVITEE.name }).waitFor();
    await checkA11y(page, 'Kontaktlista');
  });

  it('lets the invited person choose a password from the e-mailed link', async () => {
    const response = await page.request.get(
      `${server.url}/api/dev/mailbox?to=${encodeURIComponent(INVITEE.email)}`,
    );
    const body: { mails: { subject: string; text: string }[] } = await response.json();
    const mail = body.mails.find((m) => m.subject === 'Inbjudan till Samla');
    const link = mail?.text.match(/https?:\/\/\S+\/losenord\/nytt\?token=\S+/)?.[0];
    expect(link).toBeDefined();

    const invited = await newPage();
    try {
      await invited.page.goto(link ?? '');
      await invited.page.getByRole('heading', { level: 1, name: 'Välj lösenord' }).waitFor();
      await checkA11y(invited.page, 'Välj lösenord');
      await invited.page.getByLabel('Nytt lösenord').fill('tangenter-och-flikar-42');
      await invited.page.getByLabel('Upprepa lösenordet').fill('tangenter-och-flikar-42');
      await invited.page.getByRole('button', { name: 'Spara lösenord' }).click();
      await invited.page.getByRole('heading', { level: 1, name: 'Lösenordet är sparat' }).waitFor();
      await login(invited.page, server.url, INVITEE.email, 'tangenter-och-flikar-42');
    } finally {
      await invited.context.close();
    }
  });
});

describe('pages without an account', () => {
  it('passes axe on the forgotten-password page and confirms without telling who has an account', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${server.url}/losenord/glomt`);
      await page.getByRole('heading', { level: 1, name: 'Glömt lösenord' }).waitFor();
      await checkA11y(page, 'Glömt lösenord');
      await page.getByLabel('E-postadress').fill('ingen.alls@example.se');
      await page.getByRole('button', { name: 'Skicka länk' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kontrollera din e-post' }).waitFor();
      await page.goto(`${server.url}/losenord/nytt?token=${'x'.repeat(43)}`);
      await page.getByRole('heading', { level: 1, name: 'Välj lösenord' }).waitFor();
      await page.getByLabel('Nytt lösenord').fill('ett-långt-lösenord-1');
      await page.getByLabel('Upprepa lösenordet').fill('ett-långt-lösenord-1');
      await page.getByRole('button', { name: 'Spara lösenord' }).click();
      await page.getByRole('heading', { level: 1, name: 'Länken gäller inte längre' }).waitFor();
      await checkA11y(page, 'Länken gäller inte längre');
    } finally {
      await context.close();
    }
  });
});

describe('networks as the GR coordinator', () => {
  it('changes the reporting schedule in an accessible dialog', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, server.url, COORDINATOR, DEMO_PASSWORD);
      await page.goto(`${server.url}/natverk`);
      await page.getByRole('button', { name: /Ändra schema – GR Mottagande/ }).click();
      await page.getByRole('dialog').waitFor();
      await checkA11y(page, 'Ändra schema');
      await page.getByLabel('Påminnelse före sista tid').fill('6');
      await page.getByRole('button', { name: 'Spara' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Schemat för GR Mottagande och integration är sparat' })
        .waitFor();
      await page.getByText('Påminnelse 6 timmar före sista tid.').waitFor();
    } finally {
      await context.close();
    }
  });
});
