import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  LebenslagePublic,
  SachgebietPublic,
  SachgebietStaff,
  SessionUser,
  StandortPublic,
  StandortStaff,
} from '@auskunft/contracts';
import {
  CurrentUser,
  Public,
  RequirePermission,
} from '../auth/auth.decorators';
import {
  toLebenslagePublic,
  toSachgebietPublic,
  toSachgebietStaff,
  toStandortPublic,
} from '../leistungen/leistung.mapper';
import { UUID } from '../common/uuid-param';
import { CatalogAdminService } from './catalog-admin.service';
import {
  LebenslagePatchDto,
  LebenslageWriteDto,
  SachgebietPatchDto,
  SachgebietWriteDto,
  StandortPatchDto,
  StandortWriteDto,
} from './catalog-write.dto';
import { CatalogService } from './catalog.service';

@ApiTags('catalog')
@Controller({ version: '1' })
export class StaffCatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly admin: CatalogAdminService,
  ) {}

  /** Sachgebiete with internal contact data and the forwarding address. */
  @Get('sachgebiete')
  @RequirePermission('staff:read')
  async sachgebiete(): Promise<SachgebietStaff[]> {
    return (await this.catalog.sachgebiete()).map(toSachgebietStaff);
  }

  @Post('sachgebiete')
  @RequirePermission('catalog:manage')
  async createSachgebiet(
    @Body() body: SachgebietWriteDto,
    @CurrentUser() user: SessionUser,
  ): Promise<SachgebietStaff> {
    return toSachgebietStaff(await this.admin.createSachgebiet(body, user));
  }

  @Patch('sachgebiete/:id')
  @RequirePermission('catalog:manage')
  async updateSachgebiet(
    @Param('id', UUID) id: string,
    @Body() body: SachgebietPatchDto,
    @CurrentUser() user: SessionUser,
  ): Promise<SachgebietStaff> {
    return toSachgebietStaff(await this.admin.updateSachgebiet(id, body, user));
  }

  @Delete('sachgebiete/:id')
  @RequirePermission('catalog:manage')
  @HttpCode(204)
  async deleteSachgebiet(
    @Param('id', UUID) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    await this.admin.remove('sachgebiet', id, user);
  }

  @Get('standorte')
  @RequirePermission('staff:read')
  async standorte(): Promise<StandortStaff[]> {
    return (await this.catalog.standorte()).map(toStandortPublic);
  }

  @Post('standorte')
  @RequirePermission('catalog:manage')
  async createStandort(
    @Body() body: StandortWriteDto,
    @CurrentUser() user: SessionUser,
  ): Promise<StandortStaff> {
    return toStandortPublic(await this.admin.createStandort(body, user));
  }

  @Patch('standorte/:id')
  @RequirePermission('catalog:manage')
  async updateStandort(
    @Param('id', UUID) id: string,
    @Body() body: StandortPatchDto,
    @CurrentUser() user: SessionUser,
  ): Promise<StandortStaff> {
    return toStandortPublic(await this.admin.updateStandort(id, body, user));
  }

  @Delete('standorte/:id')
  @RequirePermission('catalog:manage')
  @HttpCode(204)
  async deleteStandort(
    @Param('id', UUID) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    await this.admin.remove('standort', id, user);
  }

  @Get('lebenslagen')
  @RequirePermission('staff:read')
  async lebenslagen(): Promise<LebenslagePublic[]> {
    return (await this.catalog.lebenslagen()).map(toLebenslagePublic);
  }

  @Post('lebenslagen')
  @RequirePermission('catalog:manage')
  async createLebenslage(
    @Body() body: LebenslageWriteDto,
    @CurrentUser() user: SessionUser,
  ): Promise<LebenslagePublic> {
    return toLebenslagePublic(await this.admin.createLebenslage(body, user));
  }

  @Patch('lebenslagen/:id')
  @RequirePermission('catalog:manage')
  async updateLebenslage(
    @Param('id', UUID) id: string,
    @Body() body: LebenslagePatchDto,
    @CurrentUser() user: SessionUser,
  ): Promise<LebenslagePublic> {
    return toLebenslagePublic(
      await this.admin.updateLebenslage(id, body, user),
    );
  }

  @Delete('lebenslagen/:id')
  @RequirePermission('catalog:manage')
  @HttpCode(204)
  async deleteLebenslage(
    @Param('id', UUID) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    await this.admin.remove('lebenslage', id, user);
  }
}

@ApiTags('public')
@Controller({ path: 'public', version: '1' })
@Public()
export class PublicCatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('sachgebiete')
  async sachgebiete(): Promise<SachgebietPublic[]> {
    return (await this.catalog.sachgebiete()).map(toSachgebietPublic);
  }

  @Get('standorte')
  async standorte(): Promise<StandortPublic[]> {
    return (await this.catalog.standorte()).map(toStandortPublic);
  }

  @Get('lebenslagen')
  async lebenslagen(): Promise<LebenslagePublic[]> {
    return (await this.catalog.lebenslagen()).map(toLebenslagePublic);
  }
}
