import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One place that turns the configuration into TypeORM options, for the server, the CLI and the tests. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'database'>,
): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
  } as const;
  if (config.database.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url };
  }
  mkdirSync(dirname(config.database.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    // WAL keeps readers (search fallback, health) from blocking behind a writer.
    enableWAL: true,
    timeout: 5000,
    // With WAL, NORMAL keeps the database consistent on a crash and skips an fsync per
    // transaction (SQLite's recommendation for WAL); imports write one transaction per record.
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
    },
  };
}
