import { expect, test } from '@playwright/test';
import { signIn } from './support/demo-accounts';

/** A word no Leistung of the demo district contains. */
const GAP = 'Quorxelpuffer';

test('a settled desk search and two citizen searches without result reach the Teamleitung’s dashboard as „Suchanfragen ohne Treffer“, each counted once', async ({
  browser,
}) => {
  // The agent types the caller's word; the nothing-found state stands, so it counts once.
  const agent = await signIn(browser, 'agent');
  await agent.goto('/desk');
  const counted = agent.waitForRequest(
    (request) =>
      request.method() === 'POST' &&
      request.url().endsWith('/api/v1/usage/search-queries'),
  );
  await agent
    .getByRole('searchbox', { name: 'Leistung suchen' })
    .pressSequentially(GAP, { delay: 60 });
  await expect(agent.getByText('Nichts gefunden')).toBeVisible();
  expect((await counted).postDataJSON()).toEqual({ query: GAP, hits: 0 });

  // A citizen opens a search link (server-rendered, then taken over by the browser) ...
  const citizen = await (
    await browser.newContext({ locale: 'de-DE' })
  ).newPage();
  await citizen.goto(`/?q=${GAP.toLowerCase()}`);
  await expect(
    citizen.getByText('Keine Treffer', { exact: true }),
  ).toBeVisible();
  await citizen.waitForLoadState('load');
  // ... and another submits the form in the browser.
  const other = await (await browser.newContext({ locale: 'de-DE' })).newPage();
  await other.goto('/');
  const box = other.getByRole('searchbox', { name: 'Wonach suchen Sie?' });
  await box.fill(`  ${GAP.toUpperCase()} `);
  await box.press('Enter');
  await expect(other.getByText('Keine Treffer', { exact: true })).toBeVisible();

  // The Teamleitung finds the gap on the controlling dashboard through the navigation.
  const lead = await signIn(browser, 'teamlead');
  await lead
    .getByRole('navigation', { name: 'Bereiche' })
    .getByRole('link', { name: 'Controlling' })
    .click();
  await expect(
    lead.getByRole('heading', { name: 'Controlling Bürgerservice' }),
  ).toBeVisible();
  const gaps = lead.getByRole('table', { name: 'Suchanfragen ohne Treffer' });
  await expect(gaps.getByRole('row', { name: /quorxelpuffer/ })).toHaveText(
    /quorxelpuffer\s*3\s*3/,
  );
  const top = lead.getByRole('table', { name: 'Häufigste Suchanfragen' });
  // Desk once, public twice: neither the keystrokes nor the page's take-over counted again.
  await expect(top.getByRole('row', { name: /quorxelpuffer/ })).toHaveText(
    /quorxelpuffer\s*3\s*1\s*2/,
  );
  await expect(
    lead
      .getByRole('navigation', { name: 'Bereiche' })
      .getByRole('link', { name: 'Postausgang' }),
  ).toHaveCount(0);
});
