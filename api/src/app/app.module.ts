import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CatalogModule } from '../catalog/catalog.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source-options';
import { HealthController } from '../health/health.controller';
import { ImportModule } from '../import/import.module';
import { LeistungenModule } from '../leistungen/leistungen.module';
import { SearchModule } from '../search/search.module';
import { SeedModule } from '../seed/seed.module';
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
    // The built web app is served from the same port; the API keeps /api to itself.
    ServeStaticModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { rootPath: config.webDistDir, exclude: ['/api/{*path}'] },
      ],
    }),
  ],
  controllers: [HealthController],
})
export class AppModule {}
