import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ApplicationRef, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { signIn } from '../../../testing/auth';
import { aSessionUser } from '../../../testing/builders';
import { AuthService } from './auth.service';
import { loginReasonOf } from './login-redirect';
import {
  isSessionBound,
  sessionExpiredInterceptor,
} from './session-expired.interceptor';

@Component({ template: '' })
class PageStub {}

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe(sessionExpiredInterceptor.name, () => {
  let router: Router;
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthService;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'anmelden', component: PageStub },
          { path: 'desk', component: PageStub },
          { path: '**', component: PageStub },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    signIn(aSessionUser());
    await router.navigateByUrl('/desk?q=Pass');
  });

  afterEach(() => http.verify());

  /** Sends a GET and answers it; resolves with the error the caller saw, if any. */
  async function answer(
    url: string,
    body: object | null,
    init: { status: number; statusText: string },
  ): Promise<unknown> {
    let received: unknown = null;
    client
      .get(url)
      .subscribe({ error: (error: unknown) => (received = error) });
    http.expectOne(url).flush(body, init);
    // The redirect is a navigation of its own; wait until the router is done.
    await TestBed.inject(ApplicationRef).whenStable();
    return received;
  }

  it('ends an expired session in the sign-in form, coming back to the same page', async () => {
    const error = await answer('/api/v1/search', {}, UNAUTHORIZED);

    expect(auth.user()).toBeNull();
    expect(router.url).toBe('/anmelden?returnUrl=%2Fdesk%3Fq%3DPass');
    expect(loginReasonOf(router.lastSuccessfulNavigation()?.extras.info)).toBe(
      'session-expired',
    );
    // The caller still learns that its request failed, so busy states end.
    expect((error as HttpErrorResponse).status).toBe(401);
  });

  it('leaves a 401 of the sign-in request to the login form', async () => {
    await answer(
      '/api/v1/auth/login',
      { message: 'Benutzername oder Passwort ist falsch.' },
      UNAUTHORIZED,
    );

    expect(auth.user()).not.toBeNull();
    expect(router.url).toBe('/desk?q=Pass');
  });

  it('does not sign out on 403: the user is still there, just not allowed', async () => {
    await answer(
      '/api/v1/leistungen/42',
      {},
      {
        status: 403,
        statusText: 'Forbidden',
      },
    );

    expect(auth.user()).not.toBeNull();
    expect(router.url).toBe('/desk?q=Pass');
  });

  it('does not redirect from the sign-in page to itself', async () => {
    await router.navigateByUrl('/anmelden?returnUrl=%2Fdesk');

    await answer('/api/v1/search', {}, UNAUTHORIZED);

    expect(router.url).toBe('/anmelden?returnUrl=%2Fdesk');
  });
});

describe(isSessionBound.name, () => {
  it('covers staff endpoints but neither the session endpoints nor the public API', () => {
    expect(isSessionBound('/api/v1/search')).toBeTrue();
    expect(isSessionBound('/api/v1/leistungen/42')).toBeTrue();
    expect(isSessionBound('/api/v1/auth/me')).toBeFalse();
    expect(isSessionBound('/api/v1/public/search')).toBeFalse();
    expect(isSessionBound('/assets/logo.svg')).toBeFalse();
  });
});
