import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { LeistungStaff, SearchHit } from '@auskunft/contracts';
import { EMPTY, catchError, map, of, switchMap } from 'rxjs';
import { LeistungApi } from '../core/api/leistung-api';
import { type LoadState, toLoadState } from '../core/api/load-state';
import { EMPTY_CRITERIA } from '../core/api/search-criteria';
import { SearchApi } from '../core/api/search-api';
import { LastSearch } from '../core/last-search';
import { leistungLink, searchLink } from '../paths';
import {
  FeedbackDialog,
  type FeedbackDialogData,
} from '../shared/feedback/feedback-dialog';
import { FeedbackPanel } from '../shared/feedback/feedback-panel';
import { FeeAmountPipe } from '../shared/leistung/fee-amount.pipe';
import { AnswerBody } from './answer-body';
import { DeskPrintStyles } from './desk-print-styles';
import { isFocusSearchShortcut } from './desk-shortcuts';
import { plainTextAnswer } from './plain-text-answer';
import { RecentLeistungen } from './recent-leistungen';
import { ContactLog } from './operations/contact-log';
import { UsageApi } from './usage-api';

export const RELATED_LIMIT = 5;

/**
 * The answer view of the desk: what an agent reads out during a call, in that
 * order, with the hand-over to the caller (copy, print, public link).
 */
@Component({
  selector: 'app-desk-answer-page',
  imports: [
    AnswerBody,
    ContactLog,
    DeskPrintStyles,
    FeedbackPanel,
    MatButtonModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onDocumentKeydown($event)' },
  templateUrl: './desk-answer-page.html',
  styleUrl: './desk-answer-page.scss',
})
export class DeskAnswerPage {
  /** Route parameter. */
  readonly id = input<string>();

  private readonly api = inject(LeistungApi);
  private readonly searchApi = inject(SearchApi);
  private readonly usage = inject(UsageApi);
  private readonly recent = inject(RecentLeistungen);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly lastSearch = inject(LastSearch);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly feeAmount = new FeeAmountPipe();

  private readonly body = viewChild(AnswerBody);
  private readonly copyStatus =
    viewChild<ElementRef<HTMLElement>>('copyStatus');

  protected readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        id
          ? toLoadState(this.api.getStaff(id))
          : of<LoadState<LeistungStaff>>({
              status: 'error',
              problem: {
                kind: 'not-found',
                message: 'Diese Leistung wurde nicht gefunden.',
              },
            }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<LeistungStaff> },
  );
  protected readonly leistung = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });
  protected readonly problem = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.problem : null;
  });

  /** Other Leistungen of the first Lebenslage: what callers often need next. */
  protected readonly related = toSignal(
    toObservable(this.leistung).pipe(
      switchMap((leistung) => {
        const lebenslage = leistung?.lebenslagen[0];
        if (!leistung || !lebenslage) {
          return of<SearchHit[]>([]);
        }
        return this.searchApi
          .search(
            'staff',
            { ...EMPTY_CRITERIA, lebenslage: lebenslage.slug },
            { limit: RELATED_LIMIT + 1, offset: 0 },
          )
          .pipe(
            map((response) =>
              response.hits
                .filter((hit) => hit.id !== leistung.id)
                .slice(0, RELATED_LIMIT),
            ),
            catchError(() => of<SearchHit[]>([])),
          );
      }),
    ),
    { initialValue: [] },
  );
  protected readonly relatedLebenslage = computed(
    () => this.leistung()?.lebenslagen[0]?.name ?? '',
  );

  protected readonly backLink = searchLink('staff');
  protected readonly backParams = computed(() =>
    this.lastSearch.paramsFor('staff'),
  );
  protected readonly publicLink = computed(() => {
    const leistung = this.leistung();
    return leistung ? leistungLink('public', leistung) : null;
  });
  protected readonly link = (hit: SearchHit) => leistungLink('staff', hit);

  protected readonly copyMessage = signal('');
  /** Bumped after a report from the toolbar, so the panel below reloads the agent's reports. */
  protected readonly feedbackRevision = signal(0);

  constructor() {
    effect(() => {
      const leistung = this.leistung();
      if (leistung) {
        this.title.setTitle(`${leistung.title} – Auskunftsplatz`);
        untracked(() => this.opened(leistung));
      } else if (this.problem()) {
        this.title.setTitle('Leistung nicht verfügbar – Auskunftsplatz');
      }
    });
  }

  protected onDocumentKeydown(event: KeyboardEvent): void {
    if (isFocusSearchShortcut(event)) {
      event.preventDefault();
      this.backToSearch();
      return;
    }
    // Esc inside a dialog closes the dialog; only a bare Esc on the page leaves it.
    if (
      event.key === 'Escape' &&
      !event.defaultPrevented &&
      this.dialog.openDialogs.length === 0
    ) {
      this.backToSearch();
    }
  }

  protected backToSearch(): void {
    void this.router.navigate(this.backLink, {
      queryParams: this.backParams(),
    });
  }

  protected copyAnswer(): void {
    const leistung = this.leistung();
    if (!leistung) {
      return;
    }
    const publicPath = this.router.serializeUrl(
      this.router.createUrlTree(leistungLink('public', leistung)),
    );
    const text = plainTextAnswer({
      leistung,
      ticked: this.body()?.ticked() ?? new Set<number>(),
      feeAmount: (fee) => this.feeAmount.transform(fee),
      publicUrl: `${this.document.location.origin}${publicPath}`,
    });
    const copied = this.clipboard.copy(text);
    this.copyMessage.set(
      copied
        ? 'Antwort kopiert: fehlende Unterlagen, Gebühren, Ort und Öffnungszeiten. Mit Strg+V in die E-Mail einfügen.'
        : 'Kopieren hat nicht geklappt. Bitte den Text markieren und mit Strg+C kopieren.',
    );
    this.copyStatus()?.nativeElement.focus();
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected giveFeedback(): void {
    const leistung = this.leistung();
    if (!leistung) {
      return;
    }
    this.dialog
      .open<FeedbackDialog, FeedbackDialogData>(FeedbackDialog, {
        data: { leistungId: leistung.id, leistungTitle: leistung.title },
        width: '36rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((created: unknown) => {
        if (created) {
          this.feedbackRevision.update((revision) => revision + 1);
          this.snackBar.open(
            'Danke! Ihre Rückmeldung ist bei der Redaktion eingegangen.',
            'OK',
            { duration: 6000 },
          );
        }
      });
  }

  private opened(leistung: LeistungStaff): void {
    this.recent.remember(leistung);
    // Counting is best effort: a failed count must never disturb the call.
    this.usage
      .recordView(leistung.id)
      .pipe(catchError(() => EMPTY))
      .subscribe();
  }
}
