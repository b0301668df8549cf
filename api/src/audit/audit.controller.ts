import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuditEntry, Page } from '@auskunft/contracts';
import { RequirePermission } from '../auth/auth.decorators';
import { AuditQueryDto } from './audit-query.dto';
import { auditCsv, AuditService, toAuditEntry } from './audit.service';

@ApiTags('audit')
@Controller({ path: 'audit', version: '1' })
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read')
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const { items, total } = await this.audit.list({ ...query, limit, offset });
    return { items: items.map(toAuditEntry), total, limit, offset };
  }

  /** The filtered log as CSV (semicolon-separated, UTF-8 with BOM), at most 50,000 rows. */
  @Get('export.csv')
  @RequirePermission('audit:read')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header(
    'Content-Disposition',
    'attachment; filename="auskunft-protokoll.csv"',
  )
  async export(@Query() query: AuditQueryDto): Promise<string> {
    const { items } = await this.audit.list({
      ...query,
      limit: 50_000,
      offset: 0,
    });
    return auditCsv(items.map(toAuditEntry));
  }
}
