import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSearchHit, aSearchResponse } from '../../../testing/builders';
import { press, queryAll, textsOf } from '../../../testing/dom';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { SEARCH_DEBOUNCE_MS } from './search-store';
import { SearchPage } from './search-page';

@Component({ template: 'Detail' })
class DetailStub {}

/**
 * Both areas' pages add their own requests (Lebenslagen, top lists); these hosts
 * test the shared search itself. The pages have their own specs.
 */
@Component({
  imports: [SearchPage],
  template: `<app-search-page audience="public" label="Wonach suchen Sie?">
    <p class="intro">Oder stöbern Sie nach Lebenslagen.</p>
  </app-search-page>`,
})
class PublicSearchHost {}

/** The staff page without the desk's extras (recent and top lists have their own spec). */
@Component({
  imports: [SearchPage],
  template: `<app-search-page audience="staff" label="Leistung suchen" />`,
})
class StaffSearchHost {}

describe(SearchPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: '', component: PublicSearchHost },
            { path: 'desk', component: StaffSearchHost },
            { path: 'desk/leistungen/:id', component: DetailStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

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

  async function openPublic(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
  }

  function respond(url: string, response = aSearchResponse()): void {
    http.expectOne((req) => req.url === url).flush(response);
  }

  it('labels its search field', async () => {
    await openPublic('/');

    const label = page().querySelector(`label[for="${searchField().id}"]`);
    expect(label?.textContent).toContain('Wonach suchen Sie?');
  });

  it('shows the page’s own content until something is searched', async () => {
    await openPublic('/');

    expect(textsOf(page(), '.intro')).toEqual([
      'Oder stöbern Sie nach Lebenslagen.',
    ]);
    expect(queryAll(page(), '.results').length).toBe(0);
  });

  it('searches the query from the URL and announces the count politely', async () => {
    await openPublic('/?q=Pass');

    const request = http.expectOne(
      (req) => req.url === '/api/v1/public/search',
    );
    expect(request.request.params.get('q')).toBe('Pass');
    request.flush(
      aSearchResponse({
        hits: [aSearchHit({ id: 'a' }), aSearchHit({ id: 'b' })],
        total: 2,
      }),
    );
    await harness.fixture.whenStable();

    expect(searchField().value).toBe('Pass');
    expect(textsOf(page(), '[role="status"]')).toEqual([
      '2 Treffer für „Pass“.',
    ]);
    expect(queryAll(page(), '.result').length).toBe(2);
  });

  it('shows "Keine Treffer" when nothing matches', async () => {
    await openPublic('/?q=Xylophon');
    respond('/api/v1/public/search', aSearchResponse({ hits: [], total: 0 }));
    await harness.fixture.whenStable();

    expect(page().querySelector('.empty-title')?.textContent).toBe(
      'Keine Treffer',
    );
    expect(page().querySelector('[role="status"]')?.textContent).toContain(
      'Keine Treffer für „Xylophon“.',
    );
  });

  it('puts a submitted query into the URL so the result can be linked', async () => {
    await openPublic('/');

    searchField().value = 'Wohngeld';
    searchField().dispatchEvent(new Event('input'));
    searchField().form?.requestSubmit();
    respond('/api/v1/public/search');
    await harness.fixture.whenStable();

    expect(router.url).toBe('/?q=Wohngeld');
  });

  it('filters by a facet chip and keeps the filter in the URL', async () => {
    await openPublic('/?q=Pass');
    respond(
      '/api/v1/public/search',
      aSearchResponse({
        facets: {
          lebenslagen: [{ value: 'umzug', label: 'Umzug', count: 1 }],
          sachgebiet: [],
          standorte: [],
        },
      }),
    );
    await harness.fixture.whenStable();

    page()
      .querySelector<HTMLElement>('mat-chip-option .mat-mdc-chip-action')
      ?.click();
    const filtered = http.expectOne(
      (req) => req.url === '/api/v1/public/search',
    );
    expect(filtered.request.params.get('lebenslage')).toBe('umzug');
    filtered.flush(aSearchResponse());
    await harness.fixture.whenStable();

    expect(router.url).toBe('/?q=Pass&lebenslage=umzug');
  });

  it('focuses the search field when the desk opens', async () => {
    await harness.navigateByUrl('/desk');
    await harness.fixture.whenStable();

    expect(document.activeElement).toBe(searchField());
  });

  it('searches the staff index while the agent types and mirrors the query in the URL', async () => {
    await harness.navigateByUrl('/desk');
    searchField().value = 'Führ';
    searchField().dispatchEvent(new Event('input'));
    http.expectNone((req) => req.url === '/api/v1/search');

    await new Promise((resolve) =>
      setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50),
    );
    respond('/api/v1/search');
    await harness.fixture.whenStable();

    expect(router.url).toBe('/desk?q=F%C3%BChr');
  });

  it('moves from the field into the results and back, and opens a result with Enter', async () => {
    await harness.navigateByUrl('/desk?q=Pass');
    respond(
      '/api/v1/search',
      aSearchResponse({
        hits: [aSearchHit({ id: '7' }), aSearchHit({ id: '8' })],
        total: 2,
      }),
    );
    await harness.fixture.whenStable();
    const links = queryAll<HTMLAnchorElement>(page(), '.result-title a');

    press(searchField(), 'ArrowDown');
    expect(document.activeElement).toBe(links[0]);
    press(links[0], 'Escape');
    expect(document.activeElement).toBe(searchField());

    press(searchField(), 'ArrowDown');
    press(links[0], 'ArrowDown');
    press(links[1], 'Enter');
    await harness.fixture.whenStable();
    expect(router.url).toBe('/desk/leistungen/8');
  });
});
