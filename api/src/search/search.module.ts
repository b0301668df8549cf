import { Global, Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DatabaseSearchFallback } from './database-search.fallback';
import { SearchEngineHost } from './search-engine.host';
import { SearchOutboxWorker } from './search-outbox.worker';
import {
  PublicSearchController,
  StaffSearchController,
} from './search.controller';
import { SearchService } from './search.service';

/** Everything about Meilisearch lives here; the rest of the API sees SearchService and the outbox. */
@Global()
@Module({
  imports: [CatalogModule],
  controllers: [StaffSearchController, PublicSearchController],
  providers: [
    {
      provide: SearchEngineHost,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => SearchEngineHost.start(config),
    },
    SearchOutboxWorker,
    DatabaseSearchFallback,
    SearchService,
  ],
  exports: [SearchService, SearchOutboxWorker, SearchEngineHost],
})
export class SearchModule {}
