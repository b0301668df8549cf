import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { SessionUser } from '@auskunft/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Public, SESSION_COOKIE } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';

type CookieRequest = Request & { cookies?: Record<string, string> };

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
@Public()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Signs in with username and password; the session lives in an httpOnly, SameSite=Strict cookie. */
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() request: CookieRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    const { token, user, expiresAt } = await this.auth.login(
      body.username,
      body.password,
      request.ip ?? 'unknown',
    );
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.production,
      path: '/',
      expires: expiresAt,
    });
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: CookieRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(request.cookies?.[SESSION_COOKIE]);
    response.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.production,
    });
  }

  /** The signed-in user, or 401. */
  @Get('me')
  async me(@Req() request: CookieRequest): Promise<SessionUser | null> {
    // null, not 401: every citizen's page asks, and not being signed in is no error.
    return this.auth.resolve(request.cookies?.[SESSION_COOKIE]);
  }
}
