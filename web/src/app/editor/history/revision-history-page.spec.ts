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
import type { RevisionSummary } from '@auskunft/contracts';
import { signIn } from '../../../testing/auth';
import { aSessionUser, aStaffLeistung } from '../../../testing/builders';
import { queryAll, textsOf } from '../../../testing/dom';
import { button, buttonByName } from '../../../testing/forms';
import {
  aRevision,
  aRevisionSummary,
} from '../../../testing/workflow-builders';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { RevisionHistoryPage } from './revision-history-page';

@Component({ template: '<h1>Editor</h1>' })
class EditorStub {}

const API = '/api/v1/leistungen/leistung-1';

describe(RevisionHistoryPage.name, () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let host: HTMLElement;

  const revisions: RevisionSummary[] = [
    aRevisionSummary({
      number: 3,
      status: 'released',
      reviewerName: 'Rita Prüferin',
      reviewComment: 'Passt.',
    }),
    aRevisionSummary({
      number: 2,
      status: 'draft',
      rejected: true,
      reviewerName: 'Rita Prüferin',
      reviewComment: 'Gebühr fehlt.',
    }),
    aRevisionSummary({
      number: 1,
      status: 'released',
      changeNote: 'Erste Fassung',
    }),
  ];

  async function open(
    workingCopy: RevisionSummary | null = null,
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideGermanLocale(),
        provideRouter(
          [
            {
              path: 'editor/leistungen/:id/verlauf',
              component: RevisionHistoryPage,
            },
            { path: 'editor/leistungen/:id', component: EditorStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(aSessionUser({ role: 'editor', sachgebiete: ['32.1'] }));
    harness = await RouterTestingHarness.create(
      '/editor/leistungen/leistung-1/verlauf',
    );
    http.expectOne(API).flush(aStaffLeistung({ workingCopy }));
    http.expectOne(`${API}/revisions`).flush(revisions);
    await settle();
    host = harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  /** The page awaits its requests; one more round lets the answers render. */
  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await harness.fixture.whenStable();
  }

  function checkbox(number: number): HTMLInputElement {
    const found = queryAll<HTMLInputElement>(
      host,
      'input[type="checkbox"]',
    ).find((input) =>
      input
        .closest('mat-checkbox')
        ?.textContent?.includes(`Version ${number} `),
    );
    if (!found) {
      throw new Error(`No checkbox for version ${number}`);
    }
    return found;
  }

  it('lists the revisions newest first with status, people and comments', async () => {
    await open();

    expect(textsOf(host, '.revision-heading')).toEqual([
      'Version 3 ✓ Freigegeben',
      'Version 2 ↩ Zurückgewiesen',
      'Version 1 ✓ Freigegeben',
    ]);
    const rejected = queryAll(host, '.revision')[1].textContent ?? '';
    expect(rejected).toContain('Zurückgewiesen von');
    expect(rejected).toContain('Gebühr fehlt.');
    expect(queryAll(host, '.revision')[2].textContent).toContain(
      'Erste Fassung',
    );
  });

  it('compares the two chosen versions, older one first', async () => {
    await open();
    checkbox(3).click();
    await settle();
    checkbox(1).click();
    await settle();
    expect(host.textContent).toContain('Versionen 3 und 1 ausgewählt.');

    button(host, 'Ausgewählte Versionen vergleichen').click();
    const request = http.expectOne(
      (req) => req.url === `${API}/revisions/compare`,
    );
    expect(request.request.params.get('from')).toBe('1');
    expect(request.request.params.get('to')).toBe('3');
    request.flush({
      from: 1,
      to: 3,
      changes: [
        {
          field: 'title',
          label: 'Leistungsbezeichnung',
          before: 'Pass',
          after: 'Reisepass',
          textChanges: [
            { value: 'Pass', removed: true },
            { value: 'Reisepass', added: true },
          ],
        },
      ],
    });
    await settle();

    const heading = host.querySelector('#vergleich');
    expect(heading?.textContent?.trim()).toBe(
      'Vergleich Version 1 mit Version 3',
    );
    expect(document.activeElement).toBe(heading);
    expect(textsOf(host, 'app-revision-comparison-view tbody th')).toEqual([
      'Leistungsbezeichnung',
    ]);
  });

  it('keeps at most two versions chosen', async () => {
    await open();
    for (const number of [3, 2, 1]) {
      checkbox(number).click();
      await settle();
    }

    expect(checkbox(3).checked).toBeFalse();
    expect(checkbox(2).checked).toBeTrue();
    expect(checkbox(1).checked).toBeTrue();
  });

  it('restores a version as a new draft and opens the editor', async () => {
    await open();

    button(host, 'Version 1: Als neuen Entwurf wiederherstellen').click();
    http
      .expectOne({ method: 'POST', url: `${API}/revisions/1/restore` })
      .flush(aRevision({ number: 4 }));
    await settle();

    expect(TestBed.inject(Router).url).toBe('/editor/leistungen/leistung-1');
  });

  it('explains why restoring waits while a working copy is open', async () => {
    await open(aRevisionSummary({ number: 4 }));

    const restore = buttonByName(
      host,
      'Version 1: Als neuen Entwurf wiederherstellen',
    );
    expect(restore?.getAttribute('aria-disabled')).toBe('true');
    expect(host.textContent).toContain(
      'Wiederherstellen ist erst wieder möglich, wenn die offene Arbeitsversion 4 freigegeben oder verworfen ist.',
    );
    restore?.click();
    http.expectNone(`${API}/revisions/1/restore`);
  });
});
