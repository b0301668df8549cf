import { Module } from '@nestjs/common';
import {
  PublicCatalogController,
  StaffCatalogController,
} from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [StaffCatalogController, PublicCatalogController],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}
