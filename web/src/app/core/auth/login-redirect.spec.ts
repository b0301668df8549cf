import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  isLoginUrl,
  loginInfo,
  loginReasonOf,
  loginUrl,
  safeReturnUrl,
} from './login-redirect';

describe(safeReturnUrl.name, () => {
  it('accepts paths inside the app, query and fragment included', () => {
    for (const url of [
      '/',
      '/desk',
      '/desk?q=Pass&sachgebiet=32.1',
      '/desk/leistungen/42',
      '/leistungen/wohngeld#gebuehren',
    ]) {
      expect(safeReturnUrl(url)).withContext(url).toBe(url);
    }
  });

  it('rejects absolute and protocol-relative URLs', () => {
    for (const url of [
      'https://evil.example/desk',
      'http:evil.example',
      '//evil.example/desk',
      '///evil.example',
      'javascript:alert(1)',
      'data:text/html,hallo',
    ]) {
      expect(safeReturnUrl(url)).withContext(url).toBeNull();
    }
  });

  it('rejects backslash and control-character tricks browsers turn into another host', () => {
    for (const url of [
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/desk\u0000',
    ]) {
      expect(safeReturnUrl(url)).withContext(JSON.stringify(url)).toBeNull();
    }
  });

  it('rejects relative paths, empty values and anything not a string', () => {
    for (const value of [
      'desk',
      '',
      ' /desk',
      null,
      undefined,
      42,
      ['/desk'],
    ]) {
      expect(safeReturnUrl(value))
        .withContext(JSON.stringify(value))
        .toBeNull();
    }
  });

  it('rejects the sign-in page itself, so signing in cannot loop', () => {
    expect(safeReturnUrl('/anmelden')).toBeNull();
    expect(safeReturnUrl('/anmelden?returnUrl=%2Fdesk')).toBeNull();
    expect(safeReturnUrl('/anmelden;x=1')).toBeNull();
  });

  it('rejects overlong values', () => {
    expect(safeReturnUrl(`/desk?q=${'a'.repeat(2000)}`)).toBeNull();
  });
});

describe(loginUrl.name, () => {
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    router = TestBed.inject(Router);
  });

  it('carries a safe returnUrl, query included', () => {
    expect(router.serializeUrl(loginUrl(router, '/desk?q=Pass'))).toBe(
      '/anmelden?returnUrl=%2Fdesk%3Fq%3DPass',
    );
  });

  it('leaves out an unsafe or missing returnUrl', () => {
    expect(router.serializeUrl(loginUrl(router, '//evil.example'))).toBe(
      '/anmelden',
    );
    expect(router.serializeUrl(loginUrl(router))).toBe('/anmelden');
  });

  it('recognises the sign-in page by its path', () => {
    expect(isLoginUrl('/anmelden?returnUrl=%2Fdesk')).toBeTrue();
    expect(isLoginUrl('/desk?q=anmelden')).toBeFalse();
  });
});

describe(loginReasonOf.name, () => {
  it('reads a known reason from navigation info and ignores anything else', () => {
    expect(loginReasonOf(loginInfo('session-expired'))).toBe('session-expired');
    expect(loginReasonOf({ loginReason: 'hacked' })).toBeNull();
    expect(loginReasonOf('forbidden')).toBeNull();
    expect(loginReasonOf(undefined)).toBeNull();
  });
});
