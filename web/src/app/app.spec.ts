import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Role } from '@auskunft/contracts';
import { signIn } from '../testing/auth';
import { aSessionUser } from '../testing/builders';
import { queryAll, textsOf } from '../testing/dom';
import { App } from './app';
import { loginReasonOf } from './core/auth/login-redirect';

@Component({ template: '<h1>Seite</h1>' })
class PageStub {}

describe(App.name, () => {
  let fixture: ComponentFixture<App>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: PageStub },
          { path: 'desk', component: PageStub },
          { path: 'anmelden', component: PageStub },
          { path: '**', component: PageStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function renderAt(url: string): Promise<HTMLElement> {
    // One fixture only: creating a second one (e.g. a RouterTestingHarness) detaches the first.
    fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function navigation(shell: HTMLElement): string[][] {
    return queryAll<HTMLAnchorElement>(
      shell,
      'nav[aria-label="Bereiche"] a',
    ).map((link) => [
      link.textContent?.trim() ?? '',
      link.getAttribute('href') ?? '',
    ]);
  }

  function signOutButton(shell: HTMLElement): HTMLButtonElement | null {
    return (
      queryAll<HTMLButtonElement>(shell, 'header button').find(
        (button) => button.textContent?.trim() === 'Abmelden',
      ) ?? null
    );
  }

  it('starts with a skip link that moves focus to the main landmark', async () => {
    const shell = await renderAt('/');
    const skip = shell.querySelector<HTMLAnchorElement>('a');
    const main = shell.querySelector<HTMLElement>('main#inhalt');

    expect(skip?.textContent).toBe('Zum Inhalt springen');
    skip?.click();
    expect(document.activeElement).toBe(main);
  });

  it('shows citizens only the Bürgerinfo and the sign-in link', async () => {
    const shell = await renderAt('/');

    expect(navigation(shell)).toEqual([
      ['Bürgerinfo', '/'],
      ['Anmelden', '/anmelden'],
    ]);
    expect(signOutButton(shell)).toBeNull();
    expect(shell.querySelector('header')?.textContent).toContain('Auskunft');
    expect(shell.querySelector('main')).not.toBeNull();
    expect(shell.querySelector('footer')).not.toBeNull();
  });

  const deskNavigation = [
    ['Bürgerinfo', '/'],
    ['Auskunftsplatz', '/desk'],
  ];
  const roles: [Role, string, string[][]][] = [
    [
      'agent',
      'Auskunftsplatz',
      [...deskNavigation, ['Rückmeldungen', '/rueckmeldungen']],
    ],
    [
      'teamlead',
      'Teamleitung',
      [
        ...deskNavigation,
        ['Rückmeldungen', '/rueckmeldungen'],
        ['Controlling', '/controlling'],
      ],
    ],
    [
      'editor',
      'Redaktion',
      [
        ...deskNavigation,
        ['Redaktion', '/editor'],
        ['Rückmeldungen', '/rueckmeldungen'],
      ],
    ],
    [
      'admin',
      'Administration',
      [
        ...deskNavigation,
        ['Redaktion', '/editor'],
        ['Rückmeldungen', '/rueckmeldungen'],
        ['Controlling', '/controlling'],
        ['Postausgang', '/postausgang'],
        ['Administration', '/admin/benutzer'],
      ],
    ],
  ];
  for (const [role, label, areas] of roles) {
    it(`shows ${role}s their name, "${label}" and the areas they may use`, async () => {
      signIn(aSessionUser({ role, displayName: 'Eva Beispiel' }));
      const shell = await renderAt('/');

      expect(navigation(shell)).toEqual(areas);
      expect(textsOf(shell, '.who .name')).toEqual(['Eva Beispiel']);
      expect(textsOf(shell, '.who .role')).toEqual([label]);
      // Screen readers hear it as a sentence, not two loose words.
      expect(shell.querySelector('.who')?.textContent?.trim()).toBe(
        `Angemeldet als Eva Beispiel, Rolle: ${label}`,
      );
      expect(signOutButton(shell)).not.toBeNull();
    });
  }

  it('marks the current area', async () => {
    signIn(aSessionUser());
    const shell = await renderAt('/desk?q=Pass');
    const current = queryAll(shell, 'nav a[aria-current]');

    expect(current.map((link) => link.textContent?.trim())).toEqual([
      'Auskunftsplatz',
    ]);
  });

  it('marks Rückmeldungen and Administration as areas of their own', async () => {
    signIn(aSessionUser({ role: 'admin' }));
    const shell = await renderAt('/rueckmeldungen?status=open');
    expect(textsOf(shell, 'nav a[aria-current]')).toEqual(['Rückmeldungen']);

    await TestBed.inject(Router).navigateByUrl('/admin/protokoll');
    await fixture.whenStable();
    expect(textsOf(shell, 'nav a[aria-current]')).toEqual(['Administration']);
  });

  it('marks Controlling and Postausgang as areas of their own', async () => {
    signIn(aSessionUser({ role: 'admin' }));
    const shell = await renderAt('/controlling');
    expect(textsOf(shell, 'nav a[aria-current]')).toEqual(['Controlling']);

    await TestBed.inject(Router).navigateByUrl('/postausgang');
    await fixture.whenStable();
    expect(textsOf(shell, 'nav a[aria-current]')).toEqual(['Postausgang']);
  });

  it('marks the sign-in link on the sign-in page', async () => {
    const shell = await renderAt('/anmelden');

    expect(textsOf(shell, 'nav a[aria-current]')).toEqual(['Anmelden']);
  });

  it('marks no area on unknown pages', async () => {
    const shell = await renderAt('/gibt-es-nicht');

    expect(shell.querySelector('nav a[aria-current]')).toBeNull();
  });

  it('signs out and shows the sign-in page', async () => {
    signIn(aSessionUser());
    const shell = await renderAt('/desk');

    signOutButton(shell)?.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    const router = TestBed.inject(Router);
    expect(router.url).toBe('/anmelden');
    expect(loginReasonOf(router.lastSuccessfulNavigation()?.extras.info)).toBe(
      'signed-out',
    );
    expect(navigation(shell)).toEqual([
      ['Bürgerinfo', '/'],
      ['Anmelden', '/anmelden'],
    ]);
    expect(signOutButton(shell)).toBeNull();
  });

  it('stays signed in and says so when signing out fails', async () => {
    signIn(aSessionUser());
    const shell = await renderAt('/desk');

    signOutButton(shell)?.click();
    http.expectOne('/api/v1/auth/logout').error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(textsOf(shell, 'header [role="alert"]')).toEqual([
      'Abmelden ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    ]);
    expect(TestBed.inject(Router).url).toBe('/desk');
    expect(signOutButton(shell)).not.toBeNull();
  });
});
