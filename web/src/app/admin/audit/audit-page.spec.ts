import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditEntry, Page } from '@auskunft/contracts';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  linkByName,
  typeInto,
} from '../../../testing/accessible-queries';
import { anAuditEntry } from '../../../testing/admin-builders';
import { textsOf } from '../../../testing/dom';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { AuditPage } from './audit-page';

function aPage(overrides: Partial<Page<AuditEntry>> = {}): Page<AuditEntry> {
  return {
    items: [anAuditEntry()],
    total: 1,
    limit: 50,
    offset: 0,
    ...overrides,
  };
}

describe(AuditPage.name, () => {
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
          [{ path: 'admin/protokoll', component: AuditPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;

  function expectList(): TestRequest {
    return http.expectOne((request) => request.url === '/api/v1/audit');
  }

  function paramsOf(request: TestRequest): Record<string, string | null> {
    const params = request.request.params;
    return Object.fromEntries(
      params.keys().map((key) => [key, params.get(key)]),
    );
  }

  async function open(url: string): Promise<TestRequest> {
    await harness.navigateByUrl(url);
    return expectList();
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  it('loads the filters from the URL and exports the CSV with the same ones', async () => {
    const request = await open(
      '/admin/protokoll?entityType=leistung&from=2026-11-01&to=2026-11-30&offset=50',
    );
    expect(paramsOf(request)).toEqual({
      entityType: 'leistung',
      from: '2026-11-01',
      to: '2026-11-30',
      limit: '50',
      offset: '50',
    });
    request.flush(aPage({ total: 51, offset: 50 }));
    await settle();

    expect(linkByName(page(), 'CSV exportieren').getAttribute('href')).toBe(
      '/api/v1/audit/export.csv?entityType=leistung&from=2026-11-01&to=2026-11-30',
    );
    expect(fieldByLabel(page(), 'von').value).toBe('2026-11-01');
    expect(textsOf(page(), 'caption')).toEqual([
      'Protokoll, Einträge 51–51 von 51',
    ]);
  });

  it('shows the log as a table with headers, in German', async () => {
    (await open('/admin/protokoll')).flush(aPage());
    await settle();

    expect(textsOf(page(), 'thead th')).toEqual([
      'Zeitpunkt',
      'Benutzer',
      'Aktion',
      'Objekt',
      'Geänderte Felder',
    ]);
    expect(textsOf(page(), 'tbody td').slice(1)).toEqual([
      'Eva Redakteurin (e.redakteurin)',
      'Freigegeben',
      'Leistung: Führerschein umtauschen',
      'Gebühren',
    ]);
  });

  it('puts the filter into the URL on submit and starts again at the first page', async () => {
    (await open('/admin/protokoll?offset=100')).flush(aPage());
    await settle();

    typeInto(
      fieldByLabel(page(), 'Benutzer'),
      ' Eva Redakteurin (e.redakteurin) ',
    );
    typeInto(fieldByLabel(page(), 'bis'), '2026-11-20');
    buttonByName(page(), 'Filtern').click();
    await settle();

    expect(router.url).toBe(
      '/admin/protokoll?userName=Eva%20Redakteurin%20(e.redakteurin)&to=2026-11-20',
    );
    const request = expectList();
    expect(paramsOf(request)).toEqual({
      userName: 'Eva Redakteurin (e.redakteurin)',
      to: '2026-11-20',
      limit: '50',
      offset: '0',
    });
    request.flush(aPage());
    await settle();
    expect(linkByName(page(), 'CSV exportieren').getAttribute('href')).toBe(
      '/api/v1/audit/export.csv?userName=Eva%20Redakteurin%20(e.redakteurin)&to=2026-11-20',
    );
  });

  it('refuses an end date before the start date', async () => {
    (await open('/admin/protokoll')).flush(aPage());
    await settle();

    typeInto(fieldByLabel(page(), 'von'), '2026-11-20');
    typeInto(fieldByLabel(page(), 'bis'), '2026-11-01');
    buttonByName(page(), 'Filtern').click();
    await settle();

    expect(errorTexts(page())).toEqual(['„bis“ darf nicht vor „von“ liegen.']);
    expect(router.url).toBe('/admin/protokoll');
  });

  it('pages forward and back through the URL, keeping the filters', async () => {
    (await open('/admin/protokoll?action=feedback.answer')).flush(
      aPage({
        total: 120,
        items: Array.from({ length: 50 }, (_, id) => anAuditEntry({ id })),
      }),
    );
    await settle();
    expect(buttonByName(page(), 'Nächste Seite')).toBeTruthy();

    buttonByName(page(), 'Nächste Seite').click();
    await settle();

    expect(router.url).toBe(
      '/admin/protokoll?action=feedback.answer&offset=50',
    );
    const next = expectList();
    expect(next.request.params.get('offset')).toBe('50');
    next.flush(aPage({ total: 120, offset: 50 }));
    await settle();

    buttonByName(page(), 'Vorherige Seite').click();
    await settle();
    expect(router.url).toBe('/admin/protokoll?action=feedback.answer');
    expectList().flush(aPage());
  });
});
