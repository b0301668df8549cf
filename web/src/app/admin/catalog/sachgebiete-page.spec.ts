import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  buttonByName,
  linkByName,
  normalized,
} from '../../../testing/accessible-queries';
import { aStaffSachgebiet } from '../../../testing/builders';
import { hostOf, textsOf } from '../../../testing/dom';
import {
  openDialog,
  provideNoMaterialAnimations,
  snackBarTexts,
} from '../../../testing/material';
import { SachgebietePage } from './sachgebiete-page';

describe(SachgebietePage.name, () => {
  let fixture: ComponentFixture<SachgebietePage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SachgebietePage);
    await fixture.whenStable();
    host = hostOf(fixture);
    http
      .expectOne('/api/v1/sachgebiete')
      .flush([
        aStaffSachgebiet({ id: 'sg-10', code: '32.10', name: 'Fahrerlaubnis' }),
        aStaffSachgebiet({ id: 'sg-2', code: '32.2', name: 'Zulassung' }),
      ]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function confirmDelete(name: string): Promise<void> {
    buttonByName(host, `Löschen (${name})`).click();
    await fixture.whenStable();
    buttonByName(openDialog() as HTMLElement, 'Löschen').click();
    await fixture.whenStable();
  }

  it('lists the Sachgebiete by code, with links to their forms', () => {
    expect(textsOf(host, 'tbody th')).toEqual(['Zulassung', 'Fahrerlaubnis']);
    expect(
      linkByName(host, 'Bearbeiten (32.2 Zulassung)').getAttribute('href'),
    ).toBe('/admin/sachgebiete/sg-2');
    expect(linkByName(host, 'Sachgebiet anlegen').getAttribute('href')).toBe(
      '/admin/sachgebiete/neu',
    );
  });

  it('asks before deleting, with "Abbrechen" focused', async () => {
    buttonByName(host, 'Löschen (32.2 Zulassung)').click();
    await fixture.whenStable();

    const dialog = openDialog() as HTMLElement;
    expect(normalized(dialog.querySelector('h2')?.textContent)).toBe(
      '„32.2 Zulassung“ löschen?',
    );
    expect(document.activeElement).toBe(buttonByName(dialog, 'Abbrechen'));
    buttonByName(dialog, 'Abbrechen').click();
    await fixture.whenStable();

    http.expectNone('/api/v1/sachgebiete/sg-2');
  });

  it('removes the row once the server deleted it', async () => {
    await confirmDelete('32.2 Zulassung');
    const request = http.expectOne('/api/v1/sachgebiete/sg-2');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(textsOf(host, 'tbody th')).toEqual(['Fahrerlaubnis']);
    expect(snackBarTexts()).toEqual(['„32.2 Zulassung“ wurde gelöscht.']);
  });

  it('explains that a Sachgebiet still in use cannot be deleted', async () => {
    await confirmDelete('32.2 Zulassung');
    http
      .expectOne('/api/v1/sachgebiete/sg-2')
      .flush(
        { statusCode: 409, message: 'Der Eintrag wird noch verwendet (3×).' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    const alert = host.querySelector('.problem');
    expect(normalized(alert?.textContent)).toBe(
      '„32.2 Zulassung“ ist noch Leistungen zugeordnet und kann nicht gelöscht werden. Ordnen Sie die Leistungen zuerst einem anderen Sachgebiet zu.',
    );
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(alert);
    expect(textsOf(host, 'tbody th').length).toBe(2);
  });
});
