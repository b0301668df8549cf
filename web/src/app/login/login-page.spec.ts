import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSessionUser } from '../../testing/builders';
import { textsOf } from '../../testing/dom';
import { AuthService } from '../core/auth/auth.service';
import { loginInfo } from '../core/auth/login-redirect';
import { LoginPage } from './login-page';

@Component({ template: 'Ziel' })
class TargetStub {}

describe(LoginPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'anmelden', component: LoginPage },
            { path: 'desk', component: TargetStub },
            { path: 'desk/leistungen/:id', component: TargetStub },
            { path: '**', component: TargetStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function find<T extends HTMLElement>(selector: string): T {
    const element = page().querySelector<T>(selector);
    if (!element) {
      throw new Error(`Nothing matches ${selector}`);
    }
    return element;
  }

  const username = () => find<HTMLInputElement>('input[name="username"]');
  const password = () => find<HTMLInputElement>('input[name="password"]');
  const submitButton = () => find<HTMLButtonElement>('button[type="submit"]');
  const alertBox = () => find('[role="alert"]');

  async function open(url = '/anmelden'): Promise<void> {
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
  }

  function type(input: HTMLInputElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  /** Like typing both fields and pressing Enter in the password field. */
  async function submit(user = 'eva', secret = 'geheim'): Promise<void> {
    type(username(), user);
    type(password(), secret);
    password().focus();
    submitButton().click();
    await harness.fixture.whenStable();
  }

  async function answer(
    body: object | null,
    init: { status: number; statusText: string },
  ): Promise<void> {
    http.expectOne('/api/v1/auth/login').flush(body, init);
    await harness.fixture.whenStable();
  }

  function labelOf(input: HTMLInputElement): string {
    return (
      page().querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ??
      ''
    );
  }

  it('labels both fields and lets password managers fill them', async () => {
    await open();

    expect(labelOf(username())).toContain('Benutzername');
    expect(labelOf(password())).toContain('Passwort');
    expect(username().autocomplete).toBe('username');
    expect(password().autocomplete).toBe('current-password');
    expect(password().type).toBe('password');
    // A submit button inside the form: Enter in either field signs in.
    expect(submitButton().form).toBe(find<HTMLFormElement>('form'));
  });

  it('puts the cursor into the username field', async () => {
    await open();

    expect(document.activeElement).toBe(username());
  });

  it('checks the fields before asking the server and focuses the first one missing', async () => {
    await open();

    await submit('', '');

    http.expectNone('/api/v1/auth/login');
    expect(textsOf(page(), 'mat-error')).toEqual([
      'Bitte geben Sie Ihren Benutzernamen ein.',
      'Bitte geben Sie Ihr Passwort ein.',
    ]);
    // Material leaves aria-invalid off empty required fields; the message is the description.
    const firstError = find('mat-error');
    expect(username().getAttribute('aria-describedby')).toContain(
      firstError.id,
    );
    expect(document.activeElement).toBe(username());

    await submit('eva', '');

    http.expectNone('/api/v1/auth/login');
    expect(document.activeElement).toBe(password());
  });

  it('says so when username or password is wrong, and clears the password', async () => {
    await open();
    await submit('eva', 'falsch');

    await answer(
      { statusCode: 401, message: 'Invalid credentials' },
      { status: 401, statusText: 'Unauthorized' },
    );

    expect(alertBox().textContent?.trim()).toBe(
      'Benutzername oder Passwort ist falsch.',
    );
    expect(document.activeElement).toBe(alertBox());
    expect(username().value).toBe('eva');
    expect(password().value).toBe('');
    expect(textsOf(page(), 'mat-error')).toEqual([]);
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(router.url).toBe('/anmelden');
  });

  it('tells a locked-out user how many minutes to wait', async () => {
    await open();
    await submit();

    await answer(
      {
        statusCode: 429,
        message: 'Zu viele Fehlversuche.',
        retryAfterSeconds: 14 * 60 + 1,
      },
      { status: 429, statusText: 'Too Many Requests' },
    );

    expect(alertBox().textContent).toContain(
      'Bitte versuchen Sie es in 15 Minuten erneut.',
    );
    expect(document.activeElement).toBe(alertBox());
  });

  it('marks the fields the server rejected and focuses the first', async () => {
    await open();
    await submit('eva', 'x');

    await answer(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['password should not be empty'],
        fields: { password: ['password should not be empty'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(textsOf(page(), 'mat-error')).toEqual([
      'Bitte prüfen Sie Ihr Passwort.',
    ]);
    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(password());
    expect(alertBox().textContent?.trim()).toBe('');
  });

  it('asks for both fields when a 400 names none of them', async () => {
    await open();
    await submit();

    await answer(
      { statusCode: 400, error: 'Bad Request', message: 'Bad Request' },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(alertBox().textContent?.trim()).toBe(
      'Bitte geben Sie Benutzername und Passwort ein.',
    );
  });

  it('explains a network failure', async () => {
    await open();
    await submit();

    http.expectOne('/api/v1/auth/login').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();

    expect(alertBox().textContent).toContain(
      'Der Server ist nicht erreichbar.',
    );
    expect(document.activeElement).toBe(alertBox());
  });

  it('shows that it is busy and sends only one request meanwhile', async () => {
    await open();
    await submit();

    expect(submitButton().textContent?.trim()).toBe('Anmeldung läuft …');
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');
    expect(find('form').getAttribute('aria-busy')).toBe('true');

    submitButton().click();
    await harness.fixture.whenStable();

    // expectOne fails if the second click had sent another request.
    await answer({}, { status: 401, statusText: 'Unauthorized' });
    expect(submitButton().textContent?.trim()).toBe('Anmelden');
    expect(find('form').getAttribute('aria-busy')).toBe('false');
  });

  it('opens the page it came from after signing in', async () => {
    await open(
      '/anmelden?returnUrl=' + encodeURIComponent('/desk/leistungen/42?q=Pass'),
    );
    await submit();

    await answer(aSessionUser(), { status: 200, statusText: 'OK' });

    expect(router.url).toBe('/desk/leistungen/42?q=Pass');
    expect(TestBed.inject(AuthService).user()?.username).toBe('a.beispiel');
  });

  it('opens the Auskunftsplatz without a returnUrl', async () => {
    await open();
    await submit();

    await answer(aSessionUser(), { status: 200, statusText: 'OK' });

    expect(router.url).toBe('/desk');
  });

  it('ignores a returnUrl that leads to another site', async () => {
    for (const returnUrl of ['https://evil.example/', '//evil.example/desk']) {
      await open('/anmelden?returnUrl=' + encodeURIComponent(returnUrl));
      await submit();

      await answer(aSessionUser(), { status: 200, statusText: 'OK' });

      expect(router.url).withContext(returnUrl).toBe('/desk');
    }
  });

  it('explains why it appears after a session expired', async () => {
    await router.navigateByUrl('/anmelden', {
      info: loginInfo('session-expired'),
    });
    await harness.fixture.whenStable();

    expect(find('[role="status"]').textContent?.trim()).toBe(
      'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    );
  });
});
