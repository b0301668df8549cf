import { Clipboard } from '@angular/cdk/clipboard';
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
import { signIn } from '../../testing/auth';
import {
  aSearchHit,
  aSearchResponse,
  aSessionUser,
  aStaffLeistung,
} from '../../testing/builders';
import { press, queryAll, textsOf } from '../../testing/dom';
import { CLOCK } from '../core/clock';
import { provideGermanLocale } from '../core/locale/german-locale';
import { DeskAnswerPage } from './desk-answer-page';
import { RecentLeistungen } from './recent-leistungen';

@Component({ template: 'Suche' })
class SearchStub {}

describe(DeskAnswerPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let copied: string[];

  beforeEach(async () => {
    localStorage.clear();
    copied = [];
    TestBed.configureTestingModule({
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        // Tuesday 17 November 2026, 09:00 in Berlin.
        { provide: CLOCK, useValue: () => new Date('2026-11-17T08:00:00Z') },
        {
          provide: Clipboard,
          useValue: {
            copy: (text: string) => {
              copied.push(text);
              return true;
            },
          },
        },
        provideRouter(
          [
            { path: 'desk', component: SearchStub },
            { path: 'desk/leistungen/:id', component: DeskAnswerPage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(aSessionUser({ id: 'agent-7' }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/desk/leistungen/leistung-1');
    http
      .expectOne('/api/v1/leistungen/leistung-1')
      .flush(aStaffLeistung({ reviewDue: '2026-10-01' }));
    await harness.fixture.whenStable();
    http
      .expectOne('/api/v1/usage/leistungen/leistung-1/views')
      .flush(null, { status: 204, statusText: 'No Content' });
    http
      .expectOne((req) => req.url === '/api/v1/search')
      .flush(
        aSearchResponse({
          hits: [
            aSearchHit({ id: 'leistung-1' }),
            aSearchHit({ id: 'other', title: 'Führerschein verloren' }),
          ],
        }),
      );
    http.expectOne((req) => req.url === '/api/v1/feedback').flush([]);
    await harness.fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function button(text: string): HTMLElement {
    const found = queryAll(page(), 'button').find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    if (!found) {
      throw new Error(`No button "${text}"`);
    }
    return found;
  }

  it('reads in speaking order: Kurzantwort, documents, fees, who and where, online, procedure', () => {
    expect(textsOf(page(), 'app-answer-body h2')).toEqual([
      'Kurzantwort',
      'Erforderliche Unterlagen',
      'Gebühren',
      'Zuständig',
      'Online und Formulare',
      'Voraussetzungen',
      'Ablauf, Dauer und Fristen',
      'Nur intern – nicht vorlesen',
    ]);
  });

  it('shows whether the Sachgebiet is open now with today’s hours, and the overdue review', () => {
    expect(textsOf(page(), 'app-answer-contact app-opening-status')).toEqual([
      'jetzt geöffnet (bis 12:00) · heute 8:00 – 12:00 und 14:00 – 18:00 Uhr',
    ]);
    expect(textsOf(page(), '.overdue')[0]).toContain('Prüfung überfällig');
    expect(textsOf(page(), '.reviewed')).toEqual(['geprüft am 1. März 2026']);
  });

  it('copies a plain-text answer listing only the documents still missing', async () => {
    queryAll<HTMLInputElement>(page(), 'mat-checkbox input')[0].click();
    await harness.fixture.whenStable();
    expect(textsOf(page(), '.progress')).toEqual(['1 von 2 vorhanden']);

    button('Antwort kopieren').click();
    await harness.fixture.whenStable();

    expect(copied.length).toBe(1);
    expect(copied[0]).toContain(
      'Diese Unterlagen fehlen noch:\n- Karteikartenabschrift',
    );
    expect(copied[0]).not.toContain('Personalausweis');
    expect(copied[0]).not.toContain('Frau Beispiel');
    expect(copied[0]).toContain('/leistungen/fuehrerschein-umtauschen');
    expect(textsOf(page(), '.copy-status')[0]).toContain('Antwort kopiert');
  });

  it('remembers the Leistung for this agent and links related ones without itself', () => {
    expect(TestBed.inject(RecentLeistungen).items()).toEqual([
      {
        id: 'leistung-1',
        slug: 'fuehrerschein-umtauschen',
        title: 'Führerschein umtauschen',
      },
    ]);
    expect(textsOf(page(), '.related a')).toEqual(['Führerschein verloren']);
  });

  it('goes back to the search with Esc', async () => {
    press(document.body, 'Escape');
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/desk');
  });
});
