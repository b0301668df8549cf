import { Module } from '@nestjs/common';
import { MailOutboxController } from './mail-outbox.controller';
import { MailService } from './mail.service';

@Module({
  controllers: [MailOutboxController],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
