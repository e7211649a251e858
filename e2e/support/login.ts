/**
 * Logs in through the real login form. The selectors live only here so a change to the
 * login page means one edit. Labels are the Swedish source texts.
 */
import type { Page } from 'playwright-core';

export const loginSelectors = {
  path: '/login',
  email: 'E-postadress',
  password: 'Lösenord',
  submit: 'Logga in',
};

export async function login(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}${loginSelectors.path}`);
  await page.getByLabel(loginSelectors.email, { exact: true }).fill(email);
  await page.getByLabel(loginSelectors.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: loginSelectors.submit }).click();
  // Logged in once the app has navigated away from the login page.
  try {
    await page.waitForURL((url) => !url.pathname.startsWith(loginSelectors.path), { timeout: 30_000 });
  } catch (error) {
    // A rejected sign-in stays on the page with a message; show it instead of a bare timeout.
    const alerts = await page.getByRole('alert').allTextContents();
    const shown = alerts.map((text) => text.trim()).filter(Boolean);
    const reason = shown.length > 0 ? `the page says: ${shown.join(' | ')}` : String(error);
    throw new Error(`login as ${email} did not leave ${loginSelectors.path}; ${reason}`);
  }
}
