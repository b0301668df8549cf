import { expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The demo accounts of this run's fresh data directory (written by the server at first start). */
function password(username: string): string {
  const file = join(__dirname, '../../../tmp/e2e-data/demo-users.json');
  const accounts = JSON.parse(readFileSync(file, 'utf8')) as {
    username: string;
    password: string;
  }[];
  const account = accounts.find((entry) => entry.username === username);
  if (!account) {
    throw new Error(`no demo account ${username}`);
  }
  return account.password;
}

/** Signs a demo account in, in a fresh German browser context on Berlin time. */
export async function signIn(
  browser: Browser,
  username: string,
  options: {
    viewport?: { width: number; height: number };
    permissions?: string[];
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  if (options.permissions) {
    await context.grantPermissions(options.permissions);
  }
  const page = await context.newPage();
  await page.goto('/anmelden');
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password(username));
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).not.toHaveURL(/anmelden/);
  return page;
}
