import { Module } from '@nestjs/common';
import {
  LeistungenController,
  PublicLeistungenController,
} from './leistungen.controller';
import { LeistungenService } from './leistungen.service';

@Module({
  controllers: [LeistungenController, PublicLeistungenController],
  providers: [LeistungenService],
  exports: [LeistungenService],
})
export class LeistungenModule {}
