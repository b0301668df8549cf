import { Module } from '@nestjs/common';
import { LeistungenModule } from '../leistungen/leistungen.module';
import { UsersModule } from '../users/users.module';
import { DemoContentService } from './demo-content.service';

@Module({
  imports: [LeistungenModule, UsersModule],
  providers: [DemoContentService],
  exports: [DemoContentService],
})
export class SeedModule {}
