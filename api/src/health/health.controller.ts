import {
  Controller,
  Get,
  HttpStatus,
  Res,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@auskunft/contracts';
import { Public } from '../auth/auth.decorators';
import { SearchEngineHost } from '../search/search-engine.host';
import { SearchOutboxWorker } from '../search/search-outbox.worker';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly host: SearchEngineHost,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  /**
   * 200 only when ready: database and search engine up, and the indexes caught up
   * with the database since start-up; 503 otherwise, with the details.
   */
  @Get()
  async health(
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthResponse> {
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const search = (await this.host.engine.isHealthy())
      ? ('up' as const)
      : ('down' as const);
    const outboxBacklog = database === 'up' ? await this.outbox.backlog() : -1;
    const status =
      database === 'down'
        ? 'error'
        : search === 'down'
          ? 'degraded'
          : this.outbox.caughtUp
            ? 'ok'
            : 'starting';
    response.status(
      status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE,
    );
    return { status, database, search, outboxBacklog };
  }
}
