import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { UUID } from '../common/uuid-param';
import type {
  LeistungListItem,
  LeistungPublic,
  LeistungStaff,
  Page,
  SessionUser,
} from '@auskunft/contracts';
import {
  CurrentUser,
  Public,
  RequirePermission,
} from '../auth/auth.decorators';
import { toRevisionSummary } from '../workflow/revision.mapper';
import { WorkflowService } from '../workflow/workflow.service';
import {
  LeistungListQueryDto,
  VersionQueryDto,
} from './dto/leistung-list-query.dto';
import { LeistungCreateBodyDto } from './dto/leistung-write.dto';
import {
  toLeistungListItem,
  toLeistungPublic,
  toLeistungStaff,
} from './leistung.mapper';
import { LeistungenService } from './leistungen.service';

@ApiTags('leistungen')
@Controller({ path: 'leistungen', version: '1' })
export class LeistungenController {
  constructor(
    private readonly leistungen: LeistungenService,
    private readonly workflow: WorkflowService,
  ) {}

  @Get()
  @RequirePermission('staff:read')
  async list(
    @Query() query: LeistungListQueryDto,
  ): Promise<Page<LeistungListItem>> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const { items, total } = await this.leistungen.list({
      ...query,
      limit,
      offset,
    });
    return { items: items.map(toLeistungListItem), total, limit, offset };
  }

  /** The live Leistung with staff fields and the open working copy, if any. */
  @Get(':id')
  @RequirePermission('staff:read')
  @ApiNotFoundResponse()
  async get(@Param('id', UUID) id: string): Promise<LeistungStaff> {
    const leistung = await this.leistungen.findById(id);
    const workingCopy = await this.workflow.workingCopy(id);
    return toLeistungStaff(
      leistung,
      workingCopy ? toRevisionSummary(workingCopy) : null,
    );
  }

  /** Creates a draft Leistung with its first working copy; it goes live only after a four-eyes release. */
  @Post()
  @RequirePermission('leistung:edit')
  async create(
    @Body() body: LeistungCreateBodyDto,
    @CurrentUser() user: SessionUser,
  ): Promise<LeistungStaff> {
    const id = await this.workflow.create(body, user);
    return this.get(id);
  }

  @Delete(':id')
  @RequirePermission('leistung:delete')
  @HttpCode(204)
  async remove(
    @Param('id', UUID) id: string,
    @Query() query: VersionQueryDto,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    await this.leistungen.remove(id, user, query.version);
  }
}

@ApiTags('public')
@Controller({ path: 'public/leistungen', version: '1' })
@Public()
export class PublicLeistungenController {
  constructor(private readonly leistungen: LeistungenService) {}

  /** A published Leistung by its readable slug, public fields only. */
  @Get(':slug')
  @ApiNotFoundResponse()
  async get(@Param('slug') slug: string): Promise<LeistungPublic> {
    return toLeistungPublic(await this.leistungen.findPublishedBySlug(slug));
  }
}
