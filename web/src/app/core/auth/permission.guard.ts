import { inject } from '@angular/core';
import {
  type CanActivateChildFn,
  type CanActivateFn,
  RedirectCommand,
  Router,
} from '@angular/router';
import type { Permission } from '@auskunft/contracts';
import { AuthService } from './auth.service';
import { loginInfo, loginUrl } from './login-redirect';

/**
 * Lets a route (and, as canActivateChild, every route below it) through only
 * for users holding `permission` in the shared map. Everyone else goes to the
 * sign-in page with the requested URL, query included, as `returnUrl`; a
 * signed-in user who lacks the permission is told so there and may switch accounts.
 *
 * Usage: `{ path: 'editor', canActivate: [permissionGuard('leistung:edit')], canActivateChild: [...] }`.
 */
export function permissionGuard(
  permission: Permission,
): CanActivateFn & CanActivateChildFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    if (auth.can(permission)) {
      return true;
    }
    const target = loginUrl(inject(Router), state.url);
    return auth.signedIn()
      ? new RedirectCommand(target, { info: loginInfo('forbidden') })
      : target;
  };
}
