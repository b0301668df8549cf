import { Module } from '@nestjs/common';
import { ControllingController } from './controlling.controller';
import { ControllingService } from './controlling.service';

@Module({
  controllers: [ControllingController],
  providers: [ControllingService],
})
export class ControllingModule {}
