import {
  HttpErrorResponse,
  HttpStatusCode,
  type HttpInterceptorFn,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_API, AuthService } from './auth.service';
import { isLoginUrl, loginInfo, loginUrl } from './login-redirect';

const PUBLIC_API = '/api/v1/public/';

/** Endpoints that answer 401 because the session is gone (not /auth/*, not the citizens' API). */
export function isSessionBound(url: string): boolean {
  return (
    url.startsWith('/api/') &&
    !url.startsWith(`${AUTH_API}/`) &&
    !url.startsWith(PUBLIC_API)
  );
}

/**
 * A 401 from a staff endpoint means the session expired or was ended elsewhere:
 * forget the user and show the sign-in page, returning to the same page (query
 * included) afterwards. The error still reaches the caller, so its busy state ends;
 * swallowing it would leave spinners running and break `firstValueFrom`.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isSessionBound(request.url)) {
    return next(request);
  }
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === HttpStatusCode.Unauthorized
      ) {
        showLogin(auth, router);
      }
      return throwError(() => error);
    }),
  );
};

function showLogin(auth: AuthService, router: Router): void {
  const wasSignedIn = auth.signedIn();
  auth.clear();
  // During a navigation the page being opened is the one to come back to.
  const navigation = router.currentNavigation();
  const target = navigation
    ? router.serializeUrl(navigation.finalUrl ?? navigation.extractedUrl)
    : router.url;
  if (isLoginUrl(target)) {
    return;
  }
  void router.navigateByUrl(
    loginUrl(router, target),
    wasSignedIn ? { info: loginInfo('session-expired') } : {},
  );
}
