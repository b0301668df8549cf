import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SearchResponse } from '@auskunft/contracts';
import { Public, RequirePermission } from '../auth/auth.decorators';
import { SearchQueryStatsService } from '../usage/search-query-stats.service';
import { SearchQueryDto } from './search-query.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller({ path: 'search', version: '1' })
export class StaffSearchController {
  constructor(private readonly searchService: SearchService) {}

  /** Staff search over the staff index (all fields, internal notes included). */
  @Get()
  @RequirePermission('staff:read')
  @ApiOkResponse({
    description: 'Hits with highlights, facet counts and processing time',
  })
  search(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.searchService.search('staff', query);
  }
}

@ApiTags('public')
@Controller({ path: 'public/search', version: '1' })
@Public()
export class PublicSearchController {
  constructor(
    private readonly searchService: SearchService,
    private readonly searchQueries: SearchQueryStatsService,
  ) {}

  /** Citizens' search over the public index, which holds public fields only. */
  @Get()
  @ApiOkResponse({
    description: 'Hits with highlights, facet counts and processing time',
  })
  async search(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    const response = await this.searchService.search('public', query);
    // Aggregated per day and query, no client data (controlling).
    this.searchQueries.recordPublicSearch(query, response.total);
    return response;
  }
}
