import { Module } from '@nestjs/common';
import { UsageController } from './usage.controller';
import { UsageService } from './usage.service';

/** Aggregated desk usage: views per Leistung and day, topics reported missing. */
@Module({
  controllers: [UsageController],
  providers: [UsageService],
})
export class UsageModule {}
