import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aSearchResponse } from '../../../testing/builders';
import { SearchApi } from './search-api';
import { EMPTY_CRITERIA } from './search-criteria';

describe(SearchApi.name, () => {
  let api: SearchApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(SearchApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks the public index for citizens, with only the set parameters', () => {
    const page = { limit: 20, offset: 0 };
    let total = -1;
    api
      .search(
        'public',
        { ...EMPTY_CRITERIA, q: ' Wohngeld ', lebenslage: 'umzug' },
        page,
      )
      .subscribe((response) => {
        total = response.total;
      });

    const request = http.expectOne(
      (req) => req.url === '/api/v1/public/search',
    );
    expect(request.request.params.get('q')).toBe('Wohngeld');
    expect(request.request.params.get('lebenslage')).toBe('umzug');
    expect(request.request.params.has('sachgebiet')).toBeFalse();
    expect(request.request.params.get('limit')).toBe('20');
    expect(request.request.params.get('offset')).toBe('0');
    request.flush(aSearchResponse({ total: 3 }));
    expect(total).toBe(3);
  });

  it('asks the staff index for agents', () => {
    api
      .search(
        'staff',
        { ...EMPTY_CRITERIA, q: 'Pass' },
        { limit: 20, offset: 40 },
      )
      .subscribe();

    const request = http.expectOne((req) => req.url === '/api/v1/search');
    expect(request.request.params.get('offset')).toBe('40');
    request.flush(aSearchResponse());
  });

  it('leaves out an empty query, so a filter alone can browse', () => {
    api
      .search(
        'public',
        { ...EMPTY_CRITERIA, sachgebiet: '32.1' },
        { limit: 20, offset: 0 },
      )
      .subscribe();

    const request = http.expectOne(
      (req) => req.url === '/api/v1/public/search',
    );
    expect(request.request.params.has('q')).toBeFalse();
    request.flush(aSearchResponse());
  });
});
