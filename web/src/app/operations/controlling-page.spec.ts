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
});
