import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source-options';
import { UsersModule } from '../users/users.module';
import { BackupService } from '../import/backup.service';
import { ImportService } from '../import/import.service';
import { LeistungenService } from '../leistungen/leistungen.service';
import { SearchOutboxWorker } from '../search/search-outbox.worker';

/**
 * What the user commands need: the database, users and the audit log — but no
 * search engine, so they also work next to a running server.
 */
@Module({
  imports: [
    ConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
    }),
    AuditModule,
    AuthModule,
    UsersModule,
  ],
})
export class CliUsersModule {}

/**
 * Imports and exports only write to the database; the outbox rows they leave are
 * indexed by a running server within a second, or at its next start.
 */
@Module({
  imports: [
    ConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
    }),
    AuditModule,
  ],
  providers: [
    LeistungenService,
    ImportService,
    BackupService,
    { provide: SearchOutboxWorker, useValue: { poke: () => undefined } },
  ],
})
export class CliDataModule {}
