import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type {
  Forwarding,
  ForwardingByToken,
  SessionUser,
} from '@auskunft/contracts';
import {
  CurrentUser,
  Public,
  RequirePermission,
} from '../auth/auth.decorators';
import { UUID } from '../common/uuid-param';
import { ForwardingListQueryDto, ForwardingWriteDto } from './forwardings.dto';
import { ForwardingsService } from './forwardings.service';

@ApiTags('forwardings')
@Controller({ path: 'forwardings', version: '1' })
export class ForwardingsController {
  constructor(private readonly forwardings: ForwardingsService) {}

  /** Forward a concern: mails the Sachgebiet and logs the contact as forwarded. */
  @Post()
  @RequirePermission('forwarding:create')
  create(@Body() body: ForwardingWriteDto): Promise<Forwarding> {
    return this.forwardings.create(body);
  }

  @Get()
  @RequirePermission('forwarding:create')
  list(@Query() query: ForwardingListQueryDto): Promise<Forwarding[]> {
    return this.forwardings.list(query.status);
  }

  @Post(':id/answered')
  @RequirePermission('forwarding:answer')
  @HttpCode(200)
  @ApiNotFoundResponse()
  markAnswered(
    @Param('id', UUID) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<Forwarding> {
    return this.forwardings.markAnswered(id, user);
  }
}

/** The link in the Sachgebiet's mail: the token is the authorization, no sign-in. */
@ApiTags('forwardings')
@Controller({ path: 'public/forwardings', version: '1' })
export class ForwardingTokenController {
  constructor(private readonly forwardings: ForwardingsService) {}

  @Get(':token')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiNotFoundResponse()
  status(@Param('token') token: string): Promise<ForwardingByToken> {
    return this.forwardings.statusByToken(token);
  }

  @Post(':token/answered')
  @Public()
  @Header('Cache-Control', 'no-store')
  @HttpCode(200)
  @ApiNotFoundResponse()
  markAnswered(@Param('token') token: string): Promise<ForwardingByToken> {
    return this.forwardings.markAnsweredByToken(token);
  }
}
