import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SEARCH_SETTLE_MS, SearchSettle } from './search-settle';

const URL = '/api/v1/usage/search-queries';

describe(SearchSettle.name, () => {
  let settle: SearchSettle;
  let http: HttpTestingController;

  beforeEach(() => {
    // Zoneless: no fakeAsync; jasmine's clock drives the settle timer.
    jasmine.clock().install();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    settle = TestBed.inject(SearchSettle);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
  });

  function counted(): unknown[] {
    return http.match(URL).map((request) => {
      request.flush(null);
      return request.request.body;
    });
  }

  it('does not count the keystrokes of a query, only results that stand still for three seconds', () => {
    for (const [query, hits] of [
      ['la', 40],
      ['lap', 3],
      ['lapp', 2],
      ['lappen', 2],
      ['lappen w', 1],
      ['lappen weg', 1],
    ] as const) {
      settle.shown(null);
      settle.shown({ query, hits });
      jasmine.clock().tick(400);
    }
    expect(counted()).toEqual([]);

    jasmine.clock().tick(SEARCH_SETTLE_MS - 400 - 1);
    expect(counted()).toEqual([]);
    jasmine.clock().tick(1);
    expect(counted()).toEqual([{ query: 'lappen weg', hits: 1 }]);
  });

  it('counts the nothing-found state once it stands, with no hits', () => {
    settle.shown({ query: 'Hundemarke ', hits: 0 });
    jasmine.clock().tick(SEARCH_SETTLE_MS);
    expect(counted()).toEqual([{ query: 'Hundemarke', hits: 0 }]);
  });

  it('counts at once when the agent opens a result, and not again when the wait ends', () => {
    settle.shown({ query: 'Anhänger zulassen', hits: 4 });
    jasmine.clock().tick(800);
    settle.opened();
    expect(counted()).toEqual([{ query: 'Anhänger zulassen', hits: 4 }]);
    jasmine.clock().tick(SEARCH_SETTLE_MS);
    expect(counted()).toEqual([]);
  });

  it('keeps waiting when the same result is shown again', () => {
    settle.shown({ query: 'Wohngeld', hits: 2 });
    jasmine.clock().tick(2000);
    settle.shown({ query: 'wohngeld', hits: 2 });
    jasmine.clock().tick(1000);
    expect(counted()).toEqual([{ query: 'Wohngeld', hits: 2 }]);
  });

  it('counts a query once in a row: a filter, more hits or the way back from an answer do not count it again', () => {
    settle.shown({ query: 'Sperrmüll', hits: 5 });
    settle.opened();
    expect(counted()).toEqual([{ query: 'Sperrmüll', hits: 5 }]);

    // Back from the answer: the same list, then a filter narrows it.
    settle.shown(null);
    settle.shown({ query: 'Sperrmüll', hits: 5 });
    jasmine.clock().tick(SEARCH_SETTLE_MS);
    settle.shown({ query: 'Sperrmüll', hits: 2 });
    jasmine.clock().tick(SEARCH_SETTLE_MS);
    settle.opened();
    expect(counted()).toEqual([]);

    // Another query in between, or an emptied field, lets it count again.
    settle.shown({ query: 'Sperrmüll Termin', hits: 1 });
    jasmine.clock().tick(100);
    settle.shown({ query: 'Sperrmüll', hits: 5 });
    jasmine.clock().tick(SEARCH_SETTLE_MS);
    expect(counted()).toEqual([{ query: 'Sperrmüll', hits: 5 }]);
    settle.cleared();
    settle.shown({ query: 'Sperrmüll', hits: 5 });
    jasmine.clock().tick(SEARCH_SETTLE_MS);
    expect(counted()).toEqual([{ query: 'Sperrmüll', hits: 5 }]);
  });

  it('drops what has not settled when the desk is left, while loading, and single characters', () => {
    settle.shown({ query: 'Ausweis', hits: 3 });
    jasmine.clock().tick(1000);
    settle.cancel();
    jasmine.clock().tick(SEARCH_SETTLE_MS);

    settle.shown({ query: 'Pass', hits: 3 });
    settle.shown(null);
    jasmine.clock().tick(SEARCH_SETTLE_MS);

    settle.shown({ query: 'a', hits: 90 });
    jasmine.clock().tick(SEARCH_SETTLE_MS);
    settle.opened();
    expect(counted()).toEqual([]);
  });

  it('never troubles the agent when the count cannot be sent', () => {
    settle.shown({ query: 'Elterngeld', hits: 1 });
    settle.opened();
    http.expectOne(URL).flush(null, { status: 503, statusText: 'Down' });
    settle.shown({ query: 'Kindergeld', hits: 1 });
    settle.opened();
    expect(counted()).toEqual([{ query: 'Kindergeld', hits: 1 }]);
  });
});
