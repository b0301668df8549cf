import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Headers for every response (helmet): no sniffing, no framing, no referrer,
 * HSTS only in production (a local http:// instance must stay reachable).
 * The Content-Security-Policy is set per kind of response below.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: production
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

/** API answers are data, never documents: nothing may load or run in them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Swagger UI at /api/docs loads its own scripts and inline styles. */
export const DOCS_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** sha256 sources of every inline script in a page (Angular's small bootstrap scripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const [, attributes, body] = match;
    if (/\ssrc\s*=/i.test(attributes ?? '') || !body) {
      continue;
    }
    hashes.add(
      `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
    );
  }
  return [...hashes].sort();
}

/**
 * CSP of a rendered page: scripts only from our origin or with the hash of the
 * exact inline script we rendered; never 'unsafe-inline' for scripts. Hashes (not
 * nonces) keep identical pages identical, so shared caches and ETags work.
 * Component styles are inlined by Angular, hence 'unsafe-inline' for styles only.
 */
export function pageCsp(html: string, production: boolean): string {
  const scripts = ["'self'", ...inlineScriptHashes(html)].join(' ');
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (production) {
    directives.push('upgrade-insecure-requests');
  }
  return directives.join('; ');
}
