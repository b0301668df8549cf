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
  /** Service-center operations (contact log, Weiterleitungen, controlling). */
  operations: OperationsConfig;
}

export interface OperationsConfig {
  /** Days a contact log entry is kept (CONTACT_RETENTION_DAYS). */
  contactRetentionDays: number;
  /** Answer promise in working days for a Sachgebiet without its own (FORWARDING_DEFAULT_DAYS). */
  forwardingDefaultDays: number;
  /** Days after a forwarding was answered until its personal data is erased (FORWARDING_PII_RETENTION_DAYS). */
  forwardingPiiRetentionDays: number;
  /** Bundesland whose public holidays are not working days (HOLIDAY_STATE, e.g. "BW"). */
  holidayState: string;
  /** SMTP server for forwarding mails (SMTP_URL); without it mails go to DATA_DIR/mail-outbox. */
  smtpUrl: string | undefined;
  /** Sender address of forwarding mails (MAIL_FROM). */
  mailFrom: string;
  /** Origin for links in mails (PUBLIC_URL, else http://localhost:PORT). */
  appUrl: string;
  /** Target share of contacts settled on first contact, in percent (FIRST_CONTACT_TARGET). */
  firstContactTargetPercent: number;
  /** Days the daily search-query counts are kept (SEARCH_QUERY_RETENTION_DAYS). */
  searchQueryRetentionDays: number;
}

/** German Bundesländer as ISO 3166-2 subdivision codes (date-holidays uses the same). */
export const HOLIDAY_STATES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;

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

function parseInteger(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (raw === undefined || raw.trim() === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(
      `${name} must be a whole number from ${min} to ${max} (got "${raw}")`,
    );
    return fallback;
  }
  return value;
}

function loadOperations(
  env: Env,
  port: number,
  problems: string[],
): OperationsConfig {
  const holidayState = (env['HOLIDAY_STATE'] || 'BW').trim().toUpperCase();
  if (!(HOLIDAY_STATES as readonly string[]).includes(holidayState)) {
    problems.push(
      `HOLIDAY_STATE must be one of ${HOLIDAY_STATES.join(', ')} (got "${env['HOLIDAY_STATE'] ?? ''}")`,
    );
  }
  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl) {
    parseUrl('SMTP_URL', smtpUrl, ['smtp:', 'smtps:'], problems);
  }
  return {
    contactRetentionDays: parseInteger(
      'CONTACT_RETENTION_DAYS',
      env['CONTACT_RETENTION_DAYS'],
      365,
      1,
      3650,
      problems,
    ),
    forwardingDefaultDays: parseInteger(
      'FORWARDING_DEFAULT_DAYS',
      env['FORWARDING_DEFAULT_DAYS'],
      1,
      1,
      60,
      problems,
    ),
    forwardingPiiRetentionDays: parseInteger(
      'FORWARDING_PII_RETENTION_DAYS',
      env['FORWARDING_PII_RETENTION_DAYS'],
      30,
      1,
      3650,
      problems,
    ),
    searchQueryRetentionDays: parseInteger(
      'SEARCH_QUERY_RETENTION_DAYS',
      env['SEARCH_QUERY_RETENTION_DAYS'],
      90,
      1,
      3650,
      problems,
    ),
    holidayState,
    smtpUrl,
    mailFrom: env['MAIL_FROM'] || 'auskunft@localhost',
    // PUBLIC_URL itself is validated by the public site's settings.
    appUrl: (env['PUBLIC_URL']?.trim() || `http://localhost:${port}`).replace(
      /\/+$/,
      '',
    ),
    firstContactTargetPercent: parseInteger(
      'FIRST_CONTACT_TARGET',
      env['FIRST_CONTACT_TARGET'],
      65,
      1,
      100,
      problems,
    ),
  };
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
    operations: loadOperations(env, port, problems),
  };
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
