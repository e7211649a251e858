/**
 * Proves the e2e harness itself against a tiny static site with the same strict CSP as
 * the app, so a failure here points at the harness rather than at a feature.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './a11y';
import { launchBrowser } from './browser';
import { countInteractions } from './interactions';

// The app's own policy (src/server/platform/security.ts), so the harness meets the same limits.
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// The inline script must be blocked by the CSP; the test checks that it was.
const goodPage = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Bra sida</title>
<script>window.inlineScriptRan = true;</script></head>
<body><main><h1>Rapport</h1>
<form><label for="antal">Antal</label><input id="antal" name="antal" type="number">
<button type="button" id="spara">Spara</button></form>
<p id="status">väntar</p></main></body></html>`;

const badPage = `<!doctype html><html><head><meta charset="utf-8"><title>Dålig sida</title>
<link rel="stylesheet" href="/bad.css"></head>
<body><img src="/logo.png"><input type="text"><button type="button"></button>
<p class="faint">svårläst</p></body></html>`;

const badCss = '.faint { color: #ccc; background: #fff; }';

let server: Server;
let baseUrl: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/bad.css') {
      response.writeHead(200, { 'content-type': 'text/css' });
      response.end(badCss);
      return;
    }
    const body = request.url === '/bad' ? badPage : goodPage;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${address.port}`;
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('checkA11y under a strict CSP', () => {
  it('passes a good page although inline scripts are blocked', async () => {
    await page.goto(`${baseUrl}/good`);
    expect(await page.evaluate('window.inlineScriptRan === true')).toBe(false);
    await expect(checkA11y(page, 'good page')).resolves.toBeInstanceOf(Array);
  });

  it('fails a bad page and lists each serious or critical violation with its nodes', async () => {
    await page.goto(`${baseUrl}/bad`);
    const error = await checkA11y(page, 'bad page').then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    const message = error instanceof Error ? error.message : '';
    for (const rule of ['image-alt', 'label', 'button-name', 'html-has-lang', 'color-contrast']) {
      expect(message).toContain(rule);
    }
    expect(message).toContain('at img');
  });
});

describe('countInteractions', () => {
  it('counts clicks, key presses and fills', async () => {
    await page.goto(`${baseUrl}/good`);
    const user = countInteractions(page);
    await user.fill(page.getByLabel('Antal'), '3');
    await user.press('Tab');
    await user.click('#spara');
    expect(user.count).toBe(3);
    user.reset();
    expect(user.count).toBe(0);
  });
});
