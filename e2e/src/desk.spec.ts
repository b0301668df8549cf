import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/demo-accounts';

/** An agent at a workstation: half of a 1280×720 screen, a softphone beside it. */
async function signInAgent(browser: Browser): Promise<Page> {
  const page = await signIn(browser, 'agent', {
    viewport: { width: 640, height: 720 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await expect(page).toHaveURL(/\/desk/);
  return page;
}

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Leistung suchen' });
}

/** What callers say, and the Leistung of the demo content that answers it. */
const CALLS: { words: string; title: string }[] = [
  { words: 'lappen weg', title: 'Führerschein – Verlust oder Diebstahl' },
  {
    words: 'Fürerschein Klasse B',
    title: 'Fahrerlaubnis Klasse B – Ersterteilung',
  },
  { words: 'anhänger zulassen', title: 'Anhänger zulassen' },
  {
    words: 'mülltone größer',
    title: 'Mülltonne tauschen – größere oder kleinere Tonne',
  },
];

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${where}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

test.describe('Agents: from the caller’s words to the answer by keyboard', () => {
  test('types as an agent would and opens the right Leistung first, by keyboard only', async ({
    browser,
  }) => {
    const page = await signInAgent(browser);
    const failures: string[] = [];
    for (const call of CALLS) {
      await page.goto('/desk');
      // The field has focus when the desk opens: the agent just types.
      await expect(searchBox(page)).toBeFocused();
      await page.keyboard.type(call.words, { delay: 40 });
      const first = page.locator('.results .result-title a').first();
      await expect(first).toBeVisible();
      await expect(page.getByRole('status').first()).toHaveText(
        new RegExp(`Treffer für „${call.words}“`),
      );
      const firstTitle = (await first.innerText()).trim();
      await page.keyboard.press('ArrowDown');
      await expect(first).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/desk\/leistungen\/[0-9a-f-]{36}$/);
      const opened = (
        await page.getByRole('heading', { level: 1 }).innerText()
      ).trim();
      expect(opened).toBe(firstTitle);
      if (opened !== call.title) {
        failures.push(`„${call.words}“ → first: ${opened}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('reads out the answer, copies it for the caller and returns to the search with Esc', async ({
    browser,
  }) => {
    const page = await signInAgent(browser);
    await page.goto('/desk');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('lappen weg');
    await expect(page.getByRole('status').first()).toHaveText(
      /Treffer für „lappen weg“/,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    for (const section of [
      'Kurzantwort',
      'Erforderliche Unterlagen',
      'Gebühren',
      'Zuständig',
    ]) {
      await expect(
        page.getByRole('heading', { level: 2, name: section }),
      ).toBeVisible();
    }
    // Today's hours with the open-now status, in Europe/Berlin time.
    await expect(
      page.locator('app-answer-contact dd app-opening-status'),
    ).toHaveText(
      /^(jetzt geöffnet \(bis \d{1,2}:\d\d\) · heute |öffnet (heute|morgen|\S+) um \d|heute geschlossen, öffnet )/,
    );

    const firstDocument = page.getByRole('checkbox').first();
    const documentName = (
      await page.locator('app-document-checklist .name').first().innerText()
    ).trim();
    await firstDocument.check();
    await page.getByRole('button', { name: 'Antwort kopieren' }).click();
    await expect(page.locator('.copy-status')).toHaveText(/Antwort kopiert/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Führerschein – Verlust oder Diebstahl');
    expect(copied).toContain('Gebühren:');
    expect(copied).toContain('/leistungen/fuehrerschein-verlust');
    const missing = copied.split('Wo und wann:')[0];
    expect(missing).not.toContain(`- ${documentName}`);

    await expect(
      page.getByRole('link', { name: /Bürgeransicht/ }),
    ).toHaveAttribute('href', '/leistungen/fuehrerschein-verlust');

    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/desk\?q=lappen/);
    await expect(searchBox(page)).toBeFocused();

    // The answer just opened is now among this agent's recent ones.
    await searchBox(page).fill('');
    await expect(page.locator('#recent-heading + ol a').first()).toHaveText(
      'Führerschein – Verlust oder Diebstahl',
    );
  });

  test('the print view fits one A4 page, even for the longest demo Leistung', async ({
    browser,
  }) => {
    const page = await signInAgent(browser);
    for (const slug of ['fuehrerschein-verlust', 'bau-bauantrag']) {
      const response = await page.request.get(
        `/api/v1/public/leistungen/${slug}`,
      );
      const { id } = (await response.json()) as { id: string };
      await page.goto(`/desk/leistungen/${id}`);
      await expect(
        page.getByRole('heading', { level: 2, name: 'Kurzantwort' }),
      ).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('app-answer-body .internal')).toBeHidden();
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(`${slug}: ${pages.length} page(s)`).toBe(`${slug}: 1 page(s)`);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('reports a problem with the answer in one step', async ({ browser }) => {
    const page = await signInAgent(browser);
    await page.goto('/desk');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('anhänger zulassen');
    await expect(page.getByRole('status').first()).toHaveText(
      /Treffer für „anhänger zulassen“/,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page
      .getByRole('navigation', { name: 'Antwort' })
      .getByRole('button', { name: 'Rückmeldung geben' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Unklar' }).check();
    const comment = `Gilt das auch für Bootsanhänger? (${Date.now()})`;
    await dialog.getByLabel('Was ist aufgefallen?').fill(comment);
    await dialog.getByRole('button', { name: 'Rückmeldung senden' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Danke! Ihre Rückmeldung')).toBeVisible();
    await expect(page.locator('app-feedback-panel .comment')).toHaveText([
      comment,
    ]);
  });

  test('"/" and Ctrl+K bring the cursor back to the search from anywhere', async ({
    browser,
  }) => {
    const page = await signInAgent(browser);
    await page.goto('/desk?q=Sperrm%C3%BCll');
    await expect(page.locator('.results .result').first()).toBeVisible();
    await page.locator('.results .result-title a').first().focus();
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.locator('.results .result-title a').first().focus();
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
  });

  test('offers to broaden a search that finds nothing', async ({ browser }) => {
    const page = await signInAgent(browser);
    // Sperrmüll is not a matter of the Führerscheinstelle.
    await page.goto('/desk?q=Sperrm%C3%BCll&sachgebiet=32.1');
    await expect(page.getByText('Nichts gefunden')).toBeVisible();
    await page.getByRole('button', { name: 'Ohne Filter suchen' }).click();
    await expect(page.locator('.results .result-title a').first()).toHaveText(
      /Sperrmüll/,
    );
    await expect(page).toHaveURL(/\/desk\?q=Sperrm%C3%BCll$/);
    await expect(searchBox(page)).toBeFocused();
  });

  test('the desk and the answer view have no WCAG 2.1 AA violations', async ({
    browser,
  }) => {
    const page = await signInAgent(browser);
    await page.goto('/desk');
    await expect(page.getByRole('heading', { name: 'Tastatur' })).toBeVisible();
    await expectNoViolations(page, '/desk');

    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('anhänger zulassen');
    await expect(page.getByRole('status').first()).toHaveText(
      /Treffer für „anhänger zulassen“/,
    );
    await expectNoViolations(page, '/desk?q=…');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Kurzantwort' }),
    ).toBeVisible();
    await expect(page.locator('app-feedback-panel h2')).toBeVisible();
    await expectNoViolations(page, 'answer view');

    await page.goto('/desk?q=Qwxyzzy');
    await expect(page.getByText('Nichts gefunden')).toBeVisible();
    await expectNoViolations(page, 'nothing found');
  });
});
