import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { EditorDashboard, SachgebietStaff } from '@auskunft/contracts';
import { catchError, of } from 'rxjs';
import { EditorApi } from '../../core/api/editor-api';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { StaffCatalogApi } from '../../core/api/staff-catalog-api';
import { editorLeistungLink, feedbackLink } from '../../paths';
import { dashboardEntries } from './dashboard-entries';
import { DashboardSection } from './dashboard-section';
import { LeistungList } from './leistung-list';

/** The editors' start page: what is waiting for them, and every Leistung to pick from. */
@Component({
  selector: 'app-editor-dashboard-page',
  imports: [MatButtonModule, RouterLink, DashboardSection, LeistungList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="top">
      <h1 class="page-title">Redaktion</h1>
      <a mat-flat-button [routerLink]="newLink">
        <span aria-hidden="true">+ </span>Neue Leistung
      </a>
    </div>

    @switch (dashboard().status) {
      @case ('loading') {
        <p role="status">Ihre Aufgaben werden geladen …</p>
      }
      @case ('error') {
        <p class="problem" role="alert">
          Ihre Aufgaben konnten nicht geladen werden. Bitte laden Sie die Seite
          später neu.
        </p>
      }
    }
    @if (entries(); as lists) {
      <div class="sections">
        <app-dashboard-section
          heading="Meine Entwürfe"
          headingId="meine-entwuerfe"
          emptyText="Sie haben keine offenen Entwürfe."
          [entries]="lists.myDrafts"
        />
        <app-dashboard-section
          heading="Warten auf meine Prüfung"
          headingId="warten-auf-pruefung"
          emptyText="Keine Änderungen warten auf Ihre Freigabe."
          [entries]="lists.awaitingMyReview"
        />
        <app-dashboard-section
          heading="Überfällige Wiedervorlagen"
          headingId="ueberfaellige-wiedervorlagen"
          emptyText="Alle Leistungen Ihrer Sachgebiete sind geprüft."
          [entries]="lists.overdueReviews"
        />
        <app-dashboard-section
          heading="Offene Rückmeldungen"
          headingId="offene-rueckmeldungen"
          emptyText="Keine offenen Rückmeldungen vom Auskunftsplatz."
          [entries]="lists.openFeedback"
          [moreLink]="feedbackLink"
          [moreParams]="{ status: 'open' }"
          moreText="Rückmeldungen beantworten"
        />
      </div>
    }

    <app-leistung-list
      [sachgebiete]="sachgebiete()"
      [status]="status()"
      [sachgebiet]="sachgebiet()"
      [seite]="seite()"
    />
  `,
  styles: `
    :host {
      display: grid;
      /* minmax(0, …): a wide table scrolls in its own box instead of widening the page. */
      grid-template-columns: minmax(0, 1fr);
      gap: 1.5rem;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
    }
    .page-title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
    }
    .problem {
      color: var(--mat-sys-error);
    }
    .sections {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    }
  `,
})
export class EditorDashboardPage {
  /** Query parameters of the Leistungen list (router input binding). */
  readonly status = input<string>();
  readonly sachgebiet = input<string>();
  readonly seite = input<string>();

  protected readonly newLink = editorLeistungLink();
  protected readonly feedbackLink = feedbackLink();

  protected readonly dashboard = toSignal(
    toLoadState(inject(EditorApi).dashboard()),
    { initialValue: { status: 'loading' } as LoadState<EditorDashboard> },
  );
  protected readonly entries = computed(() => {
    const state = this.dashboard();
    return state.status === 'loaded' ? dashboardEntries(state.value) : null;
  });

  protected readonly sachgebiete = toSignal(
    inject(StaffCatalogApi)
      .sachgebiete()
      // The filter is a convenience; the list works without it.
      .pipe(catchError(() => of<SachgebietStaff[]>([]))),
    { initialValue: [] },
  );
}
