import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createHash } from 'node:crypto';

interface PublicLeistung {
  slug: string;
  title: string;
  shortText: string;
  requiredDocuments: { name: string }[];
  fees: { label: string }[];
  standorte: { name: string }[];
}

const SLUG = 'kfz-wunschkennzeichen';

async function publicLeistung(
  request: APIRequestContext,
  slug: string,
): Promise<PublicLeistung> {
  const response = await request.get(`/api/v1/public/leistungen/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as PublicLeistung;
}

/** Text as a browser would read it from server-rendered HTML. */
function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

test.describe('Public guide: find, understand, come prepared', () => {
  test('a citizen types "wunschkenzeichen", finds Wunschkennzeichen and sees documents, fees and opening hours', async ({
    page,
    request,
  }) => {
    const leistung = await publicLeistung(request, SLUG);
    await page.goto('/');
    const searchBox = page.getByRole('searchbox', {
      name: 'Wonach suchen Sie?',
    });
    await searchBox.fill('wunschkenzeichen');
    await searchBox.press('Enter');
    const hit = page
      .locator('.results .result-title a')
      .filter({ hasText: 'Wunschkennzeichen' })
      .first();
    await expect(hit).toContainText(leistung.title);
    await hit.click();

    await expect(page).toHaveURL(new RegExp(`/leistungen/${SLUG}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      leistung.title,
    );
    const documents = page.getByRole('region', {
      name: 'Erforderliche Unterlagen',
    });
    expect(leistung.requiredDocuments.length).toBeGreaterThan(0);
    for (const document of leistung.requiredDocuments) {
      await expect(documents).toContainText(document.name);
    }
    const fees = page.getByRole('region', { name: 'Gebühren' });
    for (const fee of leistung.fees) {
      await expect(fees).toContainText(fee.label);
    }
    await expect(fees).toContainText('€');
    const standort = leistung.standorte[0];
    expect(standort).toBeDefined();
    await expect(
      page.getByRole('table', { name: `Öffnungszeiten ${standort?.name}` }),
    ).toBeVisible();
    // "open now" / "öffnet um …" with today's hours
    await expect(
      page
        .getByRole('region', { name: 'Standorte' })
        .locator('app-opening-status')
        .first(),
    ).toContainText(/heute/);
    await expect(
      page.getByRole('button', { name: 'Checkliste drucken' }),
    ).toBeVisible();
  });

  test('a citizen who types and presses Enter while the app still loads gets the results', async ({
    context,
  }) => {
    // The app's scripts arrive late, as on a slow line: the search is submitted before
    // or while the app takes the rendered page over, and must not get lost.
    for (const delay of [150, 300, 450]) {
      const page = await context.newPage();
      await page.route('**/*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.continue();
      });
      await page.goto('/', { waitUntil: 'commit' });
      const searchBox = page.getByRole('searchbox', {
        name: 'Wonach suchen Sie?',
      });
      await searchBox.fill('Führerschein verloren');
      await searchBox.press('Enter');
      await expect(page).toHaveURL(/\?q=F%C3%BChrerschein(\+|%20)verloren/);
      await expect(
        page.locator('.results .result-title a').first(),
      ).toContainText('Führerschein – Verlust oder Diebstahl');
      await page.close();
    }
  });

  test('the same page fetched with a plain HTTP GET holds the Kurzantwort, the documents, meta data and structured data', async ({
    request,
    baseURL,
  }) => {
    const leistung = await publicLeistung(request, SLUG);
    const response = await request.get(`/leistungen/${SLUG}`, {
      headers: { accept: 'text/html' },
    });
    expect(response.status()).toBe(200);
    const html = await response.text();
    const text = decodeHtml(html);
    expect(text).toContain(leistung.shortText);
    for (const document of leistung.requiredDocuments) {
      expect(text).toContain(document.name);
    }
    expect(html).toMatch(/<html lang="de">/);
    expect(text).toContain(`<title>${leistung.title} – `);
    expect(text).toContain(
      `<meta name="description" content="${leistung.shortText}">`,
    );
    expect(html).toContain(
      `<link rel="canonical" href="${baseURL}/leistungen/${SLUG}">`,
    );
    const jsonLd =
      /<script type="application\/ld\+json" id="structured-data">([^<]*)<\/script>/.exec(
        html,
      )?.[1] ?? '{}';
    expect(JSON.parse(jsonLd)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: leistung.title,
      description: leistung.shortText,
    });
    expect(text).toContain('In Leichter Sprache');
  });

  test('rendered pages carry a CSP without unsafe-inline scripts, no referrer, and cache headers with ETag revalidation', async ({
    request,
  }) => {
    const response = await request.get(`/leistungen/${SLUG}`);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Every inline script in the page is allowed by its exact hash, and only those.
    const html = await response.text();
    const inline = [
      ...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g),
    ].filter(
      ([, attributes, body]) => !/\ssrc=/.test(attributes ?? '') && body,
    );
    for (const [, , body] of inline) {
      const hash = createHash('sha256')
        .update(body ?? '')
        .digest('base64');
      expect(scriptSrc).toContain(`'sha256-${hash}'`);
    }
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=60',
    );
    const etag = headers['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get(`/leistungen/${SLUG}`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status()).toBe(304);

    const missing = await request.get('/leistungen/gibt-es-nicht');
    expect(missing.status()).toBe(404);
    const staffShell = await request.get('/desk');
    expect(staffShell.headers()['cache-control']).toBe('no-cache');
  });

  test('the browser takes the rendered page over in place, without fetching its data again', async ({
    page,
  }) => {
    const publicCalls: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/public/')) {
        publicCalls.push(request.url());
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        errors.push(message.text());
      }
    });
    await page.goto(`/leistungen/${SLUG}`);
    // Shown only once the app runs in the browser.
    await expect(
      page.getByRole('button', { name: 'Checkliste drucken' }),
    ).toBeVisible();
    expect(publicCalls).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('works without JavaScript: search, results, Leistung page, skip link', async ({
    browser,
    request,
  }) => {
    const leistung = await publicLeistung(request, SLUG);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const searchBox = page.getByRole('searchbox', {
      name: 'Wonach suchen Sie?',
    });
    await searchBox.fill('wunschkenzeichen');
    await searchBox.press('Enter');
    await expect(page).toHaveURL(/\?q=wunschkenzeichen/);
    await page
      .locator('.results .result-title a')
      .filter({ hasText: 'Wunschkennzeichen' })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/leistungen/${SLUG}$`));
    await expect(page.getByText(leistung.shortText)).toBeVisible();
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toHaveAttribute('href', `/leistungen/${SLUG}#inhalt`);
    await context.close();
  });

  test('A–Z, Lebenslage and Sachgebiet pages list Leistungen; Leichte Sprache and the accessibility statement are linked from every page', async ({
    page,
  }) => {
    await page.goto('/a-z');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Leistungen von A bis Z',
    );
    await page
      .getByRole('navigation', { name: 'Buchstaben' })
      .getByRole('link', { name: 'Buchstabe W' })
      .click();
    await expect(
      page.getByRole('region', { name: 'W' }).getByRole('link', {
        name: 'Wunschkennzeichen reservieren',
      }),
    ).toBeVisible();

    await page.goto('/');
    await page.getByRole('link', { name: 'Auto & Verkehr' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Auto & Verkehr',
    );
    await page.getByRole('link', { name: 'Fahrzeugzulassung' }).click();
    await expect(
      page.getByRole('link', { name: 'Wunschkennzeichen reservieren' }),
    ).toBeVisible();

    await page.goto('/sachgebiete');
    await page.getByRole('link', { name: 'Kfz-Zulassungsstelle' }).click();
    await expect(page).toHaveURL(/\/sachgebiete\/32\.1$/);
    await expect(
      page.getByRole('link', { name: 'Wunschkennzeichen reservieren' }),
    ).toBeVisible();

    for (const path of ['/', `/leistungen/${SLUG}`, '/a-z', '/anmelden']) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(
        footer.getByRole('link', { name: 'Leichte Sprache' }),
      ).toBeVisible();
      await expect(
        footer.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }),
      ).toBeVisible();
    }
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Erklärung zur Barrierefreiheit' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Feedback und Kontakt' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', {
        name: 'barrierefreiheit@landkreis-lindenau.example',
      }),
    ).toBeVisible();
  });

  test('has no WCAG 2.1 AA violation (axe-core) on the start page, results, a Leistung, the statement and the browse pages', async ({
    page,
  }) => {
    const pages: [string, string][] = [
      ['/', 'main h2'],
      ['/?q=wunschkenzeichen', '.results .result'],
      [`/leistungen/${SLUG}`, 'main h2'],
      ['/barrierefreiheit', 'main h2'],
      ['/leichte-sprache', 'main h2'],
      ['/a-z', 'main h2'],
      ['/lebenslagen/auto-verkehr', 'main h2'],
      ['/sachgebiete/32.1', 'main h2'],
    ];
    const violations: string[] = [];
    for (const [path, loaded] of pages) {
      await page.goto(path);
      await expect(page.locator(loaded).first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      violations.push(
        ...results.violations.map(
          (violation) =>
            `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        ),
      );
    }
    expect(violations).toEqual([]);
  });

  test('stays usable at 200 % zoom and with reduced motion', async ({
    browser,
  }) => {
    // 200 % zoom of a 1280 px window is a 640 px wide layout at twice the scale.
    const context = await browser.newContext({
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`/leistungen/${SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
