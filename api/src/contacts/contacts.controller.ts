import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ContactEntry } from '@auskunft/contracts';
import { RequirePermission } from '../auth/auth.decorators';
import { ContactWriteDto } from './contacts.dto';
import { ContactsService } from './contacts.service';

/** The contact log: one click at the desk per citizen contact. */
@ApiTags('contacts')
@Controller({ path: 'contacts', version: '1' })
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Post()
  @RequirePermission('contact:create')
  record(@Body() body: ContactWriteDto): Promise<ContactEntry> {
    return this.contacts.record(body);
  }
}
