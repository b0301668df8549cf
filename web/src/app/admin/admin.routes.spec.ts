import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Permission, SessionUser } from '@auskunft/contracts';
import { signIn } from '../../testing/auth';
import { AuthService } from '../core/auth/auth.service';
import { aSessionUser } from '../../testing/builders';
import { queryAll } from '../../testing/dom';
import { AdminShell } from './admin-shell';
import { adminRoutes } from './admin.routes';

describe(AdminShell.name, () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'admin', children: adminRoutes },
          { path: 'anmelden', children: [] },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  async function visit(user: SessionUser, url: string): Promise<string> {
    signIn(user);
    await router.navigateByUrl(url);
    // Pages that opened start loading; their data is not what this spec is about.
    for (const request of http.match(() => true)) {
      request.flush([]);
    }
    return router.url;
  }

  it('opens every section for admins, starting with the users', async () => {
    const admin = aSessionUser({ role: 'admin' });

    expect(await visit(admin, '/admin')).toBe('/admin/benutzer');
    expect(await visit(admin, '/admin/sachgebiete/neu')).toBe(
      '/admin/sachgebiete/neu',
    );
    expect(await visit(admin, '/admin/protokoll?action=user.create')).toBe(
      '/admin/protokoll?action=user.create',
    );
    expect(await visit(admin, '/admin/import')).toBe('/admin/import');
  });

  it('sends editors without the section permission to the sign-in page', async () => {
    const editor = aSessionUser({ role: 'editor', sachgebiete: ['32.1'] });

    expect(await visit(editor, '/admin/standorte')).toBe(
      '/anmelden?returnUrl=%2Fadmin%2Fstandorte',
    );
    expect(await visit(editor, '/admin/protokoll')).toBe(
      '/anmelden?returnUrl=%2Fadmin%2Fprotokoll',
    );
    expect(await visit(editor, '/admin/import')).toBe(
      '/anmelden?returnUrl=%2Fadmin%2Fimport',
    );
  });

  it('lists the sections as navigation and marks the current one', async () => {
    signIn(aSessionUser({ role: 'admin' }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/standorte');
    http.match(() => true).forEach((request) => request.flush([]));
    await harness.fixture.whenStable();

    const links = queryAll<HTMLAnchorElement>(
      harness.routeNativeElement as HTMLElement,
      'nav[aria-label="Administration"] a',
    );
    expect(links.map((link) => link.textContent?.trim())).toEqual([
      'Benutzer',
      'Sachgebiete',
      'Standorte',
      'Lebenslagen',
      'Protokoll',
      'Import',
    ]);
    expect(
      links
        .filter((link) => link.getAttribute('aria-current') === 'page')
        .map((link) => link.textContent?.trim()),
    ).toEqual(['Standorte']);
  });

  it('shows the import section only to those who may manage the system', async () => {
    signIn(aSessionUser({ role: 'admin' }));
    const auth = TestBed.inject(AuthService);
    const can = auth.can.bind(auth);
    spyOn(auth, 'can').and.callFake(
      (permission: Permission) =>
        permission !== 'system:manage' && can(permission),
    );
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/standorte');
    http.match(() => true).forEach((request) => request.flush([]));
    await harness.fixture.whenStable();

    const links = queryAll<HTMLAnchorElement>(
      harness.routeNativeElement as HTMLElement,
      'nav[aria-label="Administration"] a',
    ).map((link) => link.textContent?.trim());
    expect(links).toContain('Standorte');
    expect(links).not.toContain('Import');
  });
});
