import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiTags,
} from '@nestjs/swagger';
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
import {
  LeistungListQueryDto,
  VersionQueryDto,
} from './dto/leistung-list-query.dto';
import { LeistungCreateDto, LeistungUpdateDto } from './dto/leistung-write.dto';
import {
  toLeistungListItem,
  toLeistungPublic,
  toLeistungStaff,
} from './leistung.mapper';
import { LeistungenService } from './leistungen.service';

const UUID = new ParseUUIDPipe();

@ApiTags('leistungen')
@Controller({ path: 'leistungen', version: '1' })
export class LeistungenController {
  constructor(private readonly leistungen: LeistungenService) {}

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

  @Get(':id')
  @RequirePermission('staff:read')
  @ApiNotFoundResponse()
  async get(@Param('id', UUID) id: string): Promise<LeistungStaff> {
    return toLeistungStaff(await this.leistungen.findById(id));
  }

  @Post()
  @RequirePermission('leistung:edit')
  async create(
    @Body() body: LeistungCreateDto,
    @CurrentUser() user: SessionUser,
  ): Promise<LeistungStaff> {
    return toLeistungStaff(await this.leistungen.create(body, user));
  }

  /** Partial update; `version` must be the version the editor started from. */
  @Patch(':id')
  @RequirePermission('leistung:edit')
  @ApiConflictResponse({
    description: 'The Leistung was changed by someone else since `version`',
  })
  async update(
    @Param('id', UUID) id: string,
    @Body() body: LeistungUpdateDto,
    @CurrentUser() user: SessionUser,
  ): Promise<LeistungStaff> {
    return toLeistungStaff(await this.leistungen.update(id, body, user));
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
