import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CatalogModule } from '../catalog/catalog.module';
import { ContactsModule } from '../contacts/contacts.module';
import { ControllingModule } from '../controlling/controlling.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source-options';
import { ForwardingsModule } from '../forwardings/forwardings.module';
import { HealthController } from '../health/health.controller';
import { ImportModule } from '../import/import.module';
import { LeistungenModule } from '../leistungen/leistungen.module';
import { MailModule } from '../mail/mail.module';
import { PublicSiteModule } from '../public-site/public-site.module';
import { SearchModule } from '../search/search.module';
import { SeedModule } from '../seed/seed.module';
import { UsageModule } from '../usage/usage.module';
import { UsersModule } from '../users/users.module';

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
    CatalogModule,
    SearchModule,
    LeistungenModule,
    SeedModule,
    ImportModule,
    UsageModule,
    ScheduleModule.forRoot(),
    ContactsModule,
    MailModule,
    ForwardingsModule,
    ControllingModule,
    // The built web app (assets and server-rendered pages) on the same port; see configureApp.
    PublicSiteModule,
  ],
  controllers: [HealthController],
})
export class AppModule {}
