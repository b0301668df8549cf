import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutboxMail } from '@auskunft/contracts';
import { RequirePermission } from '../auth/auth.decorators';
import { MailService } from './mail.service';

/** The file outbox (no SMTP server configured): what would have been sent. */
@ApiTags('mail')
@Controller({ path: 'mail-outbox', version: '1' })
export class MailOutboxController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @RequirePermission('system:manage')
  list(): Promise<OutboxMail[]> {
    return this.mail.outbox();
  }
}
