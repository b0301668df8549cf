import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  LebenslagePublic,
  SachgebietPublic,
  SachgebietStaff,
  StandortPublic,
  StandortStaff,
} from '@auskunft/contracts';
import {
  toLebenslagePublic,
  toSachgebietPublic,
  toSachgebietStaff,
  toStandortPublic,
} from '../leistungen/leistung.mapper';
import { Public, RequirePermission } from '../auth/auth.decorators';
import { CatalogService } from './catalog.service';

@ApiTags('catalog')
@Controller({ version: '1' })
@RequirePermission('staff:read')
export class StaffCatalogController {
  constructor(private readonly catalog: CatalogService) {}

  /** Sachgebiete with internal contact data and the forwarding address. */
  @Get('sachgebiete')
  async sachgebiete(): Promise<SachgebietStaff[]> {
    return (await this.catalog.sachgebiete()).map(toSachgebietStaff);
  }

  @Get('standorte')
  async standorte(): Promise<StandortStaff[]> {
    return (await this.catalog.standorte()).map(toStandortPublic);
  }

  @Get('lebenslagen')
  async lebenslagen(): Promise<LebenslagePublic[]> {
    return (await this.catalog.lebenslagen()).map(toLebenslagePublic);
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
