import { isAbsolute, resolve } from 'node:path';

/** The one typed configuration object, read from the environment once at boot. */
export interface AppConfig {
  production: boolean;
  port: number;
  dataDir: string;
  database:
    | { type: 'sqlite'; file: string }
    | { type: 'postgres'; url: string };
  meili:
    | { mode: 'external'; url: string; masterKey: string | undefined }
    | { mode: 'embedded'; port: number | undefined };
  meiliIndexPrefix: string;
  demoContent: boolean;
  seedDir: string;
  searchConfigDir: string;
  searchConfigExtraDir: string | undefined;
  webDistDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parsePort(
  name: string,
  raw: string | undefined,
  fallback: number | undefined,
  problems: string[],
) {
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(
      `${name} must be a port number between 1 and 65535 (got "${raw}")`,
    );
    return fallback;
  }
  return port;
}

function parseBoolean(
  name: string,
  raw: string | undefined,
  fallback: boolean,
  problems: string[],
) {
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) {
    return true;
  }
  if (['0', 'false', 'no', 'off'].includes(value)) {
    return false;
  }
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function parseUrl(
  name: string,
  raw: string,
  protocols: string[],
  problems: string[],
) {
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(
        `${name} must start with ${protocols.map((protocol) => `${protocol}//`).join(' or ')} (got "${url.protocol}//…")`,
      );
    }
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
}

/**
 * Validates the environment and fails fast with every problem listed at once,
 * so an operator fixes the configuration in one round.
 */
export function loadConfig(
  env: Env = process.env,
  workspaceRoot = process.cwd(),
): AppConfig {
  const problems: string[] = [];
  const production = env['NODE_ENV'] === 'production';
  const port = parsePort('PORT', env['PORT'], 3000, problems) ?? 3000;
  const fromRoot = (path: string) =>
    isAbsolute(path) ? path : resolve(workspaceRoot, path);
  const dataDir = fromRoot(env['DATA_DIR'] || './data');

  let database: AppConfig['database'] = {
    type: 'sqlite',
    file: resolve(dataDir, 'auskunft.sqlite'),
  };
  const databaseUrl = env['DATABASE_URL'];
  if (databaseUrl) {
    parseUrl(
      'DATABASE_URL',
      databaseUrl,
      ['postgres:', 'postgresql:'],
      problems,
    );
    database = { type: 'postgres', url: databaseUrl };
  }

  let meili: AppConfig['meili'];
  const meiliUrl = env['MEILI_URL'];
  const masterKey = env['MEILI_MASTER_KEY'] || undefined;
  if (meiliUrl) {
    parseUrl('MEILI_URL', meiliUrl, ['http:', 'https:'], problems);
    if (production && !masterKey) {
      problems.push(
        'MEILI_MASTER_KEY is required with MEILI_URL in production',
      );
    }
    meili = { mode: 'external', url: meiliUrl.replace(/\/+$/, ''), masterKey };
  } else {
    if (masterKey) {
      problems.push(
        'MEILI_MASTER_KEY is only used together with MEILI_URL (the embedded engine manages its own key)',
      );
    }
    meili = {
      mode: 'embedded',
      port: parsePort('MEILI_PORT', env['MEILI_PORT'], undefined, problems),
    };
  }

  const meiliIndexPrefix = env['MEILI_INDEX_PREFIX'] ?? 'auskunft_';
  if (!/^[A-Za-z0-9_-]*$/.test(meiliIndexPrefix)) {
    problems.push(
      'MEILI_INDEX_PREFIX may only contain letters, digits, "_" and "-"',
    );
  }

  const config: AppConfig = {
    production,
    port,
    dataDir,
    database,
    meili,
    meiliIndexPrefix,
    demoContent: parseBoolean(
      'DEMO_CONTENT',
      env['DEMO_CONTENT'],
      true,
      problems,
    ),
    seedDir: fromRoot(env['SEED_DIR'] || './seed-data'),
    searchConfigDir: fromRoot(env['SEARCH_CONFIG_DIR'] || './search-config'),
    searchConfigExtraDir: env['SEARCH_CONFIG_EXTRA_DIR']
      ? fromRoot(env['SEARCH_CONFIG_EXTRA_DIR'])
      : undefined,
    webDistDir: fromRoot(env['WEB_DIST_DIR'] || './dist/web/browser'),
  };
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
