import express from 'express';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { ConfigError } from '../config/app-config';
import { publicCacheControl } from './cache-headers';
import { loadPublicSiteConfig } from './public-site-config';
import {
  inlineScriptHashes,
  pageCsp,
  securityHeaders,
} from './security-headers';

describe('public site configuration', () => {
  it('has defaults that leave room for a busy office behind one address', () => {
    expect(loadPublicSiteConfig({})).toEqual({
      production: false,
      publicUrl: null,
      apiRateLimit: 600,
      pageRateLimit: 300,
      rateLimitWindowSeconds: 60,
      cacheSharedMaxAgeSeconds: 60,
      trustProxy: false,
    });
  });

  it('reads the settings and reduces PUBLIC_URL to its origin', () => {
    expect(
      loadPublicSiteConfig({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://service.landkreis-lindenau.example/egal',
        PUBLIC_RATE_LIMIT: '100',
        PUBLIC_PAGE_RATE_LIMIT: '50',
        PUBLIC_RATE_LIMIT_WINDOW: '30',
        PUBLIC_CACHE_S_MAXAGE: '0',
        TRUST_PROXY: '1',
      }),
    ).toEqual({
      production: true,
      publicUrl: 'https://service.landkreis-lindenau.example',
      apiRateLimit: 100,
      pageRateLimit: 50,
      rateLimitWindowSeconds: 30,
      cacheSharedMaxAgeSeconds: 0,
      trustProxy: 1,
    });
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadPublicSiteConfig({
        PUBLIC_URL: 'ftp://x',
        PUBLIC_RATE_LIMIT: '0',
        PUBLIC_RATE_LIMIT_WINDOW: 'eine Minute',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PUBLIC_URL must start with http:// or https://',
      'PUBLIC_RATE_LIMIT must be a whole number ≥ 1 (got "0")',
      'PUBLIC_RATE_LIMIT_WINDOW must be a whole number ≥ 1 (got "eine Minute")',
    ]);
  });
});

describe('security headers', () => {
  function appWith(production: boolean) {
    return express()
      .use(securityHeaders(production))
      .get('/', (_req, res) => {
        res.send('ok');
      });
  }

  it('sends HSTS only in production', async () => {
    const production = await request(appWith(true)).get('/').expect(200);
    expect(production.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const local = await request(appWith(false)).get('/').expect(200);
    expect(local.headers['strict-transport-security']).toBeUndefined();
  });

  it('never sends a referrer and forbids framing', async () => {
    const response = await request(appWith(false)).get('/').expect(200);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('page CSP', () => {
  const script = 'window.__ready=true;';
  const html = `<html><head><script src="main-ABCDEFGH.js" type="module"></script></head><body><script>${script}</script><script type="application/ld+json">{"a":1}</script></body></html>`;

  it('allows each inline script by the hash of its exact text, and external scripts only from self', () => {
    const hash = createHash('sha256').update(script).digest('base64');
    expect(inlineScriptHashes(html)).toContain(`'sha256-${hash}'`);
    expect(inlineScriptHashes(html)).toHaveLength(2);
    const scriptSrc = /script-src ([^;]*)/.exec(pageCsp(html, false))?.[1];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain(`'sha256-${hash}'`);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
  });

  it('upgrades insecure requests only in production', () => {
    expect(pageCsp(html, true)).toContain('upgrade-insecure-requests');
    expect(pageCsp(html, false)).not.toContain('upgrade-insecure-requests');
  });

  it('lets shared caches keep pages for the configured time while browsers revalidate', () => {
    expect(publicCacheControl(120)).toBe(
      'public, max-age=0, s-maxage=120, stale-while-revalidate=120',
    );
  });
});
