import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { MailModule } from '../mail/mail.module';
import {
  ForwardingsController,
  ForwardingTokenController,
} from './forwardings.controller';
import { ForwardingsService } from './forwardings.service';

/** Weiterleitungen with deadline, mail, answer link, reminders and erasure jobs. */
@Module({
  imports: [ContactsModule, MailModule],
  controllers: [ForwardingsController, ForwardingTokenController],
  providers: [ForwardingsService],
  exports: [ForwardingsService],
})
export class ForwardingsModule {}
