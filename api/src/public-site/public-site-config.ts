import { ConfigError } from '../config/app-config';

/** Settings of the public guide: rate limits, caching, canonical origin, proxy trust. */
export interface PublicSiteConfig {
  production: boolean;
  /** Origin for canonical URLs and the sitemap; null: taken from the request's Host. */
  publicUrl: string | null;
  /** Requests per window and client IP to /api/v1/public/**. */
  apiRateLimit: number;
  /** Server-rendered page requests per window and client IP. */
  pageRateLimit: number;
  rateLimitWindowSeconds: number;
  /** How long a shared cache (reverse proxy) may serve a public page or API answer without asking again. */
  cacheSharedMaxAgeSeconds: number;
  /** Express "trust proxy": false, true, a hop count or a list of addresses. */
  trustProxy: boolean | number | string;
}

type Env = Record<string, string | undefined>;

function positiveInt(
  name: string,
  raw: string | undefined,
  fallback: number,
  problems: string[],
  min = 1,
): number {
  if (raw === undefined || raw.trim() === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    problems.push(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') {
    return false;
  }
  if (value === 'true') {
    return true;
  }
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadPublicSiteConfig(env: Env = process.env): PublicSiteConfig {
  const problems: string[] = [];
  let publicUrl: string | null = null;
  const rawUrl = env['PUBLIC_URL']?.trim();
  if (rawUrl) {
    try {
      const url = new URL(rawUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        problems.push('PUBLIC_URL must start with http:// or https://');
      }
      publicUrl = url.origin;
    } catch {
      problems.push('PUBLIC_URL is not a valid URL');
    }
  }
  const config: PublicSiteConfig = {
    production: env['NODE_ENV'] === 'production',
    publicUrl,
    apiRateLimit: positiveInt(
      'PUBLIC_RATE_LIMIT',
      env['PUBLIC_RATE_LIMIT'],
      600,
      problems,
    ),
    pageRateLimit: positiveInt(
      'PUBLIC_PAGE_RATE_LIMIT',
      env['PUBLIC_PAGE_RATE_LIMIT'],
      300,
      problems,
    ),
    rateLimitWindowSeconds: positiveInt(
      'PUBLIC_RATE_LIMIT_WINDOW',
      env['PUBLIC_RATE_LIMIT_WINDOW'],
      60,
      problems,
    ),
    cacheSharedMaxAgeSeconds: positiveInt(
      'PUBLIC_CACHE_S_MAXAGE',
      env['PUBLIC_CACHE_S_MAXAGE'],
      60,
      problems,
      0,
    ),
    trustProxy: trustProxy(env['TRUST_PROXY']),
  };
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
