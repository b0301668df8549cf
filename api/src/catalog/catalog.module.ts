import { Module } from '@nestjs/common';
import { CatalogAdminService } from './catalog-admin.service';
import {
  PublicCatalogController,
  StaffCatalogController,
} from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [StaffCatalogController, PublicCatalogController],
  providers: [CatalogService, CatalogAdminService],
  exports: [CatalogService],
})
export class CatalogModule {}
