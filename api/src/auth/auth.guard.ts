import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import {
  hasPermission,
  type Permission,
  type SessionUser,
} from '@auskunft/contracts';
import { PERMISSION_KEY, PUBLIC_KEY, SESSION_COOKIE } from './auth.decorators';
import { AuthService } from './auth.service';

/**
 * Global guard: every route needs a signed-in user unless it is marked @Public();
 * a @RequirePermission() route also needs the permission in the shared map.
 * A route with neither marker is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const request = context
      .switchToHttp()
      .getRequest<
        Request & { user?: SessionUser; cookies?: Record<string, string> }
      >();
    const user = await this.auth.resolve(request.cookies?.[SESSION_COOKIE]);
    if (!user) {
      throw new UnauthorizedException('Bitte melden Sie sich an.');
    }
    request.user = user;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      PERMISSION_KEY,
      targets,
    );
    if (!permission) {
      throw new ForbiddenException('This route declares no permission.');
    }
    if (!hasPermission(user, permission)) {
      throw new ForbiddenException('Dafür fehlt Ihnen die Berechtigung.');
    }
    return true;
  }
}
