import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('Citizens: search → results → Leistung page', () => {
  test('finds the lost-driving-licence Leistung and shows every public section', async ({
    page,
  }) => {
    await page.goto('/');
    const searchBox = page.getByRole('searchbox', {
      name: 'Wonach suchen Sie?',
    });
    await searchBox.fill('Führerschein verloren');
    await searchBox.press('Enter');
    await expect(page).toHaveURL(/\?q=F%C3%BChrerschein/);
    const firstResult = page.locator('.results .result-title a').first();
    await expect(firstResult).toContainText(
      'Führerschein – Verlust oder Diebstahl',
    );
    // The count is announced to screen readers in a (visually hidden) status region.
    await expect(page.getByRole('status').first()).toHaveText(
      /\d+ Treffer für „Führerschein verloren“/,
    );

    await firstResult.click();
    await expect(page).toHaveURL(/\/leistungen\/fuehrerschein-verlust$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Führerschein – Verlust oder Diebstahl/,
    );
    for (const section of [
      'Kurzantwort',
      'Erforderliche Unterlagen',
      'Gebühren',
      'Zuständige Stelle',
      'Verfahrensablauf',
    ]) {
      await expect(
        page.getByRole('heading', { level: 2, name: section }),
      ).toBeVisible();
    }
    await expect(page.getByText('Fahrerlaubnisbehörde').first()).toBeVisible();
    await expect(page.getByText(/€/).first()).toBeVisible();
    await expect(page.getByText(/Interne Hinweise/)).toHaveCount(0);
  });

  test('tolerates a typo in the query', async ({ page }) => {
    await page.goto('/?q=wunschkenzeichen');
    await expect(
      page.locator('.results .result-title a').first(),
    ).toContainText('Wunschkennzeichen');
  });

  test('start page and Leistung page have no WCAG 2.1 AA violations', async ({
    page,
  }) => {
    const pages: [string, string][] = [
      ['/', 'main section'],
      ['/?q=Sperrm%C3%BCll', '.results .result'],
      ['/leistungen/fuehrerschein-verlust', 'main h2'],
    ];
    for (const [path, loaded] of pages) {
      await page.goto(path);
      // Check once the page's data has rendered, not the empty shell.
      await expect(page.locator(loaded).first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        results.violations.map(
          (violation) => `${path}: ${violation.id} (${violation.nodes.length})`,
        ),
      ).toEqual([]);
    }
  });
});
