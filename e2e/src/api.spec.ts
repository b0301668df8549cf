import { expect, test } from '@playwright/test';

test.describe('The running product', () => {
  test('reports ready and serves the API documentation', async ({
    request,
  }) => {
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      database: 'up',
      search: 'up',
    });
    const docs = await request.get('/api/docs-json');
    expect(docs.ok()).toBe(true);
    const document = (await docs.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/public/search',
        '/api/v1/leistungen/{id}',
      ]),
    );
  });

  test('answers a public search for "Führerschein" with matching hits', async ({
    request,
  }) => {
    const response = await request.get('/api/v1/public/search', {
      params: { q: 'Führerschein' },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { hits: { title: string }[] };
    expect(body.hits.length).toBeGreaterThan(3);
    expect(
      body.hits.every((hit) =>
        /Führerschein|Fahrerlaubnis/.test(JSON.stringify(hit)),
      ),
    ).toBe(true);
  });

  test('keeps staff endpoints closed without a session', async ({
    request,
  }) => {
    expect(
      (
        await request.get('/api/v1/search', { params: { q: 'Führerschein' } })
      ).status(),
    ).toBe(401);
  });

  test('serves the web app for deep links', async ({ request }) => {
    const response = await request.get('/leistungen/fuehrerschein-verlust');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<app-root');
  });
});
