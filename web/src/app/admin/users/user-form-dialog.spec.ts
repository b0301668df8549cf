import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { UserSummary } from '@auskunft/contracts';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  typeInto,
} from '../../../testing/accessible-queries';
import { aUserSummary } from '../../../testing/admin-builders';
import { aStaffSachgebiet } from '../../../testing/builders';
import { hostOf } from '../../../testing/dom';
import { UserFormDialog, type UserFormData } from './user-form-dialog';

describe(UserFormDialog.name, () => {
  let fixture: ComponentFixture<UserFormDialog>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let close: jasmine.Spy<(result?: UserSummary) => void>;

  async function render(user: UserSummary | null): Promise<void> {
    close = jasmine.createSpy('close');
    const data: UserFormData = {
      user,
      sachgebiete: [
        aStaffSachgebiet({ code: '32.1', name: 'Führerscheinstelle' }),
        aStaffSachgebiet({ id: 'sg-2', code: '20.3', name: 'Kfz-Zulassung' }),
      ],
    };
    TestBed.configureTestingModule({
      imports: [UserFormDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserFormDialog);
    await fixture.whenStable();
    host = hostOf(fixture);
  }

  afterEach(() => http.verify());

  const radio = (label: RegExp) => fieldByLabel(host, label);
  const hasSachgebieteSelect = () =>
    host.querySelector('mat-select[formControlName="sachgebiete"]') !== null;

  async function fillNewUser(): Promise<void> {
    typeInto(fieldByLabel(host, 'Benutzername'), 'e.neu');
    typeInto(fieldByLabel(host, 'Name'), 'Erika Neu');
    typeInto(fieldByLabel(host, 'Passwort'), 'sehr-geheim-1');
    await fixture.whenStable();
  }

  it('asks for Sachgebiete only when the role is Redaktion', async () => {
    await render(null);
    expect(radio(/^Auskunftsplatz/).checked).toBeTrue();
    expect(hasSachgebieteSelect()).toBeFalse();

    radio(/^Redaktion/).click();
    await fixture.whenStable();
    expect(fieldByLabel(host, 'Sachgebiete').tagName).toBe('MAT-SELECT');

    radio(/^Administration/).click();
    await fixture.whenStable();
    expect(hasSachgebieteSelect()).toBeFalse();
  });

  it('requires a Sachgebiet for editors before sending', async () => {
    await render(null);
    await fillNewUser();
    radio(/^Redaktion/).click();
    await fixture.whenStable();

    buttonByName(host, 'Anlegen').click();
    await fixture.whenStable();

    http.expectNone('/api/v1/users');
    expect(errorTexts(host)).toEqual([
      'Bitte mindestens ein Sachgebiet auswählen.',
    ]);
  });

  it('creates an agent without Sachgebiete and closes with the new user', async () => {
    await render(null);
    await fillNewUser();

    buttonByName(host, 'Anlegen').click();
    const request = http.expectOne('/api/v1/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      username: 'e.neu',
      displayName: 'Erika Neu',
      password: 'sehr-geheim-1',
      role: 'agent',
      sachgebiete: [],
    });
    const created = aUserSummary({ username: 'e.neu', role: 'agent' });
    request.flush(created);

    expect(close).toHaveBeenCalledOnceWith(created);
  });

  it('creates a Teamleitung without Sachgebiete', async () => {
    await render(null);
    await fillNewUser();
    radio(/^Teamleitung/).click();
    await fixture.whenStable();
    expect(hasSachgebieteSelect()).toBeFalse();

    buttonByName(host, 'Anlegen').click();
    const request = http.expectOne('/api/v1/users');
    expect(request.request.body).toEqual(
      jasmine.objectContaining({ role: 'teamlead', sachgebiete: [] }),
    );
    const created = aUserSummary({ username: 'e.neu', role: 'teamlead' });
    request.flush(created);

    expect(close).toHaveBeenCalledOnceWith(created);
  });

  it('explains a taken username at the field and focuses it', async () => {
    await render(null);
    await fillNewUser();

    buttonByName(host, 'Anlegen').click();
    http.expectOne('/api/v1/users').flush(
      {
        statusCode: 409,
        message: 'Der Benutzername "e.neu" ist bereits vergeben.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    expect(errorTexts(host)).toEqual([
      'Dieser Benutzername ist bereits vergeben. Bitte einen anderen wählen.',
    ]);
    expect(document.activeElement).toBe(fieldByLabel(host, 'Benutzername'));
    expect(close).not.toHaveBeenCalled();
  });

  it('checks the password length before sending', async () => {
    await render(null);
    await fillNewUser();
    typeInto(fieldByLabel(host, 'Passwort'), 'kurz');

    buttonByName(host, 'Anlegen').click();
    await fixture.whenStable();

    http.expectNone('/api/v1/users');
    expect(errorTexts(host)).toEqual([
      'Das Passwort muss mindestens 10 Zeichen lang sein.',
    ]);
    expect(document.activeElement).toBe(fieldByLabel(host, 'Passwort'));
  });

  it('changes role, Sachgebiete and the active flag of an existing user, keeping the password', async () => {
    await render(
      aUserSummary({ id: 'u-7', role: 'editor', sachgebiete: ['32.1'] }),
    );
    expect(host.textContent).toContain('Benutzername: e.redakteurin');
    expect(fieldByLabel(host, 'Sachgebiete').textContent).toContain(
      '32.1 Führerscheinstelle',
    );

    fieldByLabel(host, 'Konto aktiv').click();
    radio(/^Auskunftsplatz/).click();
    await fixture.whenStable();
    buttonByName(host, 'Speichern').click();

    const request = http.expectOne('/api/v1/users/u-7');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      displayName: 'Eva Redakteurin',
      role: 'agent',
      sachgebiete: [],
      active: false,
    });
    request.flush(aUserSummary({ id: 'u-7', role: 'agent', active: false }));
    expect(close).toHaveBeenCalled();
  });

  it('shows what the server rejected at the field', async () => {
    await render(aUserSummary({ id: 'u-7' }));
    typeInto(fieldByLabel(host, 'Neues Passwort (optional)'), 'passwort123');
    buttonByName(host, 'Speichern').click();

    http.expectOne('/api/v1/users/u-7').flush(
      {
        statusCode: 400,
        message: ['password is too common'],
        fields: { password: ['password is too common'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(errorTexts(host)).toEqual(['password is too common']);
    expect(document.activeElement).toBe(
      fieldByLabel(host, 'Neues Passwort (optional)'),
    );
  });
});
