import { Global, Module } from '@nestjs/common';
import { SearchQueryStatsService } from './search-query-stats.service';
import { UsageController } from './usage.controller';
import { UsageService } from './usage.service';

/**
 * Aggregated usage: views per Leistung and day, topics reported missing, settled
 * search queries per day. Global, so the public search endpoint can count its
 * queries without the search module depending on this one.
 */
@Global()
@Module({
  controllers: [UsageController],
  providers: [UsageService, SearchQueryStatsService],
  // The public guide's "Häufig gesucht" reads the same figures (api/src/public-site).
  exports: [UsageService, SearchQueryStatsService],
})
export class UsageModule {}
