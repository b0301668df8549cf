import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { MissingTopic, TopLeistungen } from '@auskunft/contracts';
import { RequirePermission } from '../auth/auth.decorators';
import { UUID } from '../common/uuid-param';
import { SearchQueryStatsService } from './search-query-stats.service';
import {
  MissingTopicWriteDto,
  SearchQueryRecordDto,
  UsagePeriodQueryDto,
} from './usage.dto';
import { UsageService } from './usage.service';

/** Desk usage, aggregated: never who looked something up, only how often. */
@ApiTags('usage')
@Controller({ path: 'usage', version: '1' })
export class UsageController {
  constructor(
    private readonly usage: UsageService,
    private readonly searchQueries: SearchQueryStatsService,
  ) {}

  /** The desk opened this Leistung's answer: one more view for today. */
  @Post('leistungen/:id/views')
  @RequirePermission('staff:read')
  @HttpCode(204)
  @ApiNotFoundResponse()
  async recordView(@Param('id', UUID) id: string): Promise<void> {
    await this.usage.recordView(id);
  }

  /** The most asked-for Leistungen of the last days (default: a week). */
  @Get('top-leistungen')
  @RequirePermission('staff:read')
  top(@Query() query: UsagePeriodQueryDto): Promise<TopLeistungen> {
    return this.usage.top(query.days, query.limit);
  }

  /**
   * A desk search settled (a result opened, or the results stood still for a few
   * seconds): one more for its normalized query today. Counts only, no user.
   */
  @Post('search-queries')
  @RequirePermission('staff:read')
  @HttpCode(204)
  async recordSearchQuery(@Body() body: SearchQueryRecordDto): Promise<void> {
    await this.searchQueries.record('staff', body.query, body.hits);
  }

  /** An agent found nothing for a caller's question: tell the editors. */
  @Post('missing-topics')
  @RequirePermission('feedback:create')
  reportMissingTopic(
    @Body() body: MissingTopicWriteDto,
  ): Promise<MissingTopic> {
    return this.usage.reportMissingTopic(body.query);
  }

  /** What agents reported missing, most often first: the editors' list of new topics. */
  @Get('missing-topics')
  @RequirePermission('staff:read')
  missingTopics(@Query() query: UsagePeriodQueryDto): Promise<MissingTopic[]> {
    return this.usage.missingTopics(query.days, query.limit);
  }
}
