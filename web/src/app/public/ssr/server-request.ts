import { isPlatformServer } from '@angular/common';
import {
  HttpErrorResponse,
  type HttpInterceptorFn,
} from '@angular/common/http';
import {
  PLATFORM_ID,
  REQUEST_CONTEXT,
  RESPONSE_INIT,
  inject,
} from '@angular/core';
import { throwError } from 'rxjs';
import { AUTH_API } from '../../core/auth/auth.service';

/**
 * What the API hands the server renderer with each request
 * (api/src/public-site/ssr-renderer.ts builds it).
 */
export interface ServerRequestContext {
  /** Origin citizens use, e.g. https://service.landkreis-lindenau.example; for canonical URLs. */
  publicOrigin: string;
  /** Header that marks the renderer's own API calls (exempt from the public rate limit). */
  internalHeader: { name: string; value: string };
}

function isServerRequestContext(value: unknown): value is ServerRequestContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ServerRequestContext).publicOrigin === 'string'
  );
}

/** The request context while rendering on the server, null in the browser. */
export function serverRequestContext(): ServerRequestContext | null {
  const context = inject(REQUEST_CONTEXT, { optional: true });
  return isServerRequestContext(context) ? context : null;
}

/**
 * On the server, pages are rendered for anonymous citizens only: no session
 * ever enters server rendering (so a rendered page can be cached and can never
 * hold staff data), and the renderer's API calls carry the internal header.
 * In the browser it does nothing.
 */
export const serverRenderingInterceptor: HttpInterceptorFn = (
  request,
  next,
) => {
  if (!isPlatformServer(inject(PLATFORM_ID))) {
    return next(request);
  }
  if (request.url.startsWith(AUTH_API)) {
    return throwError(
      () =>
        new HttpErrorResponse({
          status: 401,
          statusText: 'Unauthorized',
          url: request.url,
        }),
    );
  }
  const context = serverRequestContext();
  return next(
    context
      ? request.clone({
          setHeaders: {
            [context.internalHeader.name]: context.internalHeader.value,
          },
        })
      : request,
  );
};

/**
 * Lets a page answer 404 when rendered on the server (RESPONSE_INIT is null in
 * the browser). Call in an injection context; call the returned function when
 * the content turns out not to exist.
 */
export function injectNotFoundStatus(): () => void {
  const response = inject(RESPONSE_INIT, { optional: true });
  return () => {
    if (response) {
      response.status = 404;
    }
  };
}
