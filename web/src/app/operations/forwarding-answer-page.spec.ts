import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ForwardingByToken } from '@auskunft/contracts';
import {
  buttonByName,
  normalized,
  queryButtonByName,
} from '../../testing/accessible-queries';
import { hostOf } from '../../testing/dom';
import { ForwardingAnswerPage } from './forwarding-answer-page';

const OPEN: ForwardingByToken = {
  sachgebietName: 'Zulassungsstelle',
  deadline: '2026-11-23',
  status: 'open',
  answeredAt: null,
};

describe(ForwardingAnswerPage.name, () => {
  let fixture: ComponentFixture<ForwardingAnswerPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ForwardingAnswerPage);
    fixture.componentRef.setInput('token', 'abc_123');
    await fixture.whenStable();
    host = hostOf(fixture);
  });

  afterEach(() => http.verify());

  /** "term: description" per entry of the facts list. */
  function facts(): string[] {
    return Array.from(host.querySelectorAll('dt')).map(
      (term) =>
        `${normalized(term.textContent)}: ${normalized(term.nextElementSibling?.textContent)}`,
    );
  }

  it('shows the Sachgebiet and the deadline, and confirms the answer with a POST', async () => {
    http.expectOne('/api/v1/public/forwardings/abc_123').flush(OPEN);
    await fixture.whenStable();
    expect(facts()).toEqual([
      'Sachgebiet: Zulassungsstelle',
      'Antwort bis: 23.11.2026',
      'Stand: offen',
    ]);

    buttonByName(host, 'Als beantwortet bestätigen').click();
    const request = http.expectOne(
      '/api/v1/public/forwardings/abc_123/answered',
    );
    expect(request.request.method).toBe('POST');
    request.flush({
      ...OPEN,
      status: 'answered',
      answeredAt: '2026-11-23T09:00:00.000Z',
    });
    await fixture.whenStable();

    expect(facts()).toContain('Stand: beantwortet am 23.11.2026');
    expect(queryButtonByName(host, 'Als beantwortet bestätigen')).toBeNull();
    expect(normalized(host.querySelector('.message')?.textContent)).toBe(
      'Danke! Die Weiterleitung ist als beantwortet vermerkt.',
    );
  });

  it('says so when the link is unknown', async () => {
    http
      .expectOne('/api/v1/public/forwardings/abc_123')
      .flush({}, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(
      normalized(host.querySelector('[role="alert"]')?.textContent),
    ).toContain('Diesen Link gibt es nicht (mehr).');
  });
});
