import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  groupByName,
  typeInto,
} from '../../../testing/accessible-queries';
import { aStandort, closedWeek } from '../../../testing/builders';
import { provideNoMaterialAnimations } from '../../../testing/material';
import { StandortFormPage } from './standort-form-page';

@Component({ template: 'Liste' })
class ListStub {}

describe(StandortFormPage.name, () => {
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
            { path: 'admin/standorte', component: ListStub },
            { path: 'admin/standorte/neu', component: StandortFormPage },
            { path: 'admin/standorte/:id', component: StandortFormPage },
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
    http.expectOne('/api/v1/standorte').flush([
      aStandort({
        id: 'st-1',
        exceptions: [{ date: '2026-12-24', closed: true, note: 'Heiligabend' }],
      }),
    ]);
    await harness.fixture.whenStable();
  }

  it('creates a Standort with weekly hours and a dated exception', async () => {
    await open('/admin/standorte/neu');
    typeInto(fieldByLabel(page(), 'Name'), 'Außenstelle Nord');
    typeInto(fieldByLabel(page(), 'Schlüssel'), 'aussenstelle-nord');
    typeInto(fieldByLabel(page(), 'Postleitzahl'), '12346');
    buttonByName(page(), 'Zeitraum hinzufügen (Freitag)').click();
    await harness.fixture.whenStable();
    const friday = groupByName(page(), 'Freitag, Zeitraum 1');
    typeInto(fieldByLabel(friday, 'von'), '08:00');
    typeInto(fieldByLabel(friday, 'bis'), '12:00');
    buttonByName(page(), 'Ausnahme hinzufügen').click();
    await harness.fixture.whenStable();
    typeInto(
      fieldByLabel(groupByName(page(), 'Ausnahme 1'), 'Datum'),
      '2026-12-31',
    );

    buttonByName(page(), 'Speichern').click();
    const request = http.expectOne('/api/v1/standorte');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      key: 'aussenstelle-nord',
      name: 'Außenstelle Nord',
      street: '',
      postalCode: '12346',
      city: '',
      phone: '',
      email: undefined,
      appointmentUrl: null,
      accessibility: '',
      openingHours: { ...closedWeek(), fri: [{ from: '08:00', to: '12:00' }] },
      exceptions: [{ date: '2026-12-31', closed: true }],
    });
    request.flush(aStandort({ name: 'Außenstelle Nord' }));
    await harness.fixture.whenStable();
  });

  it('loads the exceptions of an existing Standort into the editor', async () => {
    await open('/admin/standorte/st-1');

    const exception = groupByName(page(), 'Ausnahme 1');
    expect(fieldByLabel(exception, 'Datum').value).toBe('2026-12-24');
    expect(fieldByLabel(exception, 'Ganztägig geschlossen').checked).toBeTrue();
    expect(fieldByLabel(exception, 'Hinweis (optional)').value).toBe(
      'Heiligabend',
    );
  });

  it('checks key and postal code before sending', async () => {
    await open('/admin/standorte/neu');
    typeInto(fieldByLabel(page(), 'Name'), 'Nord');
    typeInto(fieldByLabel(page(), 'Schlüssel'), 'Außenstelle Nord');
    typeInto(fieldByLabel(page(), 'Postleitzahl'), '1234');

    buttonByName(page(), 'Speichern').click();
    await harness.fixture.whenStable();

    http.expectNone('/api/v1/standorte');
    expect(errorTexts(page())).toEqual([
      'Nur Kleinbuchstaben (ohne Umlaute), Ziffern und einzelne Bindestriche, höchstens 80 Zeichen.',
      'Bitte fünf Ziffern angeben.',
    ]);
    expect(document.activeElement).toBe(fieldByLabel(page(), 'Schlüssel'));
  });
});
