import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/demo-accounts';

async function signInToDesk(browser: Browser, username: string): Promise<Page> {
  const page = await signIn(browser, username);
  await expect(page).toHaveURL(/\/desk/);
  return page;
}

async function leistungId(page: Page, slug: string): Promise<string> {
  const response = await page.request.get(`/api/v1/public/leistungen/${slug}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { id: string }).id;
}

async function openEditor(page: Page, id: string) {
  await page.goto(`/editor/leistungen/${id}`);
  await expect(page.getByLabel('Kurztext')).toBeVisible();
}

test.describe('Editors: four-eyes release and conflicts', () => {
  test('editor A changes a published Leistung, the old text stays live, editor B releases, agents then find the new text', async ({
    browser,
  }) => {
    const editorA = await signInToDesk(browser, 'editor');
    const id = await leistungId(editorA, 'kfz-saisonkennzeichen');
    await openEditor(editorA, id);
    const newText =
      'Saisonkennzeichen gelten jetzt auch für Wohnmobile im Winterhalbjahr, Stichwort Schneeflockenzulassung.';
    await editorA.getByLabel('Kurztext').fill(newText);
    await editorA.getByRole('button', { name: 'Speichern' }).click();
    await expect(editorA.getByText(/Arbeitsversion \d/).first()).toBeVisible();
    await editorA
      .getByRole('button', { name: 'Zur Prüfung einreichen' })
      .click();
    await expect(
      editorA.getByText('Freigeben ist für Sie nicht möglich:'),
    ).toBeVisible();
    await expect(
      editorA.getByRole('button', { name: 'Freigeben' }),
    ).toHaveCount(0);
    // The API refuses it too, whatever the page shows.
    expect(
      (
        await editorA.request.post(
          `/api/v1/leistungen/${id}/working-copy/release`,
          { data: {} },
        )
      ).status(),
    ).toBe(403);

    // Citizens still read the published text.
    const live = (await (
      await editorA.request.get(
        '/api/v1/public/leistungen/kfz-saisonkennzeichen',
      )
    ).json()) as { shortText: string };
    expect(live.shortText).not.toContain('Schneeflockenzulassung');

    const agent = await signInToDesk(browser, 'agent');
    await agent.goto('/desk');
    const editorB = await signInToDesk(browser, 'editor2');
    await openEditor(editorB, id);
    await expect(editorB.getByLabel('Kurztext')).toHaveValue(newText);
    const axe = await new AxeBuilder({ page: editorB })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await editorB.getByRole('button', { name: 'Freigeben' }).click();
    const released = Date.now();
    await expect
      .poll(
        async () =>
          (
            (await (
              await editorB.request.get(`/api/v1/leistungen/${id}`)
            ).json()) as { workingCopy: unknown; shortText: string }
          ).shortText,
      )
      .toBe(newText);
    // Released: an agent's search finds the new text within 2 seconds of the click.
    await expect
      .poll(
        async () =>
          JSON.stringify(
            await (
              await agent.request.get('/api/v1/search', {
                params: { q: 'Schneeflockenzulassung' },
              })
            ).json(),
          ),
        {
          timeout: Math.max(1, 2_000 - (Date.now() - released)),
          intervals: [50],
        },
      )
      .toContain(id);
    console.log(`edit-to-searchable: ${Date.now() - released} ms`);
    // … and the desk shows it.
    await agent.getByRole('searchbox').fill('Schneeflockenzulassung');
    await expect(
      agent.locator('.results .result-title a').first(),
    ).toContainText('Saisonkennzeichen');
    const publicNow = (await (
      await agent.request.get('/api/v1/public/leistungen/kfz-saisonkennzeichen')
    ).json()) as { shortText: string };
    expect(publicNow.shortText).toBe(newText);
  });

  test('two editors save the same Leistung: the second gets the conflict message and keeps their input', async ({
    browser,
  }) => {
    const first = await signInToDesk(browser, 'editor');
    const second = await signInToDesk(browser, 'editor2');
    const id = await leistungId(first, 'kfz-kurzzeitkennzeichen');
    await openEditor(first, id);
    await openEditor(second, id);

    await first.getByLabel('Kurztext').fill('Fassung der ersten Redakteurin.');
    await first.getByRole('button', { name: 'Speichern' }).click();
    await expect(first.getByText(/Arbeitsversion \d/).first()).toBeVisible();

    const mine =
      'Fassung des zweiten Redakteurs, die nicht verloren gehen darf.';
    await second.getByLabel('Kurztext').fill(mine);
    await second.getByRole('button', { name: 'Speichern' }).click();
    const alert = second
      .getByRole('alert')
      .filter({ hasText: 'Ihre Änderungen wurden nicht gespeichert' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Erik Editor');
    await expect(second.getByLabel('Kurztext')).toHaveValue(mine);

    await second
      .getByRole('button', { name: 'Neu laden und meine Änderungen behalten' })
      .click();
    await expect(second.getByLabel('Kurztext')).toHaveValue(mine);
    await second.getByRole('button', { name: 'Speichern' }).click();
    await expect(alert).toHaveCount(0);
    const copy = (await (
      await second.request.get(`/api/v1/leistungen/${id}/working-copy`)
    ).json()) as { content: { shortText: string } };
    expect(copy.content.shortText).toBe(mine);
  });
});
