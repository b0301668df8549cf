import { Module } from '@nestjs/common';
import { UsageController } from './usage.controller';
import { UsageService } from './usage.service';

/** Aggregated desk usage: views per Leistung and day, topics reported missing. */
@Module({
  controllers: [UsageController],
  providers: [UsageService],
  // The public guide's "Häufig gesucht" reads the same figures (api/src/public-site).
  exports: [UsageService],
})
export class UsageModule {}
