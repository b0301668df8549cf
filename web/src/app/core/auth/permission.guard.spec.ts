import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aSessionUser } from '../../../testing/builders';
import { signIn } from '../../../testing/auth';
import { AuthService } from './auth.service';
import { loginReasonOf } from './login-redirect';
import { permissionGuard } from './permission.guard';

@Component({ template: '' })
class PageStub {}

describe(permissionGuard.name, () => {
  let router: Router;

  beforeEach(() => {
    const staffOnly = permissionGuard('staff:read');
    const adminsOnly = permissionGuard('user:manage');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: PageStub },
          { path: 'anmelden', component: PageStub },
          {
            path: 'desk',
            canActivate: [staffOnly],
            canActivateChild: [staffOnly],
            children: [
              { path: '', component: PageStub },
              { path: 'leistungen/:id', component: PageStub },
            ],
          },
          { path: 'admin', canActivate: [adminsOnly], component: PageStub },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  function lastReason() {
    return loginReasonOf(router.lastSuccessfulNavigation()?.extras.info);
  }

  it('sends signed-out visitors of the desk to the sign-in page, query kept', async () => {
    await router.navigateByUrl('/desk?q=Pass&sachgebiet=32.1');

    expect(router.url).toBe(
      '/anmelden?returnUrl=%2Fdesk%3Fq%3DPass%26sachgebiet%3D32.1',
    );
    expect(lastReason()).toBeNull();
  });

  it('guards every page below the desk', async () => {
    await router.navigateByUrl('/desk/leistungen/42');

    expect(router.url).toBe('/anmelden?returnUrl=%2Fdesk%2Fleistungen%2F42');
  });

  it('lets agents into the desk', async () => {
    signIn(aSessionUser({ role: 'agent' }));

    await router.navigateByUrl('/desk/leistungen/42');

    expect(router.url).toBe('/desk/leistungen/42');
  });

  it('checks children again once the user is gone', async () => {
    signIn(aSessionUser());
    await router.navigateByUrl('/desk');
    TestBed.inject(AuthService).clear();

    await router.navigateByUrl('/desk/leistungen/7');

    expect(router.url).toBe('/anmelden?returnUrl=%2Fdesk%2Fleistungen%2F7');
  });

  it('tells signed-in users without the permission that their account has no access', async () => {
    signIn(aSessionUser({ role: 'editor' }));

    await router.navigateByUrl('/admin');

    expect(router.url).toBe('/anmelden?returnUrl=%2Fadmin');
    expect(lastReason()).toBe('forbidden');
  });

  it('lets users with the permission through', async () => {
    signIn(aSessionUser({ role: 'admin' }));

    await router.navigateByUrl('/admin');

    expect(router.url).toBe('/admin');
  });
});
