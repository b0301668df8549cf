import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aSearchHit, aSearchResponse } from '../../../testing/builders';
import { EMPTY_CRITERIA } from '../../core/api/search-criteria';
import { SEARCH_DEBOUNCE_MS, SearchStore } from './search-store';

const STAFF_SEARCH = '/api/v1/search';

describe(SearchStore.name, () => {
  let store: SearchStore;
  let http: HttpTestingController;

  beforeEach(() => {
    // Zoneless: no fakeAsync; jasmine's clock drives RxJS timers, mockDate keeps Date.now in step.
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date(2026, 10, 21, 9, 0, 0));
    TestBed.configureTestingModule({
      providers: [SearchStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(SearchStore);
    store.audience.set('staff');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
  });

  function typed(q: string): void {
    store.search({ ...EMPTY_CRITERIA, q }, { debounce: true });
  }

  it('waits until typing pauses, then sends one request for the last text', () => {
    typed('F');
    jasmine.clock().tick(50);
    typed('Fü');
    jasmine.clock().tick(50);
    typed('Füh');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS - 1);
    http.expectNone((req) => req.url === STAFF_SEARCH);

    jasmine.clock().tick(1);
    const request = http.expectOne((req) => req.url === STAFF_SEARCH);
    expect(request.request.params.get('q')).toBe('Füh');
    request.flush(aSearchResponse({ total: 1 }));
    expect(store.status()).toBe('loaded');
    expect(store.total()).toBe(1);
  });

  it('cancels a request that a newer search supersedes and never shows its answer', () => {
    typed('Pass');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    const first = http.expectOne((req) => req.params.get('q') === 'Pass');

    typed('Passbild');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    expect(first.cancelled).toBeTrue();

    const second = http.expectOne((req) => req.params.get('q') === 'Passbild');
    second.flush(
      aSearchResponse({ hits: [aSearchHit({ title: 'Passbild' })] }),
    );
    expect(store.hits().map((hit) => hit.title)).toEqual(['Passbild']);
  });

  it('runs a filter change at once, without the typing delay', () => {
    store.search({ ...EMPTY_CRITERIA, q: 'Pass', lebenslage: 'umzug' });

    const request = http.expectOne((req) => req.url === STAFF_SEARCH);
    expect(request.request.params.get('lebenslage')).toBe('umzug');
    request.flush(aSearchResponse());
  });

  it('does not repeat a search whose criteria did not change', () => {
    store.search({ ...EMPTY_CRITERIA, q: 'Pass' });
    http.expectOne((req) => req.url === STAFF_SEARCH).flush(aSearchResponse());

    store.search({ ...EMPTY_CRITERIA, q: 'Pass ' });
    expect(http.match((req) => req.url === STAFF_SEARCH)).toEqual([]);
    expect(store.status()).toBe('loaded');
  });

  it('sends nothing and goes idle when the box is cleared', () => {
    store.search({ ...EMPTY_CRITERIA, q: 'Pass' });
    http.expectOne((req) => req.url === STAFF_SEARCH).flush(aSearchResponse());

    typed('');
    jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
    expect(store.status()).toBe('idle');
    expect(store.hits()).toEqual([]);
  });

  it('keeps the criteria of a running search separate from those of the visible hits', () => {
    store.search({ ...EMPTY_CRITERIA, q: 'Pass' });
    http.expectOne((req) => req.url === STAFF_SEARCH).flush(aSearchResponse());

    store.search({ ...EMPTY_CRITERIA, q: 'Wohngeld' });
    expect(store.status()).toBe('loading');
    expect(store.criteria().q).toBe('Wohngeld');
    expect(store.resultCriteria().q).toBe('Pass');
    http
      .expectOne((req) => req.params.get('q') === 'Wohngeld')
      .flush(aSearchResponse());
  });

  it('appends the next page when more hits are requested', () => {
    store.search({ ...EMPTY_CRITERIA, q: 'Amt' });
    http
      .expectOne((req) => req.url === STAFF_SEARCH)
      .flush(aSearchResponse({ hits: [aSearchHit({ id: 'a' })], total: 2 }));
    expect(store.hasMore()).toBeTrue();

    store.loadMore();
    const next = http.expectOne((req) => req.params.get('offset') === '1');
    next.flush(
      aSearchResponse({ hits: [aSearchHit({ id: 'b' })], total: 2, offset: 1 }),
    );
    expect(store.hits().map((hit) => hit.id)).toEqual(['a', 'b']);
    expect(store.hasMore()).toBeFalse();
  });

  it('reports a failed search and can retry the same criteria', () => {
    store.search({ ...EMPTY_CRITERIA, q: 'Pass' });
    http
      .expectOne((req) => req.url === STAFF_SEARCH)
      .flush(
        { statusCode: 503, error: 'Unavailable', message: 'down' },
        { status: 503, statusText: 'Unavailable' },
      );
    expect(store.status()).toBe('error');
    expect(store.problem()?.kind).toBe('server');

    store.retry();
    http
      .expectOne((req) => req.params.get('q') === 'Pass')
      .flush(aSearchResponse());
    expect(store.status()).toBe('loaded');
  });

  it('uses the public index for citizens', () => {
    store.audience.set('public');
    store.search({ ...EMPTY_CRITERIA, q: 'Pass' });

    expect(http.match((req) => req.url === STAFF_SEARCH)).toEqual([]);
    const request = http.expectOne(
      (req) => req.url === '/api/v1/public/search',
    );
    expect(request.request.method).toBe('GET');
    request.flush(aSearchResponse());
  });
});
