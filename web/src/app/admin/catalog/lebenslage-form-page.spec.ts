import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { LebenslagePublic } from '@auskunft/contracts';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  typeInto,
} from '../../../testing/accessible-queries';
import { provideNoMaterialAnimations } from '../../../testing/material';
import { LebenslageFormPage } from './lebenslage-form-page';

@Component({ template: 'Liste der Lebenslagen' })
class ListStub {}

const umzug: LebenslagePublic = {
  id: 'll-1',
  slug: 'umzug',
  name: 'Umzug',
  parentSlug: null,
  description: 'Rund um den Wohnortwechsel.',
};

describe(LebenslageFormPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
        provideRouter(
          [
            { path: 'admin/lebenslagen', component: ListStub },
            { path: 'admin/lebenslagen/neu', component: LebenslageFormPage },
            { path: 'admin/lebenslagen/:id', component: LebenslageFormPage },
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

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    http.expectOne('/api/v1/lebenslagen').flush([umzug]);
    await harness.fixture.whenStable();
  }

  it('edits a Lebenslage and returns to the list', async () => {
    await open('/admin/lebenslagen/ll-1');
    expect(page().querySelector('h1')?.textContent).toBe(
      'Lebenslage „Umzug“ bearbeiten',
    );
    expect(fieldByLabel(page(), 'Adresse (Slug)').value).toBe('umzug');
    typeInto(fieldByLabel(page(), 'Name'), 'Umzug und Wohnen');

    buttonByName(page(), 'Speichern').click();
    const request = http.expectOne('/api/v1/lebenslagen/ll-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      slug: 'umzug',
      name: 'Umzug und Wohnen',
      parent: null,
      description: 'Rund um den Wohnortwechsel.',
    });
    request.flush({ ...umzug, name: 'Umzug und Wohnen' });
    await harness.fixture.whenStable();
    expect(page().textContent).toContain('Liste der Lebenslagen');
  });

  it('checks the fields before sending, and says at the address when it is taken', async () => {
    await open('/admin/lebenslagen/neu');
    buttonByName(page(), 'Speichern').click();
    await harness.fixture.whenStable();
    http.expectNone('/api/v1/lebenslagen');
    expect(errorTexts(page())).toEqual([
      'Bitte einen Namen angeben (höchstens 200 Zeichen).',
      'Bitte eine Adresse angeben.',
    ]);
    expect(document.activeElement).toBe(fieldByLabel(page(), 'Name'));

    typeInto(fieldByLabel(page(), 'Name'), 'Umzug');
    typeInto(fieldByLabel(page(), 'Adresse (Slug)'), 'umzug');
    buttonByName(page(), 'Speichern').click();
    http
      .expectOne('/api/v1/lebenslagen')
      .flush(
        { statusCode: 409, message: 'Kennung ist bereits vergeben.' },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();
    expect(errorTexts(page())).toEqual([
      'Diese Adresse hat schon eine andere Lebenslage.',
    ]);
    expect(document.activeElement).toBe(fieldByLabel(page(), 'Adresse (Slug)'));
  });

  it('says so when the Lebenslage does not exist, with the way back', async () => {
    await open('/admin/lebenslagen/gibt-es-nicht');
    const alert = page().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'Diese Lebenslage gibt es nicht (mehr).',
    );
    expect(alert?.querySelector('a')?.textContent).toBe(
      'Zur Liste der Lebenslagen',
    );
  });
});
