import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionUser, UserSummary } from '@auskunft/contracts';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { UserCreateDto, UserUpdateDto } from './dto/user-write.dto';
import { toUserSummary } from './user.mapper';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user:manage')
  async list(): Promise<UserSummary[]> {
    return (await this.users.list()).map(toUserSummary);
  }

  @Post()
  @RequirePermission('user:manage')
  async create(
    @Body() body: UserCreateDto,
    @CurrentUser() user: SessionUser,
  ): Promise<UserSummary> {
    return toUserSummary(await this.users.create(body, undefined, user));
  }

  /** Change name, role, Sachgebiete, active flag or password; role, password and deactivation end the user's sessions. */
  @Patch(':id')
  @RequirePermission('user:manage')
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UserUpdateDto,
    @CurrentUser() user: SessionUser,
  ): Promise<UserSummary> {
    return toUserSummary(await this.users.update(id, body, user));
  }
}
