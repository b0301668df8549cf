import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
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
import type { SessionUser } from '@auskunft/contracts';
import {
  buttonByName,
  fieldByLabel,
  linkByName,
  normalized,
  queryButtonByName,
  typeInto,
} from '../../testing/accessible-queries';
import { aFeedback } from '../../testing/admin-builders';
import { signIn } from '../../testing/auth';
import { aSessionUser } from '../../testing/builders';
import { provideNoMaterialAnimations } from '../../testing/material';
import { provideGermanLocale } from '../core/locale/german-locale';
import { FeedbackInboxPage } from './feedback-inbox-page';

@Component({ template: '' })
class LeistungStub {}

const EDITOR = aSessionUser({
  role: 'editor',
  displayName: 'Eva Redakteurin',
  sachgebiete: ['32.1'],
});

describe(FeedbackInboxPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
        provideRouter(
          [
            { path: 'rueckmeldungen', component: FeedbackInboxPage },
            { path: 'desk/leistungen/:id', component: LeistungStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const article = (title: string) => {
    const found = Array.from(page().querySelectorAll('article')).find((item) =>
      normalized(item.querySelector('h2')?.textContent).startsWith(title),
    );
    if (!found) {
      throw new Error(`No report on "${title}"`);
    }
    return found;
  };

  function expectList(): TestRequest {
    return http.expectOne((request) => request.url === '/api/v1/feedback');
  }

  async function open(
    user: SessionUser,
    url = '/rueckmeldungen',
  ): Promise<TestRequest> {
    signIn(user);
    await harness.navigateByUrl(url);
    return expectList();
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  const twoSachgebiete = [
    aFeedback({
      id: 'own',
      leistungTitle: 'Führerschein umtauschen',
      sachgebietCode: '32.1',
    }),
    aFeedback({
      id: 'other',
      leistungTitle: 'Fahrzeug zulassen',
      leistungId: 'leistung-2',
      sachgebietCode: '20.3',
    }),
  ];

  it('offers editors the answer form only for reports of their own Sachgebiete', async () => {
    const request = await open(EDITOR);
    expect(request.request.params.get('status')).toBe('open');
    expect(request.request.params.has('mine')).toBeFalse();
    request.flush(twoSachgebiete);
    await settle();

    expect(
      fieldByLabel(article('Führerschein umtauschen'), /^Antwort/),
    ).toBeTruthy();
    expect(article('Fahrzeug zulassen').querySelector('textarea')).toBeNull();
    expect(
      queryButtonByName(article('Fahrzeug zulassen'), 'Antwort senden'),
    ).toBeNull();
    expect(
      linkByName(
        article('Fahrzeug zulassen'),
        'Fahrzeug zulassen',
      ).getAttribute('href'),
    ).toBe('/desk/leistungen/leistung-2');
  });

  it('lets admins answer everywhere', async () => {
    (await open(aSessionUser({ role: 'admin' }))).flush(twoSachgebiete);
    await settle();

    expect(page().querySelectorAll('textarea').length).toBe(2);
  });

  it('shows agents only their own reports with the answers, and no answer form', async () => {
    const request = await open(aSessionUser({ role: 'agent' }));
    expect(request.request.params.get('mine')).toBe('true');
    expect(request.request.params.has('status')).toBeFalse();
    request.flush([
      aFeedback({
        status: 'answered',
        answer: 'Die Gebühr ist aktualisiert.',
        answeredByName: 'Eva Redakteurin',
        answeredAt: '2026-11-04T09:00:00Z',
      }),
    ]);
    await settle();

    expect(page().querySelector('textarea')).toBeNull();
    expect(page().querySelector('mat-checkbox')).toBeNull();
    expect(normalized(article('Führerschein umtauschen').innerText)).toContain(
      'Antwort von Eva Redakteurin am 04.11.2026 Die Gebühr ist aktualisiert.',
    );
  });

  it('sends an answer and shows it in place of the form, with focus on it', async () => {
    (await open(EDITOR)).flush([twoSachgebiete[0]]);
    await settle();
    const item = article('Führerschein umtauschen');

    typeInto(
      fieldByLabel<HTMLTextAreaElement>(item, /^Antwort/),
      ' Ist korrigiert, danke! ',
    );
    buttonByName(item, 'Antwort senden').click();
    const request = http.expectOne('/api/v1/feedback/own/answer');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ answer: 'Ist korrigiert, danke!' });
    request.flush(
      aFeedback({
        ...twoSachgebiete[0],
        status: 'answered',
        answer: 'Ist korrigiert, danke!',
        answeredByName: 'Eva Redakteurin',
        answeredAt: '2026-11-21T09:00:00Z',
      }),
    );
    await settle();

    const answered = article('Führerschein umtauschen');
    expect(answered.querySelector('textarea')).toBeNull();
    expect(normalized(answered.textContent)).toContain('Status: Beantwortet');
    expect(document.activeElement).toBe(answered.querySelector('.answer'));
  });

  it('explains when someone else answered first', async () => {
    (await open(EDITOR)).flush([twoSachgebiete[0]]);
    await settle();
    const item = article('Führerschein umtauschen');
    typeInto(fieldByLabel<HTMLTextAreaElement>(item, /^Antwort/), 'Erledigt');
    buttonByName(item, 'Antwort senden').click();

    http
      .expectOne('/api/v1/feedback/own/answer')
      .flush(
        { statusCode: 409, message: 'bereits beantwortet' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    const alert = item.querySelector('[role="alert"]');
    expect(normalized(alert?.textContent)).toBe(
      'Diese Rückmeldung wurde inzwischen beantwortet. Bitte laden Sie die Seite neu.',
    );
    expect(document.activeElement).toBe(alert);
  });

  it('keeps the chosen status and "only mine" in the URL', async () => {
    (await open(EDITOR)).flush([]);
    await settle();

    buttonByName(page(), 'Beantwortet').click();
    await settle();
    const answered = expectList();
    expect(answered.request.params.get('status')).toBe('answered');
    answered.flush([]);
    await settle();

    fieldByLabel(page(), 'Nur meine eigenen Rückmeldungen').click();
    await settle();
    const mine = expectList();
    expect(mine.request.params.get('mine')).toBe('true');
    expect(mine.request.params.get('status')).toBe('answered');
    mine.flush([]);
    await settle();

    expect(TestBed.inject(Router).url).toBe(
      '/rueckmeldungen?status=answered&mine=true',
    );
    expect(page().textContent).toContain(
      'Keine Rückmeldungen für diese Auswahl.',
    );
  });
});
