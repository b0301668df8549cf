import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { aLeistung, aStaffLeistung } from '../../../testing/builders';
import { hostOf, press, textsOf } from '../../../testing/dom';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { LastSearch } from '../../core/last-search';
import type { Audience } from '../../paths';
import { LeistungPage } from './leistung-page';

describe(LeistungPage.name, () => {
  let fixture: ComponentFixture<LeistungPage>;
  let http: HttpTestingController;

  async function render(
    audience: Audience,
    param: { slug?: string; id?: string },
  ): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LeistungPage],
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LeistungPage);
    fixture.componentRef.setInput('audience', audience);
    fixture.componentRef.setInput('slug', param.slug);
    fixture.componentRef.setInput('id', param.id);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('loads the public description by slug and names the page after it', async () => {
    await render('public', { slug: 'wohngeld' });
    expect(textsOf(hostOf(fixture), '[role="status"]')).toEqual([
      'Leistung wird geladen …',
    ]);

    http
      .expectOne('/api/v1/public/leistungen/wohngeld')
      .flush(aLeistung({ title: 'Wohngeld beantragen' }));
    await fixture.whenStable();

    expect(textsOf(hostOf(fixture), 'h1')).toEqual(['Wohngeld beantragen']);
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Wohngeld beantragen – Bürgerservice Landkreis Lindenau',
    );
    expect(hostOf(fixture).querySelector('app-internal-panel')).toBeNull();
  });

  it('gives the public page a description, a canonical URL and GovernmentService data', async () => {
    await render('public', { slug: 'wohngeld' });
    http.expectOne('/api/v1/public/leistungen/wohngeld').flush(
      aLeistung({
        slug: 'wohngeld',
        title: 'Wohngeld beantragen',
        shortText: 'Zuschuss zur Miete.',
      }),
    );
    await fixture.whenStable();

    const head = document.head;
    expect(
      head.querySelector('meta[name="description"]')?.getAttribute('content'),
    ).toBe('Zuschuss zur Miete.');
    expect(
      head.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    ).toBe(`${location.origin}/leistungen/wohngeld`);
    const data = JSON.parse(
      head.querySelector('script[type="application/ld+json"]')?.textContent ??
        '{}',
    ) as Record<string, unknown>;
    expect(data['@type']).toBe('GovernmentService');
    expect(data['name']).toBe('Wohngeld beantragen');
  });

  it('shows the Leichte-Sprache summary only when there is one', async () => {
    await render('public', { slug: 'wohngeld' });
    http
      .expectOne('/api/v1/public/leistungen/wohngeld')
      .flush(aLeistung({ leichteSprache: 'Sie bekommen Geld für die Miete.' }));
    await fixture.whenStable();
    expect(textsOf(hostOf(fixture), '#leichte-sprache')).toEqual([
      'In Leichter Sprache',
    ]);

    fixture.componentRef.setInput('slug', 'elterngeld');
    await fixture.whenStable();
    http
      .expectOne('/api/v1/public/leistungen/elterngeld')
      .flush(aLeistung({ leichteSprache: null }));
    await fixture.whenStable();
    expect(hostOf(fixture).querySelector('#leichte-sprache')).toBeNull();
  });

  it('puts focus on the title once loaded, for screen reader users arriving from the list', async () => {
    await render('public', { slug: 'wohngeld' });
    http.expectOne('/api/v1/public/leistungen/wohngeld').flush(aLeistung());
    await fixture.whenStable();

    expect(document.activeElement).toBe(hostOf(fixture).querySelector('h1'));
  });

  it('loads the staff description by id, with internal notes and a link to the public page', async () => {
    await render('staff', { id: '42' });
    http
      .expectOne('/api/v1/leistungen/42')
      .flush(aStaffLeistung({ slug: 'fuehrerschein' }));
    await fixture.whenStable();

    expect(textsOf(hostOf(fixture), 'h2')[0]).toBe(
      'Interne Hinweise (nur für Mitarbeitende)',
    );
    const publicLink = Array.from(hostOf(fixture).querySelectorAll('a')).find(
      (link) => link.textContent === 'Bürgeransicht öffnen',
    );
    expect(publicLink?.getAttribute('href')).toBe('/leistungen/fuehrerschein');
  });

  it('says so when the Leistung does not exist', async () => {
    await render('public', { slug: 'gibt-es-nicht' });
    http
      .expectOne('/api/v1/public/leistungen/gibt-es-nicht')
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Leistung not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();

    expect(textsOf(hostOf(fixture), 'h1')).toEqual(['Leistung nicht gefunden']);
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Leistung nicht verfügbar – Auskunft',
    );
  });

  it('leads back to the last search of the same area', async () => {
    await render('staff', { id: '42' });
    http.expectOne('/api/v1/leistungen/42').flush(aStaffLeistung());
    TestBed.inject(LastSearch).remember('staff', { q: 'Pass' });
    fixture.componentRef.setInput('id', '42');
    await fixture.whenStable();

    const back = hostOf(fixture).querySelector('nav a');
    expect(back?.getAttribute('href')).toBe('/desk?q=Pass');
  });

  it('returns agents to their results on Escape', async () => {
    await render('staff', { id: '42' });
    http.expectOne('/api/v1/leistungen/42').flush(aStaffLeistung());
    TestBed.inject(LastSearch).remember('staff', { q: 'Pass' });
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(
      true,
    );

    press(document.body, 'Escape');

    expect(navigate).toHaveBeenCalledOnceWith(['/', 'desk'], {
      queryParams: { q: 'Pass' },
    });
  });

  it('ignores Escape on the public page', async () => {
    await render('public', { slug: 'wohngeld' });
    http.expectOne('/api/v1/public/leistungen/wohngeld').flush(aLeistung());
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(
      true,
    );

    press(document.body, 'Escape');

    expect(navigate).not.toHaveBeenCalled();
  });
});
