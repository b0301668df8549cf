import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { LeistungListItem } from '@auskunft/contracts';
import { aStaffSachgebiet } from '../../../testing/builders';
import { queryAll, textsOf } from '../../../testing/dom';
import { aDashboard, aDashboardItem } from '../../../testing/workflow-builders';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { EditorDashboardPage } from './editor-dashboard-page';

function aListItem(
  overrides: Partial<LeistungListItem> = {},
): LeistungListItem {
  return {
    id: 'leistung-1',
    slug: 'fuehrerschein-umtauschen',
    title: 'Führerschein umtauschen',
    status: 'published',
    sachgebietCode: '32.1',
    updatedAt: '2026-03-02T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

describe(EditorDashboardPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function open(url = '/editor'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideGermanLocale(),
        provideRouter(
          [{ path: 'editor', component: EditorDashboardPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(url);
    host = harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('shows the four to-do lists with counts and links to the Leistungen', async () => {
    await open();
    http.expectOne('/api/v1/editor/dashboard').flush(
      aDashboard({
        myDrafts: [aDashboardItem({ status: 'rejected' })],
        awaitingMyReview: [
          aDashboardItem({
            leistungId: 'leistung-2',
            title: 'Wohngeld',
            status: 'in_review',
            by: 'Erik Editor',
          }),
        ],
        openFeedback: [
          {
            id: 'feedback-1',
            leistungId: 'leistung-3',
            leistungTitle: 'Reisepass',
            sachgebietCode: '32.1',
            kind: 'outdated',
            comment: 'Gebühr gestiegen',
            status: 'open',
            createdByName: 'Agnes Agent',
            createdAt: '2026-03-01T08:00:00Z',
            answer: null,
            answeredByName: null,
            answeredAt: null,
          },
        ],
      }),
    );
    http.expectOne('/api/v1/sachgebiete').flush([aStaffSachgebiet()]);
    http
      .expectOne((req) => req.url === '/api/v1/leistungen')
      .flush({ items: [], total: 0, limit: 20, offset: 0 });
    await harness.fixture.whenStable();

    expect(textsOf(host, 'app-dashboard-section h2')).toEqual([
      'Meine Entwürfe 1',
      'Warten auf meine Prüfung 1',
      'Überfällige Wiedervorlagen 0',
      'Offene Rückmeldungen 1',
    ]);
    const links = queryAll<HTMLAnchorElement>(
      host,
      'app-dashboard-section li a',
    );
    expect(
      links.map((link) => [
        link.textContent?.trim(),
        link.getAttribute('href'),
      ]),
    ).toEqual([
      ['Führerschein umtauschen', '/editor/leistungen/leistung-1'],
      ['Wohngeld', '/editor/leistungen/leistung-2'],
      ['Reisepass', '/editor/leistungen/leistung-3'],
    ]);
    expect(host.textContent).toContain('Zurückgewiesen');
    expect(host.textContent).toContain('eingereicht von Erik Editor');
    expect(host.textContent).toContain(
      'Alle Leistungen Ihrer Sachgebiete sind geprüft.',
    );
    expect(
      host.querySelector('a[href="/editor/leistungen/neu"]')?.textContent,
    ).toContain('Neue Leistung');
  });

  it('filters the Leistungen by Sachgebiet and status from the URL', async () => {
    await open('/editor?sachgebiet=32.1&status=in_review&seite=2');
    http.expectOne('/api/v1/editor/dashboard').flush(aDashboard());
    http.expectOne('/api/v1/sachgebiete').flush([aStaffSachgebiet()]);
    const request = http.expectOne((req) => req.url === '/api/v1/leistungen');
    expect(request.request.params.get('sachgebiet')).toBe('32.1');
    expect(request.request.params.get('status')).toBe('in_review');
    expect(request.request.params.get('offset')).toBe('20');
    request.flush({
      items: [aListItem({ status: 'in_review' })],
      total: 41,
      limit: 20,
      offset: 20,
    });
    await harness.fixture.whenStable();

    expect(textsOf(host, '.total')).toEqual(['41 Leistungen · Seite 2 von 3']);
    expect(textsOf(host, 'tbody th')).toEqual(['Führerschein umtauschen']);
    expect(textsOf(host, 'tbody td').slice(0, 3)).toEqual([
      '32.1 Führerscheinstelle',
      '◐ In Prüfung',
      '02.03.2026',
    ]);
    expect(
      host.querySelector(
        'tbody a[href="/editor/leistungen/leistung-1/verlauf"]',
      )?.textContent,
    ).toBe('Verlauf: Führerschein umtauschen');
    expect(textsOf(host, 'nav[aria-label="Seiten"] a')).toEqual([
      '← Vorherige Seite',
      'Nächste Seite →',
    ]);
    expect(TestBed.inject(Router).url).toContain('seite=2');
  });
});
