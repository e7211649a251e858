/**
 * Consultations in a real browser: the GR coordinator sends a document out for comment to
 * every municipality of the network, Mölndal answers "Inga synpunkter" in one action,
 * Göteborg answers with text, and the coordinator sees the compilation. Every page passes
 * axe, and the answers are given with the keyboard alone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, type RunningServer, startServer } from '../support';

const PASSWORD = 'demo-samla-2026';
const COORDINATOR = 'samordnare.gr@demo.samla.se';
const MOLNDAL = 'rapportor.molndal@demo.samla.se';
const GOTEBORG = 'rapportor.goteborg@demo.samla.se';
const TITLE = 'Remiss om gemensam introduktion för nyanlända (test)';

let server: RunningServer;
let browser: Browser;
let consultationUrl = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, server.url, email, PASSWORD);
  return { context, page };
}

/** A small but real PDF: the signature and a minimal object tree. */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** Two weeks ahead, as the date input takes it. */
function deadlineInTwoWeeks(): string {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

describe('a consultation from sending to compiled answers', () => {
  it('the coordinator sends a document with a deadline to every municipality', async () => {
    const { context, page } = await signedIn(COORDINATOR);
    try {
      await page.goto(`${server.url}/remisser`);
      await page.getByRole('heading', { level: 1, name: 'Remisser' }).waitFor();
      // The demo data's open consultation is listed.
      await page.getByRole('link', { name: /Regional handlingsplan/ }).waitFor();
      await checkA11y(page, 'Remisser');

      await page.getByRole('link', { name: 'Skicka ny remiss' }).click();
      await page.getByRole('heading', { level: 1, name: 'Skicka ny remiss' }).waitFor();
      await page.getByLabel('Rubrik').fill(TITLE);
      await page
        .getByLabel('Beskrivning')
        .fill('Vi vill ha synpunkter på förslaget till gemensam introduktion.');
      // A file of the wrong type is refused on the spot with the server's message.
      await page.getByLabel('Remissdokument').setInputFiles({
        name: 'program.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('MZ not a pdf'),
      });
      await page
        .getByText(/Filtypen är inte tillåten/)
        .first()
        .waitFor();
      await page
        .getByLabel('Remissdokument')
        .setInputFiles({ name: 'Förslag – introduktion.pdf', mimeType: 'application/pdf', buffer: pdf });
      await page.getByRole('link', { name: 'Förslag – introduktion.pdf' }).waitFor();
      await page.getByLabel('Sista dag för svar').fill(deadlineInTwoWeeks());
      await page.getByRole('button', { name: /Välj alla kommuner/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('13 av', { exact: false }).waitFor();
      await checkA11y(page, 'Skicka ny remiss');
      await page.getByRole('button', { name: 'Skicka remissen' }).click();

      await page.getByText('Remissen är skickad').waitFor();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      consultationUrl = page.url();
      expect(consultationUrl).toMatch(/\/remisser\/[0-9a-f-]{36}$/);
      await checkA11y(page, 'Remiss (samordnare)');
    } finally {
      await context.close();
    }
  });

  it('Mölndal answers "Inga synpunkter" in one action, by keyboard', async () => {
    const { context, page } = await signedIn(MOLNDAL);
    try {
      await page.goto(`${server.url}/remisser`);
      await page.getByRole('heading', { name: /Att besvara för/ }).waitFor();
      await page.getByRole('listitem').getByRole('link', { name: TITLE }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByRole('heading', { name: 'Ert svar', level: 2 }).waitFor();
      await checkA11y(page, 'Remiss (att besvara)');
      await page.getByRole('button', { name: 'Inga synpunkter' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('Ni har svarat: inga synpunkter.').waitFor();
      await page.getByText('Ni har svarat. Ni kan ändra svaret fram till sista dag.').waitFor();
    } finally {
      await context.close();
    }
  });

  it('Göteborg answers with text', async () => {
    const { context, page } = await signedIn(GOTEBORG);
    try {
      await page.goto(consultationUrl);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const text = page.getByLabel('Synpunkter');
      await text.focus();
      await page.keyboard.type('Göteborg tillstyrker med tillägget att tolkstöd ingår.');
      // Tab past the optional file field to the send button.
      await page.getByRole('button', { name: 'Skicka svar' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('Ert svar är sparat.').waitFor();
      await checkA11y(page, 'Remiss (besvarad)');
    } finally {
      await context.close();
    }
  });

  it('the coordinator sees who answered, who has no comments and who has not answered', async () => {
    const { context, page } = await signedIn(COORDINATOR);
    try {
      await page.goto(consultationUrl);
      await page.getByRole('heading', { name: 'Sammanställning av svar' }).waitFor();
      await page
        .getByText(
          '13 organisationer fick remissen: 1 har lämnat synpunkter, 1 har inga synpunkter och 11 har inte svarat.',
        )
        .waitFor();
      const table = page.getByRole('table', { name: 'Svar per organisation' });
      const row = (name: string) =>
        table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
      expect(await row('Göteborgs kommun').innerText()).toContain('tolkstöd');
      expect(await row('Göteborgs kommun').innerText()).toContain('Har lämnat synpunkter');
      expect(await row('Mölndals kommun').innerText()).toContain('Inga synpunkter');
      expect(await row('Kungsbacka kommun').innerText()).toContain('Har inte svarat');
      await page.getByRole('link', { name: /som PDF/ }).waitFor();
      await page.getByRole('link', { name: /Excel \(XLSX\)/ }).waitFor();
      await checkA11y(page, 'Remiss (sammanställning)');
    } finally {
      await context.close();
    }
  });
});
