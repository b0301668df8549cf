import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { SessionUser } from '@auskunft/contracts';
import { aSessionUser } from '../../../testing/builders';
import { AuthService } from './auth.service';

describe(AuthService.name, () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function signInAs(user: SessionUser): void {
    auth.login({ username: user.username, password: 'geheim' }).subscribe();
    http.expectOne('/api/v1/auth/login').flush(user);
  }

  describe('load', () => {
    it('knows the user from /auth/me', async () => {
      const loading = auth.load();
      http
        .expectOne({ method: 'GET', url: '/api/v1/auth/me' })
        .flush(aSessionUser({ displayName: 'Eva Redakteurin' }));
      await loading;

      expect(auth.user()?.displayName).toBe('Eva Redakteurin');
      expect(auth.signedIn()).toBeTrue();
    });

    it('treats 401 as signed out', async () => {
      const loading = auth.load();
      http
        .expectOne('/api/v1/auth/me')
        .flush(
          { message: 'Bitte melden Sie sich an.' },
          { status: 401, statusText: 'Unauthorized' },
        );
      await loading;

      expect(auth.user()).toBeNull();
    });

    it('does not fail start-up when the server is unreachable', async () => {
      const loading = auth.load();
      http.expectOne('/api/v1/auth/me').error(new ProgressEvent('error'));

      await expectAsync(loading).toBeResolved();
      expect(auth.user()).toBeNull();
    });
  });

  it('posts the credentials and keeps the user on success', () => {
    auth.login({ username: 'eva', password: 'geheim' }).subscribe();
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      username: 'eva',
      password: 'geheim',
    });
    request.flush(aSessionUser({ username: 'eva' }));

    expect(auth.user()?.username).toBe('eva');
  });

  it('stays signed out when the login is refused', () => {
    let failed = false;
    auth
      .login({ username: 'eva', password: 'falsch' })
      .subscribe({ error: () => (failed = true) });
    http
      .expectOne('/api/v1/auth/login')
      .flush({ message: 'nein' }, { status: 401, statusText: 'Unauthorized' });

    expect(failed).toBeTrue();
    expect(auth.user()).toBeNull();
  });

  describe('logout', () => {
    it('forgets the user once the server ended the session', () => {
      signInAs(aSessionUser());
      let done = false;
      auth.logout().subscribe(() => (done = true));
      const request = http.expectOne('/api/v1/auth/logout');
      expect(request.request.method).toBe('POST');

      expect(auth.user()).not.toBeNull();
      request.flush(null, { status: 204, statusText: 'No Content' });
      expect(done).toBeTrue();
      expect(auth.user()).toBeNull();
    });

    it('counts a 401 as signed out: the session was gone already', () => {
      signInAs(aSessionUser());
      let done = false;
      auth.logout().subscribe(() => (done = true));
      http
        .expectOne('/api/v1/auth/logout')
        .flush({}, { status: 401, statusText: 'Unauthorized' });

      expect(done).toBeTrue();
      expect(auth.user()).toBeNull();
    });

    it('keeps the user when the server could not end the session', () => {
      signInAs(aSessionUser());
      let failed = false;
      auth.logout().subscribe({ error: () => (failed = true) });
      http.expectOne('/api/v1/auth/logout').error(new ProgressEvent('error'));

      expect(failed).toBeTrue();
      expect(auth.user()).not.toBeNull();
    });
  });

  describe('permissions', () => {
    it('grants nothing to signed-out visitors', () => {
      expect(auth.can('staff:read')).toBeFalse();
      expect(auth.canOnSachgebiet('staff:read', '32.1')).toBeFalse();
    });

    it('lets agents read but not edit', () => {
      signInAs(aSessionUser({ role: 'agent' }));

      expect(auth.can('staff:read')).toBeTrue();
      expect(auth.can('leistung:edit')).toBeFalse();
    });

    it('limits editors to their own Sachgebiete, admins to none', () => {
      signInAs(aSessionUser({ role: 'editor', sachgebiete: ['32.1'] }));
      expect(auth.canOnSachgebiet('leistung:edit', '32.1')).toBeTrue();
      expect(auth.canOnSachgebiet('leistung:edit', '20.3')).toBeFalse();
      expect(auth.canOnSachgebiet('leistung:edit', null)).toBeFalse();

      signInAs(aSessionUser({ role: 'admin' }));
      expect(auth.canOnSachgebiet('leistung:edit', '20.3')).toBeTrue();
      expect(auth.can('user:manage')).toBeTrue();
    });

    it('updates computed signals built on can() when the user changes', () => {
      const mayRead = TestBed.runInInjectionContext(() =>
        computed(() => auth.can('staff:read')),
      );
      expect(mayRead()).toBeFalse();

      signInAs(aSessionUser());
      expect(mayRead()).toBeTrue();

      auth.clear();
      expect(mayRead()).toBeFalse();
    });
  });
});
