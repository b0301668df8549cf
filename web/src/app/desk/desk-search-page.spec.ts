import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { TopLeistungen } from '@auskunft/contracts';
import { signIn } from '../../testing/auth';
import {
  aSearchHit,
  aSearchResponse,
  aSessionUser,
} from '../../testing/builders';
import { press, queryAll, textsOf } from '../../testing/dom';
import { provideGermanLocale } from '../core/locale/german-locale';
import { DeskSearchPage } from './desk-search-page';
import { RecentLeistungen } from './recent-leistungen';
import { SEARCH_SETTLE_DELAY } from './search-settle';

/** Stands in for the answer page, which the search page opens. */
@Component({ template: '<p>Antwort</p>' })
class AnswerStub {}

/** The settle time in these tests (the rule itself: search-settle.spec.ts). */
const SETTLE_MS = 150;

const TOP: TopLeistungen = {
  from: '2026-11-15',
  to: '2026-11-21',
  items: [{ id: 't1', slug: 'wohngeld', title: 'Wohngeld', views: 12 }],
};

describe(DeskSearchPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'desk', component: DeskSearchPage },
            { path: 'desk/leistungen/:id', component: AnswerStub },
          ],
          withComponentInputBinding(),
        ),
        { provide: SEARCH_SETTLE_DELAY, useValue: SETTLE_MS },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(aSessionUser({ id: 'agent-7' }));
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function searchField(): HTMLInputElement {
    const field = page().querySelector<HTMLInputElement>(
      'input[type="search"]',
    );
    if (!field) {
      throw new Error('No search field');
    }
    return field;
  }

  async function open(url: string, top: TopLeistungen = TOP): Promise<void> {
    await harness.navigateByUrl(url);
    http
      .expectOne((req) => req.url === '/api/v1/usage/top-leistungen')
      .flush(top);
    await harness.fixture.whenStable();
  }

  it('lists this agent’s recent Leistungen and the week’s most asked-for ones', async () => {
    const recent = TestBed.inject(RecentLeistungen);
    recent.remember({ id: 'r1', slug: 'kfz-zulassung', title: 'Kfz zulassen' });
    recent.remember({
      id: 'r2',
      slug: 'anhaenger',
      title: 'Anhänger zulassen',
    });

    await open('/desk');

    expect(textsOf(page(), '#recent-heading + ol a')).toEqual([
      'Anhänger zulassen',
      'Kfz zulassen',
    ]);
    expect(textsOf(page(), '#top-heading + ol li')).toEqual([
      'Wohngeld (12-mal geöffnet)',
    ]);
    expect(
      queryAll<HTMLAnchorElement>(
        page(),
        '#top-heading + ol a',
      )[0].getAttribute('href'),
    ).toBe('/desk/leistungen/t1');
  });

  it('focuses the search field with "/" and Ctrl+K from anywhere, but lets "/" be typed in fields', async () => {
    await open('/desk');
    const other = document.createElement('button');
    document.body.appendChild(other);
    try {
      other.focus();
      const slash = press(other, '/');
      expect(slash.defaultPrevented).toBeTrue();
      expect(document.activeElement).toBe(searchField());

      other.focus();
      press(other, 'k', { ctrlKey: true });
      expect(document.activeElement).toBe(searchField());

      const typed = press(searchField(), '/');
      expect(typed.defaultPrevented).toBeFalse();
    } finally {
      other.remove();
    }
  });

  it('offers to broaden the query and to report the missing topic when nothing is found', async () => {
    await open('/desk?q=Fürerschein%20Xylophon&sachgebiet=32.1');
    http
      .expectOne((req) => req.url === '/api/v1/search')
      .flush(aSearchResponse({ hits: [], total: 0 }));
    await harness.fixture.whenStable();

    expect(textsOf(page(), '.broaden button')).toEqual([
      'Ohne Filter suchen',
      'Ohne „Fürerschein“ suchen',
      'Ohne „Xylophon“ suchen',
    ]);

    queryAll(page(), '.broaden button')[0].click();
    const broader = http.expectOne((req) => req.url === '/api/v1/search');
    expect(broader.request.params.get('sachgebiet')).toBeNull();
    expect(broader.request.params.get('q')).toBe('Fürerschein Xylophon');
    broader.flush(aSearchResponse({ hits: [], total: 0 }));
    await harness.fixture.whenStable();

    const report = queryAll(page(), '.empty button').find((button) =>
      button.textContent?.includes('Fehlendes Thema'),
    );
    report?.click();
    const sent = http.expectOne('/api/v1/usage/missing-topics');
    expect(sent.request.body).toEqual({ query: 'Fürerschein Xylophon' });
    sent.flush({
      query: 'fürerschein xylophon',
      reports: 1,
      lastReportedOn: '2026-11-21',
    });
    await harness.fixture.whenStable();

    expect(textsOf(page(), '.report-status')).toEqual([
      'Danke! „Fürerschein Xylophon“ ist als fehlendes Thema an die Redaktion gemeldet.',
    ]);
  });

  it('folds the facets, Standort included, into one line above the results', async () => {
    await open('/desk?q=Pass');
    http
      .expectOne((req) => req.url === '/api/v1/search')
      .flush(
        aSearchResponse({
          facets: {
            lebenslagen: [{ value: 'umzug', label: 'Umzug', count: 1 }],
            sachgebiet: [
              { value: '32.1', label: 'Führerscheinstelle', count: 1 },
            ],
            standorte: [{ value: 'kreishaus', label: 'Kreishaus', count: 1 }],
          },
        }),
      );
    await harness.fixture.whenStable();

    // Folded into one line above the results until the agent opens it.
    const filters = page().querySelector<HTMLDetailsElement>('details.filters');
    expect(filters?.open).toBeFalse();
    page().querySelector<HTMLElement>('details.filters summary')?.click();
    await harness.fixture.whenStable();

    expect(filters?.open).toBeTrue();
    expect(textsOf(page(), '.group-heading')).toEqual([
      'Lebenslagen',
      'Sachgebiet',
      'Standort',
    ]);
  });

  it('counts a search for the controlling once its nothing-found state stands, not its keystrokes', async () => {
    await open('/desk');
    const field = searchField();
    for (const typed of ['Hun', 'Hundemarke']) {
      field.value = typed;
      field.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 30));
      http
        .expectOne((req) => req.url === '/api/v1/search')
        .flush(aSearchResponse({ hits: [], total: 0 }));
      await harness.fixture.whenStable();
    }
    http.expectNone('/api/v1/usage/search-queries');

    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 50));
    const counted = http.expectOne('/api/v1/usage/search-queries');
    expect(counted.request.method).toBe('POST');
    expect(counted.request.body).toEqual({ query: 'Hundemarke', hits: 0 });
    counted.flush(null);
  });

  it('counts the search at once when the agent opens a result from it', async () => {
    await open('/desk?q=Kennzeichen');
    http
      .expectOne((req) => req.url === '/api/v1/search')
      .flush(
        aSearchResponse({
          hits: [aSearchHit({ id: 'k1', title: 'Wunschkennzeichen' })],
          total: 1,
        }),
      );
    await harness.fixture.whenStable();

    queryAll<HTMLAnchorElement>(page(), '.results a')[0].click();
    const counted = http.expectOne('/api/v1/usage/search-queries');
    expect(counted.request.body).toEqual({ query: 'Kennzeichen', hits: 1 });
    counted.flush(null);
    await harness.fixture.whenStable();
    expect(page().textContent).toContain('Antwort');

    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 50));
    http.expectNone('/api/v1/usage/search-queries');
  });
});
