import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { Forwarding, SachgebietStaff } from '@auskunft/contracts';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  normalized,
  typeInto,
} from '../../../testing/accessible-queries';
import { signIn } from '../../../testing/auth';
import { aSessionUser } from '../../../testing/builders';
import { hostOf } from '../../../testing/dom';
import {
  openDialog,
  provideNoMaterialAnimations,
} from '../../../testing/material';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { ContactLog } from './contact-log';

function aForwarding(overrides: Partial<Forwarding> = {}): Forwarding {
  return {
    id: 'forwarding-1',
    sachgebietCode: '32.1',
    sachgebietName: 'Zulassungsstelle',
    leistungId: 'leistung-1',
    concern: 'Saisonkennzeichen für Wohnmobil?',
    callbackName: 'Frau Muster',
    callbackContact: '07031 123456',
    createdAt: '2026-11-20T09:00:00.000Z',
    deadline: '2026-11-23',
    status: 'open',
    answeredAt: null,
    answeredInTime: null,
    mailSent: true,
    personalDataErased: false,
    ...overrides,
  };
}

const SACHGEBIETE = [
  { id: 's1', code: '32.1', name: 'Zulassungsstelle' },
  { id: 's2', code: '70.1', name: 'Abfallwirtschaft' },
] as SachgebietStaff[];

describe('ForwardingDialog (from the contact log)', () => {
  let fixture: ComponentFixture<ContactLog>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    openDialog()?.remove();
  });

  async function openFor(inputs: Record<string, string>): Promise<HTMLElement> {
    signIn(aSessionUser({ role: 'agent' }));
    fixture = TestBed.createComponent(ContactLog);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    host = hostOf(fixture);
    buttonByName(host, 'Weiterleiten …').click();
    await fixture.whenStable();
    http.expectOne('/api/v1/sachgebiete').flush(SACHGEBIETE);
    await fixture.whenStable();
    const dialog = openDialog();
    if (!dialog) {
      throw new Error('no dialog');
    }
    return dialog;
  }

  it('forwards the concern of a Leistung to its Sachgebiet and tells the deadline', async () => {
    const dialog = await openFor({
      leistungId: 'leistung-1',
      leistungTitle: 'Saisonkennzeichen',
      sachgebietCode: '32.1',
    });
    expect(normalized(dialog.querySelector('h2')?.textContent)).toBe(
      'Weiterleiten: „Saisonkennzeichen“',
    );
    typeInto(
      fieldByLabel<HTMLTextAreaElement>(dialog, 'Anliegen'),
      'Saisonkennzeichen für Wohnmobil?',
    );
    typeInto(fieldByLabel(dialog, 'Name für den Rückruf'), 'Frau Muster');
    typeInto(fieldByLabel(dialog, 'Telefon oder E-Mail'), '07031 123456');
    await fixture.whenStable();
    buttonByName(dialog, 'Weiterleiten').click();
    await fixture.whenStable();

    const request = http.expectOne('/api/v1/forwardings');
    expect(request.request.body).toEqual({
      sachgebietCode: '32.1',
      leistungId: 'leistung-1',
      concern: 'Saisonkennzeichen für Wohnmobil?',
      callbackName: 'Frau Muster',
      callbackContact: '07031 123456',
      channel: 'phone',
    });
    request.flush(aForwarding());
    await fixture.whenStable();
    expect(openDialog()).toBeNull();
    await fixture.whenStable();

    expect(normalized(host.querySelector('[role="status"]')?.textContent)).toBe(
      'Weitergeleitet an Zulassungsstelle. Antwort bis 23.11.2026.',
    );
  });

  it('prefills the concern with the search that found nothing and names what is missing', async () => {
    const dialog = await openFor({ topic: 'Hundesteuer ' });
    expect(fieldByLabel<HTMLTextAreaElement>(dialog, 'Anliegen').value).toBe(
      'Hundesteuer',
    );
    typeInto(fieldByLabel(dialog, 'Telefon oder E-Mail'), 'irgendwann');
    buttonByName(dialog, 'Weiterleiten').click();
    await fixture.whenStable();

    expect(errorTexts(dialog)).toEqual([
      'Bitte wählen Sie das zuständige Sachgebiet.',
      'Bitte geben Sie einen Namen an.',
      'Bitte eine Telefonnummer oder E-Mail-Adresse.',
    ]);
    http.expectNone('/api/v1/forwardings');
  });
});
