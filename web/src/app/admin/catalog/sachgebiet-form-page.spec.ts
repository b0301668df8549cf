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
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  groupByName,
  typeInto,
} from '../../../testing/accessible-queries';
import {
  aStaffSachgebiet,
  aStandort,
  officeWeek,
} from '../../../testing/builders';
import {
  provideNoMaterialAnimations,
  snackBarTexts,
} from '../../../testing/material';
import { SachgebietFormPage } from './sachgebiet-form-page';

@Component({ template: 'Liste' })
class ListStub {}

describe(SachgebietFormPage.name, () => {
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
            { path: 'admin/sachgebiete', component: ListStub },
            { path: 'admin/sachgebiete/neu', component: SachgebietFormPage },
            { path: 'admin/sachgebiete/:id', component: SachgebietFormPage },
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
    http
      .expectOne('/api/v1/sachgebiete')
      .flush([aStaffSachgebiet({ id: 'sg-1', openingHours: officeWeek() })]);
    http
      .expectOne('/api/v1/standorte')
      .flush([
        aStandort(),
        aStandort({ key: 'aussenstelle', name: 'Außenstelle Nord' }),
      ]);
    await harness.fixture.whenStable();
  }

  it('edits an existing Sachgebiet and returns to the list', async () => {
    await open('/admin/sachgebiete/sg-1');

    expect(page().querySelector('h1')?.textContent?.trim()).toBe(
      'Sachgebiet 32.1 bearbeiten',
    );
    expect(fieldByLabel(page(), 'Code').value).toBe('32.1');
    expect(fieldByLabel(page(), 'Interne Rufnummer (nur intern)').value).toBe(
      '01234 567-4711',
    );
    typeInto(fieldByLabel(page(), 'Antwortfrist in Arbeitstagen'), '5');
    buttonByName(page(), 'Speichern').click();

    const request = http.expectOne('/api/v1/sachgebiete/sg-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual(
      jasmine.objectContaining({
        code: '32.1',
        standort: 'hauptgebaeude',
        answerDeadlineDays: 5,
        reviewIntervalMonths: 12,
        internalPhone: '01234 567-4711',
        openingHours: officeWeek(),
      }),
    );
    request.flush(aStaffSachgebiet({ id: 'sg-1' }));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/admin/sachgebiete');
    expect(snackBarTexts()).toEqual([
      'Sachgebiet „32.1 Führerscheinstelle“ gespeichert.',
    ]);
  });

  it('does not send overlapping opening hours and focuses the range in question', async () => {
    await open('/admin/sachgebiete/neu');
    typeInto(fieldByLabel(page(), 'Code'), '41.2');
    typeInto(fieldByLabel(page(), 'Name'), 'Bauaufsicht');
    const addMonday = buttonByName(page(), 'Zeitraum hinzufügen (Montag)');
    addMonday.click();
    addMonday.click();
    await harness.fixture.whenStable();
    const first = groupByName(page(), 'Montag, Zeitraum 1');
    const second = groupByName(page(), 'Montag, Zeitraum 2');
    typeInto(fieldByLabel(first, 'von'), '08:00');
    typeInto(fieldByLabel(first, 'bis'), '12:00');
    typeInto(fieldByLabel(second, 'von'), '11:00');
    typeInto(fieldByLabel(second, 'bis'), '15:00');
    fieldByLabel(page(), 'Name').focus();
    buttonByName(page(), 'Speichern').click();
    await harness.fixture.whenStable();

    http.expectNone('/api/v1/sachgebiete');
    expect(errorTexts(second)).toEqual(['Überschneidet sich mit Zeitraum 1.']);
    expect(document.activeElement).toBe(fieldByLabel(second, 'von'));
  });

  it('says at the code field when the code is taken', async () => {
    await open('/admin/sachgebiete/neu');
    typeInto(fieldByLabel(page(), 'Code'), '32.1');
    typeInto(fieldByLabel(page(), 'Name'), 'Doppelt');
    buttonByName(page(), 'Speichern').click();

    const request = http.expectOne('/api/v1/sachgebiete');
    expect(request.request.method).toBe('POST');
    expect(request.request.body.email).toBeUndefined();
    request.flush(
      { statusCode: 409, message: 'Kennung ist bereits vergeben.' },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();

    expect(errorTexts(page())).toEqual([
      'Diesen Code hat schon ein anderes Sachgebiet.',
    ]);
    expect(document.activeElement).toBe(fieldByLabel(page(), 'Code'));
  });

  it('says so when the Sachgebiet does not exist', async () => {
    await open('/admin/sachgebiete/gibt-es-nicht');

    expect(page().querySelector('[role="alert"]')?.textContent).toContain(
      'Dieses Sachgebiet gibt es nicht (mehr).',
    );
  });
});
