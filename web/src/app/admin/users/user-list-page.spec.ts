import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  buttonByName,
  fieldByLabel,
  typeInto,
} from '../../../testing/accessible-queries';
import { aUserSummary } from '../../../testing/admin-builders';
import { aStaffSachgebiet } from '../../../testing/builders';
import { hostOf, textsOf } from '../../../testing/dom';
import {
  openDialog,
  provideNoMaterialAnimations,
  snackBarTexts,
} from '../../../testing/material';
import { UserListPage } from './user-list-page';

describe(UserListPage.name, () => {
  let fixture: ComponentFixture<UserListPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserListPage);
    await fixture.whenStable();
    host = hostOf(fixture);
    http.expectOne('/api/v1/sachgebiete').flush([aStaffSachgebiet()]);
    http.expectOne('/api/v1/users').flush([
      aUserSummary(),
      aUserSummary({
        id: 'user-3',
        username: 'a.agent',
        displayName: 'Anton Agent',
        role: 'agent',
        sachgebiete: [],
        active: false,
      }),
      aUserSummary({
        id: 'user-5',
        username: 't.leitung',
        displayName: 'Tom Teamleitung',
        role: 'teamlead',
        sachgebiete: [],
      }),
      aUserSummary({
        id: 'user-4',
        username: 'admin',
        displayName: 'Ada Admin',
        role: 'admin',
        sachgebiete: [],
      }),
    ]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists the accounts in a captioned table with German roles and status in words', () => {
    expect(textsOf(host, 'caption')).toEqual(['Benutzerkonten (4)']);
    expect(textsOf(host, 'thead th')).toEqual([
      'Name',
      'Benutzername',
      'Rolle',
      'Sachgebiete',
      'Status',
      'Aktionen',
    ]);
    expect(textsOf(host, 'tbody th')).toEqual([
      'Ada Admin',
      'Anton Agent',
      'Eva Redakteurin',
      'Tom Teamleitung',
    ]);
    const rows = textsOf(host, 'tbody tr');
    expect(rows[0]).toContain('Administration alle aktiv');
    expect(rows[1]).toContain('Auskunftsplatz');
    expect(rows[1]).toContain('deaktiviert');
    expect(rows[2]).toContain('Redaktion 32.1 aktiv');
    expect(rows[3]).toContain('Teamleitung');
    expect(rows[3]).toContain('keine');
  });

  it('creates a user in the dialog, adds the row and confirms it', async () => {
    buttonByName(host, 'Benutzer anlegen').click();
    await fixture.whenStable();
    const dialog = openDialog() as HTMLElement;

    typeInto(fieldByLabel(dialog, 'Benutzername'), 'b.neu');
    typeInto(fieldByLabel(dialog, 'Name'), 'Berta Neu');
    typeInto(fieldByLabel(dialog, 'Passwort'), 'lang-genug-123');
    buttonByName(dialog, 'Anlegen').click();
    http.expectOne('/api/v1/users').flush(
      aUserSummary({
        id: 'user-9',
        username: 'b.neu',
        displayName: 'Berta Neu',
        role: 'agent',
        sachgebiete: [],
      }),
    );
    await fixture.whenStable();

    expect(openDialog()).toBeNull();
    expect(textsOf(host, 'tbody th')).toContain('Berta Neu');
    expect(snackBarTexts()).toEqual(['Benutzer „Berta Neu“ angelegt.']);
  });

  it('names the user in each edit button for screen readers', () => {
    expect(buttonByName(host, 'Bearbeiten (Anton Agent)')).toBeTruthy();
  });
});
