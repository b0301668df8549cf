import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ControllingSummary } from '@auskunft/contracts';
import {
  buttonByName,
  fieldByLabel,
  normalized,
  typeInto,
} from '../../testing/accessible-queries';
import { hostOf } from '../../testing/dom';
import { provideNoMaterialAnimations } from '../../testing/material';
import { provideGermanLocale } from '../core/locale/german-locale';
import { Chart } from 'chart.js';
import { ControllingPage } from './controlling-page';

const SUMMARY: ControllingSummary = {
  from: '2026-10-23',
  to: '2026-11-21',
  contacts: {
    total: 2,
    byChannel: { phone: 2, counter: 0, email: 0, letter: 0 },
    byOutcome: { settled: 1, forwarded: 1, referred: 0 },
    perDay: [{ day: '2026-11-21', total: 2, settled: 1 }],
    perWeek: [{ week: '2026-W47', total: 2, settled: 1 }],
    bySachgebiet: [{ code: '32.1', total: 2, settled: 1 }],
  },
  firstContactResolution: {
    percent: 50,
    targetPercent: 65,
    meetsTarget: false,
  },
  forwardings: {
    total: 1,
    open: 0,
    overdue: 0,
    answeredInTime: 1,
    answeredLate: 0,
  },
  topLeistungen: [{ id: 'l1', title: 'Saisonkennzeichen', contacts: 2 }],
  missingTopics: [{ query: 'hundesteuer', reports: 3 }],
  flaggedLeistungen: [],
  searchQueries: {
    minSearches: 2,
    retentionDays: 90,
    top: [
      { query: 'sperrmüll', searches: 7, staff: 4, public: 3, zeroHits: 0 },
      { query: 'lappen weg', searches: 2, staff: 2, public: 0, zeroHits: 2 },
    ],
    zeroHits: [
      { query: 'lappen weg', searches: 2, staff: 2, public: 0, zeroHits: 2 },
    ],
  },
};

describe(ControllingPage.name, () => {
  let fixture: ComponentFixture<ControllingPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ControllingPage);
    await fixture.whenStable();
    host = hostOf(fixture);
  });

  afterEach(() => http.verify());

  function kpi(name: string): string {
    return normalized(host.querySelector(`[data-kpi="${name}"]`)?.textContent);
  }

  it('shows the contacts and the first-contact rate against the target', async () => {
    http.expectOne('/api/v1/controlling/summary').flush(SUMMARY);
    await fixture.whenStable();

    expect(kpi('contacts')).toBe('2');
    expect(kpi('first-contact')).toBe('50 %');
    expect(normalized(host.querySelector('.kpi.below')?.textContent)).toContain(
      'Ziel 65 % – nicht erreicht',
    );
    const captions = Array.from(host.querySelectorAll('caption')).map((c) =>
      normalized(c.textContent),
    );
    expect(captions).toContain(
      'Suchen ohne Ergebnis (gemeldete fehlende Themen)',
    );
    const rows = Array.from(host.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => normalized(cell.textContent)),
    );
    expect(rows).toContain(['hundesteuer', '3']);
    expect(rows).toContain(['Telefon', '2']);
    const charts = Array.from(host.querySelectorAll('canvas[role="img"]'));
    expect(charts.length).toBe(2);
    expect(
      Chart.getChart(charts[1] as HTMLCanvasElement)?.data.datasets[0].data,
    ).toEqual([2, 0, 0, 0]);
    expect(charts[1].getAttribute('aria-label')).toBe(
      'Balkendiagramm Kontakte nach Kanal: Telefon 2, Schalter 0, E-Mail 0, Brief 0',
    );
  });

  it('asks for the chosen period', async () => {
    http.expectOne('/api/v1/controlling/summary').flush(SUMMARY);
    await fixture.whenStable();
    typeInto(fieldByLabel(host, 'Von'), '2026-01-01');
    typeInto(fieldByLabel(host, 'Bis'), '2026-03-31');
    await fixture.whenStable();
    buttonByName(host, 'Anzeigen').click();
    await fixture.whenStable();

    const request = http.expectOne(
      (r) => r.url === '/api/v1/controlling/summary',
    );
    expect(request.request.params.get('from')).toBe('2026-01-01');
    expect(request.request.params.get('to')).toBe('2026-03-31');
    request.flush(SUMMARY);
  });

  /** The rows of the table with this caption, as cell texts. */
  function table(caption: string): string[][] {
    const found = Array.from(host.querySelectorAll('table')).find(
      (candidate) =>
        normalized(candidate.querySelector('caption')?.textContent) === caption,
    );
    if (!found) {
      throw new Error(`No table "${caption}"`);
    }
    return Array.from(found.querySelectorAll('tr')).map((row) =>
      Array.from(row.children).map((cell) => normalized(cell.textContent)),
    );
  }

  it('shows the most frequent search queries and those without result, with headers, and how they are kept', async () => {
    http.expectOne('/api/v1/controlling/summary').flush(SUMMARY);
    await fixture.whenStable();

    expect(table('Häufigste Suchanfragen')).toEqual([
      ['Suchanfrage', 'Suchen', 'davon Auskunftsplatz', 'davon Bürgerinfo'],
      ['sperrmüll', '7', '4', '3'],
      ['lappen weg', '2', '2', '0'],
    ]);
    expect(table('Suchanfragen ohne Treffer')).toEqual([
      ['Suchanfrage', 'Suchen ohne Treffer', 'Suchen insgesamt'],
      ['lappen weg', '2', '2'],
    ]);
    expect(
      host.querySelectorAll('table tr th[scope="row"]').length,
    ).toBeGreaterThanOrEqual(3);
    expect(normalized(host.querySelector('.queries-note')?.textContent)).toBe(
      'Gezählt werden abgeschlossene Suchen am Auskunftsplatz und in der Bürgerinfo, nur als Summe je Tag und ohne Personenbezug. Eine Suchanfrage erscheint erst ab 2 Suchen im Zeitraum; die Tageszahlen werden nach 90 Tagen gelöscht.',
    );
  });

  it('says so when no search query reached the threshold', async () => {
    http.expectOne('/api/v1/controlling/summary').flush({
      ...SUMMARY,
      searchQueries: { ...SUMMARY.searchQueries, top: [], zeroHits: [] },
    });
    await fixture.whenStable();

    expect(table('Häufigste Suchanfragen').slice(1)).toEqual([
      ['Keine Suchanfrage im Zeitraum.'],
    ]);
    expect(table('Suchanfragen ohne Treffer').slice(1)).toEqual([
      ['Keine Suchanfrage ohne Treffer im Zeitraum.'],
    ]);
  });
});
