import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_TABS_CONFIG } from '@angular/material/tabs';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { LeistungStaff, Revision, SessionUser } from '@auskunft/contracts';
import { CLOCK } from '../app/core/clock';
import { provideGermanLocale } from '../app/core/locale/german-locale';
import { LeistungEditorPage } from '../app/editor/leistung-editor/leistung-editor-page';
import { unsavedChangesGuard } from '../app/editor/unsaved-changes.guard';
import { signIn } from './auth';
import { aSessionUser, aStaffLeistung } from './builders';
import { fieldByLabel } from './forms';
import { aCatalog, aRevision } from './workflow-builders';

@Component({ template: '<h1>Anderswo</h1>' })
class ElsewhereStub {}

export const EDITOR_API = '/api/v1/leistungen/leistung-1';

/** The author of the working copies `aRevision()` builds (contributor "user-1"). */
export const anEditor = aSessionUser({
  id: 'user-1',
  role: 'editor',
  displayName: 'Anna Beispiel',
  sachgebiete: ['32.1'],
});

/** Another editor of the same Sachgebiet, who may release Anna's changes. */
export const aReviewer = aSessionUser({
  id: 'user-2',
  role: 'editor',
  displayName: 'Rita Prüferin',
  sachgebiete: ['32.1'],
});

/** Test bed for the Leistung editor routes, at 12:00 on 3 March 2026. */
export function configureEditorPage(): void {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideGermanLocale(),
      { provide: CLOCK, useValue: () => new Date(2026, 2, 3, 12, 0) },
      // Tabs swap their content after the slide animation; without it at once.
      { provide: MAT_TABS_CONFIG, useValue: { animationDuration: '0ms' } },
      provideRouter(
        [
          {
            path: 'editor/leistungen/neu',
            component: LeistungEditorPage,
            canDeactivate: [unsavedChangesGuard],
          },
          {
            path: 'editor/leistungen/:id',
            component: LeistungEditorPage,
            canDeactivate: [unsavedChangesGuard],
          },
          { path: '**', component: ElsewhereStub },
        ],
        withComponentInputBinding(),
      ),
    ],
  });
}

/** The editor page in a router, with the requests it makes answered on demand. */
export class EditorPageDriver {
  readonly http = TestBed.inject(HttpTestingController);

  private constructor(readonly harness: RouterTestingHarness) {}

  /** Signs `user` in and opens Leistung "leistung-1" with `workingCopy` (none: the API answers 404). */
  static async open(
    user: SessionUser,
    workingCopy: Revision | null = aRevision(),
  ): Promise<EditorPageDriver> {
    const driver = await EditorPageDriver.at(
      user,
      '/editor/leistungen/leistung-1',
    );
    driver.flushLeistung(workingCopy);
    await driver.settle();
    return driver;
  }

  /** Signs `user` in and opens the form for a new Leistung. */
  static async openNew(user: SessionUser): Promise<EditorPageDriver> {
    const driver = await EditorPageDriver.at(user, '/editor/leistungen/neu');
    await driver.settle();
    return driver;
  }

  private static async at(
    user: SessionUser,
    url: string,
  ): Promise<EditorPageDriver> {
    signIn(user);
    const driver = new EditorPageDriver(await RouterTestingHarness.create());
    await driver.harness.navigateByUrl(url);
    driver.flushCatalog();
    return driver;
  }

  get host(): HTMLElement {
    return this.harness.routeNativeElement as HTMLElement;
  }

  field<T extends HTMLElement = HTMLInputElement>(label: string): T {
    return fieldByLabel<T>(this.host, label);
  }

  flushCatalog(): void {
    const catalog = aCatalog();
    this.http.expectOne('/api/v1/sachgebiete').flush(catalog.sachgebiete);
    this.http.expectOne('/api/v1/standorte').flush(catalog.standorte);
    this.http.expectOne('/api/v1/lebenslagen').flush(catalog.lebenslagen);
  }

  flushLeistung(
    workingCopy: Revision | null,
    leistung: Partial<LeistungStaff> = {},
  ): void {
    this.http
      .expectOne(EDITOR_API)
      .flush(aStaffLeistung({ workingCopy, ...leistung }));
    const request = this.http.expectOne(`${EDITOR_API}/working-copy`);
    if (workingCopy) {
      request.flush(workingCopy);
    } else {
      request.flush(null, { status: 404, statusText: 'Not Found' });
    }
  }

  /** The page awaits its requests; a second round lets the answers render. */
  async settle(): Promise<void> {
    await this.harness.fixture.whenStable();
    await this.harness.fixture.whenStable();
  }
}
