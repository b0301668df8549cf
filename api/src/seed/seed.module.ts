import { Module } from '@nestjs/common';
import { LeistungenModule } from '../leistungen/leistungen.module';
import { DemoContentService } from './demo-content.service';

@Module({
  imports: [LeistungenModule],
  providers: [DemoContentService],
  exports: [DemoContentService],
})
export class SeedModule {}
