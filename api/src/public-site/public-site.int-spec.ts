import type { LeistungStaff } from '@auskunft/contracts';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { INTERNAL_HEADER } from './rate-limits';

const RATE_ENV = ['PUBLIC_RATE_LIMIT', 'PUBLIC_RATE_LIMIT_WINDOW'];

describe('Public API protection: rate limit (integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    process.env['PUBLIC_RATE_LIMIT'] = '5';
    process.env['PUBLIC_RATE_LIMIT_WINDOW'] = '60';
    t = await createTestApp();
  });

  afterAll(async () => {
    for (const name of RATE_ENV) {
      delete process.env[name];
    }
    await t.close();
  });

  it('answers the sixth request in a minute with 429, a German message and Retry-After', async () => {
    for (let i = 0; i < 5; i++) {
      await t.http.get('/api/v1/public/lebenslagen').expect(200);
    }
    const limited = await t.http.get('/api/v1/public/search').expect(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringMatching(
        /^Zu viele Anfragen von Ihrem Anschluss\. Bitte warten Sie \d+ Sekunden/,
      ) as string,
    });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers['cache-control']).toBe('no-store');
    expect(limited.headers['ratelimit-policy']).toContain('5-in-1min');
  });

  it('does not count the server renderer’s own calls, nor staff endpoints', async () => {
    // Use up this client's allowance (the test above may have done so already).
    for (let i = 0; i < 6; i++) {
      await t.http.get('/api/v1/public/lebenslagen');
    }
    await t.http.get('/api/v1/public/lebenslagen').expect(429);
    await t.http
      .get('/api/v1/public/lebenslagen')
      .set(INTERNAL_HEADER.name, INTERNAL_HEADER.value)
      .expect(200);
    // A forged marker is just another request from that client.
    await t.http
      .get('/api/v1/public/lebenslagen')
      .set(INTERNAL_HEADER.name, 'forged')
      .expect(429);
    await t.http.get('/api/docs-json').expect(200);
    await t.http.get('/api/v1/search').expect(401);
  });
});

describe('Public API and site: security and caching headers (integration)', () => {
  let t: TestApp;
  let published: LeistungStaff;
  let expired: LeistungStaff;

  beforeAll(async () => {
    t = await createTestApp();
    published = await t.publish(
      aLeistung({ title: 'Hundesteuer anmelden', slug: 'hundesteuer-test' }),
    );
    expired = await t.publish(
      aLeistung({
        title: 'Abgelaufene Förderung',
        slug: 'abgelaufene-foerderung',
        validTo: '2020-12-31',
      }),
    );
    await t.indexed();
  });

  afterAll(async () => {
    await t.close();
  });

  it('sends helmet’s headers, no referrer and a deny-all CSP on API answers; no HSTS outside production', async () => {
    const response = await t.http
      .get(`/api/v1/public/leistungen/${published.slug}`)
      .expect(200);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('lets a reverse proxy cache public answers briefly and browsers revalidate by ETag', async () => {
    const first = await t.http
      .get(`/api/v1/public/leistungen/${published.slug}`)
      .expect(200);
    expect(first.headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=60',
    );
    const etag = first.headers['etag'];
    expect(etag).toBeTruthy();
    await t.http
      .get(`/api/v1/public/leistungen/${published.slug}`)
      .set('If-None-Match', etag as string)
      .expect(304);

    // A release changes the answer, so the ETag changes and the next revalidation gets the new text.
    await t.publishChange(published.id, { shortText: 'Neue Kurzantwort.' });
    const changed = await t.http
      .get(`/api/v1/public/leistungen/${published.slug}`)
      .set('If-None-Match', etag as string)
      .expect(200);
    expect(changed.headers['etag']).not.toBe(etag);
    expect((changed.body as { shortText: string }).shortText).toBe(
      'Neue Kurzantwort.',
    );
  });

  it('never lets anyone cache errors or staff answers as public', async () => {
    const missing = await t.http
      .get('/api/v1/public/search')
      .query({ limit: 'viele' })
      .expect(400);
    expect(missing.headers['cache-control']).toBe('no-store');
    const admin = await t.as('admin');
    const staff = await admin.get('/api/v1/leistungen').expect(200);
    expect(staff.headers['cache-control'] ?? '').not.toContain('public');
  });

  it('lists published, currently valid Leistungen and the static pages in sitemap.xml', async () => {
    const response = await t.http.get('/sitemap.xml').expect(200);
    expect(response.headers['content-type']).toContain('application/xml');
    expect(response.headers['cache-control']).toContain('s-maxage=60');
    const text = response.text;
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    const origin = /<loc>(https?:\/\/[^/<]+)\/<\/loc>/.exec(text)?.[1] ?? '';
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(text).toContain(`<loc>${origin}/leistungen/${published.slug}</loc>`);
    expect(text).not.toContain(expired.slug);
    for (const path of ['/a-z', '/barrierefreiheit', '/leichte-sprache']) {
      expect(text).toContain(`<loc>${origin}${path}</loc>`);
    }
  });

  it('lists what the desk is asked about most as "Häufig gesucht", without figures and without expired Leistungen', async () => {
    expect(
      (await t.http.get('/api/v1/public/haeufig-gesucht').expect(200)).body,
    ).toEqual([]);
    const agent = await t.as('agent');
    for (let i = 0; i < 3; i++) {
      await agent
        .post(`/api/v1/usage/leistungen/${published.id}/views`)
        .expect(204);
    }
    for (let i = 0; i < 5; i++) {
      await agent
        .post(`/api/v1/usage/leistungen/${expired.id}/views`)
        .expect(204);
    }
    const frequent = await t.http
      .get('/api/v1/public/haeufig-gesucht')
      .expect(200);
    expect(frequent.body).toEqual([
      { slug: published.slug, title: published.title },
    ]);
    expect(frequent.headers['cache-control']).toContain('public');
  });

  it('keeps crawlers out of the staff areas and the API in robots.txt', async () => {
    const response = await t.http.get('/robots.txt').expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const lines = response.text.split('\n');
    for (const path of ['/desk', '/editor', '/admin', '/anmelden', '/api/']) {
      expect(lines).toContain(`Disallow: ${path}`);
    }
    expect(response.text).toMatch(
      /Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/,
    );
  });
});
