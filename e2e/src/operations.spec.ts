import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/demo-accounts';

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

async function openAnswer(page: Page, words: string, title: string) {
  await page.goto('/desk');
  await page.getByRole('searchbox', { name: 'Leistung suchen' }).fill(words);
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
}

test('an agent logs a settled call and forwards another; the Sachgebiet answers by the mail’s link; the dashboard counts both', async ({
  browser,
}) => {
  const agent = await signIn(browser, 'agent');

  // Call 1: answered on the spot.
  await openAnswer(agent, 'anhänger zulassen', 'Anhänger zulassen');
  const log = agent.getByRole('region', { name: 'Kontakt erfassen' });
  await log
    .getByRole('group', { name: 'Ergebnis erfassen' })
    .getByRole('button', { name: 'Erledigt' })
    .click();
  await expect(log.getByRole('status')).toHaveText(
    'Kontakt erfasst: Telefon, Beim ersten Kontakt erledigt.',
  );

  // Call 2: the Sachgebiet has to answer.
  await openAnswer(agent, 'anhänger zulassen', 'Anhänger zulassen');
  await agent.getByRole('button', { name: 'Weiterleiten …' }).click();
  const dialog = agent.getByRole('dialog');
  const concern = 'Darf der Anhänger mit einem Saisonkennzeichen fahren?';
  await expect(dialog.getByLabel('Sachgebiet')).toContainText('Zulassung');
  await expectNoViolations(agent, 'Weiterleiten dialog');
  await dialog.getByLabel('Anliegen').fill(concern);
  await dialog.getByLabel('Name für den Rückruf').fill('Frau Muster');
  await dialog.getByLabel('Telefon oder E-Mail').fill('07031 123456');
  await dialog
    .getByRole('button', { name: 'Weiterleiten', exact: true })
    .click();
  const status = agent
    .getByRole('region', { name: 'Kontakt erfassen' })
    .getByRole('status');
  await expect(status).toHaveText(
    /^Weitergeleitet an .+\. Antwort bis \d{2}\.\d{2}\.\d{4}\.$/,
  );
  const deadline = /Antwort bis (\d{2}\.\d{2}\.\d{4})/.exec(
    (await status.textContent()) ?? '',
  )?.[1];

  // The mail arrives in the outbox with the concern and the deadline.
  const admin = await signIn(browser, 'admin');
  const outbox = (await (
    await admin.request.get('/api/v1/mail-outbox')
  ).json()) as OutboxMail[];
  const mail = outbox.find((entry) => entry.text.includes(concern));
  expect(mail).toBeDefined();
  expect(mail?.subject).toContain(`Antwort bis ${deadline}`);
  expect(mail?.text).toContain('Rückruf an: Frau Muster, 07031 123456');
  const link = /https?:\/\/\S+\/weiterleitungen\/[\w-]+\/erledigt/.exec(
    mail?.text ?? '',
  )?.[0];
  expect(link).toBeDefined();

  // The department opens the link (no sign-in) and confirms the answer.
  const department = await (
    await browser.newContext({ locale: 'de-DE' })
  ).newPage();
  await department.goto(new URL(link ?? '').pathname);
  await expect(department.getByText('Stand')).toBeVisible();
  await department
    .getByRole('button', { name: 'Als beantwortet bestätigen' })
    .click();
  await expect(
    department.getByText(
      'Danke! Die Weiterleitung ist als beantwortet vermerkt.',
    ),
  ).toBeVisible();
  await expectNoViolations(department, 'answer link page');

  // The dashboard: two contacts, one settled on first contact.
  await admin.goto('/controlling');
  await expect(admin.locator('[data-kpi="contacts"]')).toHaveText('2');
  await expect(admin.locator('[data-kpi="first-contact"]')).toHaveText('50 %');
  await expect(admin.locator('[data-kpi="answered-in-time"]')).toHaveText('1');
  await expectNoViolations(admin, 'controlling dashboard');
});
