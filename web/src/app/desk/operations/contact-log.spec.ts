import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ContactEntry } from '@auskunft/contracts';
import {
  buttonByName,
  groupByName,
  normalized,
  queryButtonByName,
} from '../../../testing/accessible-queries';
import { signIn } from '../../../testing/auth';
import { aSessionUser } from '../../../testing/builders';
import { hostOf } from '../../../testing/dom';
import { provideNoMaterialAnimations } from '../../../testing/material';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { ContactLog } from './contact-log';

function anEntry(overrides: Partial<ContactEntry> = {}): ContactEntry {
  return {
    id: 'contact-1',
    day: '2026-11-20',
    hour: 10,
    channel: 'phone',
    outcome: 'settled',
    leistungId: null,
    topic: null,
    sachgebietCode: null,
    ...overrides,
  };
}

describe(ContactLog.name, () => {
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

  afterEach(() => http.verify());

  async function render(inputs: {
    leistungId?: string;
    topic?: string;
  }): Promise<void> {
    fixture = TestBed.createComponent(ContactLog);
    if (inputs.leistungId) {
      fixture.componentRef.setInput('leistungId', inputs.leistungId);
    }
    if (inputs.topic) {
      fixture.componentRef.setInput('topic', inputs.topic);
    }
    await fixture.whenStable();
    host = hostOf(fixture);
  }

  function status(): string {
    return normalized(host.querySelector('[role="status"]')?.textContent);
  }

  it('logs a phone call on the Leistung with one click on the outcome', async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render({ leistungId: 'leistung-1', topic: 'führerschein' });

    const outcomes = groupByName(host, 'Ergebnis erfassen');
    buttonByName(outcomes, 'Erledigt').click();
    const request = http.expectOne('/api/v1/contacts');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      channel: 'phone',
      outcome: 'settled',
      leistungId: 'leistung-1',
      topic: undefined,
    });
    request.flush(anEntry({ leistungId: 'leistung-1' }));
    await fixture.whenStable();

    expect(status()).toBe(
      'Kontakt erfasst: Telefon, Beim ersten Kontakt erledigt.',
    );
  });

  it('logs the search as the topic with the chosen channel when nothing was found', async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render({ topic: '  Hundesteuer ' });

    const channels = host.querySelector('mat-button-toggle-group');
    expect(channels?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(
      normalized(
        document.getElementById(channels?.getAttribute('aria-labelledby') ?? '')
          ?.textContent,
      ),
    ).toBe('Kanal');
    buttonByName(host, 'Schalter').click();
    await fixture.whenStable();
    buttonByName(host, 'Verwiesen').click();

    const request = http.expectOne('/api/v1/contacts');
    expect(request.request.body).toEqual({
      channel: 'counter',
      outcome: 'referred',
      leistungId: undefined,
      topic: 'Hundesteuer',
    });
    request.flush(anEntry({ channel: 'counter', outcome: 'referred' }));
    await fixture.whenStable();
    expect(status()).toBe(
      'Kontakt erfasst: Schalter, An andere Stelle verwiesen.',
    );
  });

  it('says so when logging failed, and ignores a second click while sending', async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render({ topic: 'Hundesteuer' });

    buttonByName(host, 'Weitergeleitet').click();
    buttonByName(host, 'Weitergeleitet').click();
    const request = http.expectOne('/api/v1/contacts');
    request.flush(
      { message: 'kaputt' },
      { status: 500, statusText: 'Server Error' },
    );
    await fixture.whenStable();

    expect(status()).toBe(
      'Der Kontakt konnte nicht erfasst werden. Bitte erneut versuchen.',
    );
  });

  it('is not shown to someone who may not log contacts', async () => {
    await render({ topic: 'Hundesteuer' });
    expect(queryButtonByName(host, 'Erledigt')).toBeNull();
  });
});
