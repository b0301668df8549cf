import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('defaults to SQLite and the embedded engine under ./data', () => {
    const config = loadConfig({}, '/srv/auskunft');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/auskunft/data',
      database: { type: 'sqlite', file: '/srv/auskunft/data/auskunft.sqlite' },
      meili: { mode: 'embedded', port: undefined },
      demoContent: true,
      production: false,
    });
  });

  it('switches to PostgreSQL and an external engine by environment', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://app:secret@db:5432/auskunft',
        MEILI_URL: 'http://search:7700/',
        MEILI_MASTER_KEY: 'k'.repeat(16),
        DEMO_CONTENT: 'false',
        PORT: '8080',
      },
      '/srv',
    );
    expect(config.database).toEqual({
      type: 'postgres',
      url: 'postgres://app:secret@db:5432/auskunft',
    });
    expect(config.meili).toEqual({
      mode: 'external',
      url: 'http://search:7700',
      masterKey: 'k'.repeat(16),
    });
    expect(config.demoContent).toBe(false);
    expect(config.port).toBe(8080);
  });

  it('lists every problem at once with the variable named', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'achtzig',
        DATABASE_URL: 'mysql://x',
        DEMO_CONTENT: 'vielleicht',
        NODE_ENV: 'production',
        MEILI_URL: 'http://search:7700',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'DEMO_CONTENT',
      'MEILI_MASTER_KEY',
    ]) {
      expect(problems).toContain(name);
    }
  });

  it('rejects a master key without an external engine', () => {
    expect(() => loadConfig({ MEILI_MASTER_KEY: 'x'.repeat(20) })).toThrow(
      /MEILI_MASTER_KEY/,
    );
  });
  it('reads the service-center settings with their defaults', () => {
    expect(loadConfig({}).operations).toEqual({
      contactRetentionDays: 365,
      forwardingDefaultDays: 1,
      forwardingPiiRetentionDays: 30,
      holidayState: 'BW',
      smtpUrl: undefined,
      mailFrom: 'auskunft@localhost',
      appUrl: 'http://localhost:3000',
      firstContactTargetPercent: 65,
      searchQueryRetentionDays: 90,
    });
    expect(
      loadConfig({
        CONTACT_RETENTION_DAYS: '90',
        HOLIDAY_STATE: 'by',
        SMTP_URL: 'smtp://mail.example:25',
        FIRST_CONTACT_TARGET: '70',
        SEARCH_QUERY_RETENTION_DAYS: '30',
      }).operations,
    ).toMatchObject({
      searchQueryRetentionDays: 30,
      contactRetentionDays: 90,
      holidayState: 'BY',
      smtpUrl: 'smtp://mail.example:25',
      firstContactTargetPercent: 70,
    });
  });

  it('names every bad service-center setting', () => {
    let error: unknown;
    try {
      loadConfig({
        CONTACT_RETENTION_DAYS: '0',
        FORWARDING_PII_RETENTION_DAYS: 'bald',
        SEARCH_QUERY_RETENTION_DAYS: '-1',
        HOLIDAY_STATE: 'XX',
        SMTP_URL: 'http://mail',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of [
      'CONTACT_RETENTION_DAYS',
      'FORWARDING_PII_RETENTION_DAYS',
      'SEARCH_QUERY_RETENTION_DAYS',
      'HOLIDAY_STATE',
      'SMTP_URL',
    ]) {
      expect(problems).toContain(name);
    }
  });
});
