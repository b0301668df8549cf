import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ControllingSummary } from '@auskunft/contracts';
import { RequirePermission } from '../auth/auth.decorators';
import { ControllingQueryDto } from './controlling.dto';
import { ControllingService } from './controlling.service';

/** Service-center figures for the controlling dashboard: aggregates only. */
@ApiTags('controlling')
@Controller({ path: 'controlling', version: '1' })
export class ControllingController {
  constructor(private readonly controlling: ControllingService) {}

  @Get('summary')
  @RequirePermission('controlling:read')
  summary(@Query() query: ControllingQueryDto): Promise<ControllingSummary> {
    return this.controlling.summary(query.from, query.to);
  }
}
