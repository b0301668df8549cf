import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { normalized } from '../../testing/accessible-queries';
import { hostOf } from '../../testing/dom';
import { MailOutboxPage } from './mail-outbox-page';

describe(MailOutboxPage.name, () => {
  it('shows each mail with subject, recipient and text', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MailOutboxPage);
    await fixture.whenStable();
    http.expectOne('/api/v1/mail-outbox').flush([
      {
        id: 'm1',
        createdAt: '2026-11-20T09:15:00.000Z',
        to: 'zulassung@lindenau.example',
        subject: 'Weiterleitung aus dem Bürgerservice – Antwort bis 23.11.2026',
        text: 'Anliegen:\nSaisonkennzeichen?',
      },
    ]);
    await fixture.whenStable();
    const host = hostOf(fixture);

    expect(normalized(host.querySelector('h2')?.textContent)).toBe(
      'Weiterleitung aus dem Bürgerservice – Antwort bis 23.11.2026',
    );
    expect(normalized(host.querySelector('.meta')?.textContent)).toBe(
      'An zulassung@lindenau.example · 2026-11-20 09:15 UTC',
    );
    expect(host.querySelector('pre')?.textContent).toBe(
      'Anliegen:\nSaisonkennzeichen?',
    );
    http.verify();
  });
});
