import { Controller, Get, HttpStatus, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@auskunft/contracts';
import { SearchEngineHost } from '../search/search-engine.host';
import { SearchOutboxWorker } from '../search/search-outbox.worker';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly host: SearchEngineHost,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  /** 200 only when the database and the search engine are both up; 503 otherwise, with the details. */
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const search = (await this.host.engine.isHealthy()) ? ('up' as const) : ('down' as const);
    const outboxBacklog = database === 'up' ? await this.outbox.backlog() : -1;
    const status = database === 'down' ? 'error' : search === 'down' ? 'degraded' : 'ok';
    response.status(status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status, database, search, outboxBacklog };
  }
}
