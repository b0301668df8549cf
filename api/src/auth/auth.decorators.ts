import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Permission, SessionUser } from '@auskunft/contracts';

export const PUBLIC_KEY = 'auskunft:public';
export const PERMISSION_KEY = 'auskunft:permission';
export const SESSION_COOKIE = 'auskunft_session';

/** Reachable without signing in (citizens, sign-in, health). Documented as x-public in OpenAPI. */
export function Public() {
  return applyDecorators(
    SetMetadata(PUBLIC_KEY, true),
    ApiExtension('x-public', true),
  );
}

/**
 * Requires a signed-in user holding `permission` (from the shared permission map).
 * Documented as x-permission in OpenAPI, which the role-matrix test reads.
 */
export function RequirePermission(permission: Permission) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiExtension('x-permission', permission),
    ApiCookieAuth(SESSION_COOKIE),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: 'Role or Sachgebiet may not' }),
  );
}

/** The signed-in user of the request (set by the AuthGuard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser => {
    const request = context.switchToHttp().getRequest<{ user: SessionUser }>();
    return request.user;
  },
);
