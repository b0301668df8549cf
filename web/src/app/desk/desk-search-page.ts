import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { NavigationStart, Router, RouterLink } from '@angular/router';
import type { TopLeistungen } from '@auskunft/contracts';
import { catchError, filter, map, of } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import type { SearchCriteria } from '../core/api/search-criteria';
import { DESK_PATHS, LEISTUNGEN_SEGMENT, leistungLink } from '../paths';
import { SearchPage } from '../shared/search/search-page';
import { broadenings } from './broaden-query';
import { isFocusSearchShortcut } from './desk-shortcuts';
import { ContactLog } from './operations/contact-log';
import { RecentLeistungen } from './recent-leistungen';
import { SearchSettle } from './search-settle';
import { UsageApi } from './usage-api';

/**
 * Typing intervals are 100–200 ms, so a longer pause saves few requests but adds
 * its full length to every answer (measured: 60 ms gave p95 165 ms keystroke →
 * results, see docs/benchmarks.md). 25 ms only merges bursts (paste, auto-repeat);
 * switchMap cancels whatever a newer keystroke supersedes.
 */
export const DESK_SEARCH_DEBOUNCE_MS = 25;

type MissingTopicState = 'idle' | 'sending' | 'sent' | 'error';

/** Answers open under /desk/leistungen/<id>. */
const ANSWER_URL_PREFIX = `/${DESK_PATHS.root}/${LEISTUNGEN_SEGMENT}/`;

/** The agents' search during phone calls: focused on load, results while typing. */
@Component({
  selector: 'app-desk-search-page',
  imports: [SearchPage, RouterLink, MatButtonModule, ContactLog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onDocumentKeydown($event)' },
  templateUrl: './desk-search-page.html',
  styleUrl: './desk-search-page.scss',
})
export class DeskSearchPage {
  private readonly usage = inject(UsageApi);
  protected readonly recent = inject(RecentLeistungen).items;
  private readonly searchPage = viewChild.required(SearchPage);
  /** The same component, read before the view exists. */
  private readonly searchPageIfShown = viewChild(SearchPage);
  private readonly settle = inject(SearchSettle);

  protected readonly debounceMs = DESK_SEARCH_DEBOUNCE_MS;
  protected readonly broadenings = broadenings;
  protected readonly link = (item: { id: string; slug: string }) =>
    leistungLink('staff', item);

  /** The week's most opened answers; the desk works without them. */
  protected readonly top = toSignal(
    this.usage.topLeistungen().pipe(
      map((top): TopLeistungen | null => top),
      catchError(() => of(null)),
    ),
    { initialValue: null },
  );

  protected readonly missingTopic = signal<{
    query: string;
    state: MissingTopicState;
    message: string;
  }>({ query: '', state: 'idle', message: '' });

  constructor() {
    // Settled searches count for the controlling figures (see SearchSettle).
    let searched = false;
    effect(() => {
      const shown = this.searchPageIfShown()?.shown();
      untracked(() => {
        if (!shown) {
          return;
        }
        if (shown.status === 'loaded') {
          searched = true;
          this.settle.shown({ query: shown.query, hits: shown.hits });
        } else if (shown.status === 'idle' && searched) {
          this.settle.cleared();
        } else {
          this.settle.shown(null);
        }
      });
    });
    inject(Router)
      .events.pipe(
        filter(
          (event): event is NavigationStart => event instanceof NavigationStart,
        ),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        if (event.url.startsWith(ANSWER_URL_PREFIX)) {
          this.settle.opened();
        }
      });
    // Leaving the desk otherwise drops what has not settled yet.
    inject(DestroyRef).onDestroy(() => this.settle.cancel());
  }

  protected onDocumentKeydown(event: KeyboardEvent): void {
    if (isFocusSearchShortcut(event)) {
      event.preventDefault();
      this.searchPage().focus();
    }
  }

  protected missingTopicFor(query: string): MissingTopicState {
    const current = this.missingTopic();
    return current.query === query ? current.state : 'idle';
  }

  protected reportMissingTopic(criteria: SearchCriteria): void {
    const query = criteria.q.trim();
    if (!query || this.missingTopicFor(query) === 'sending') {
      return;
    }
    this.missingTopic.set({ query, state: 'sending', message: '' });
    this.usage.reportMissingTopic(query).subscribe({
      next: () =>
        this.missingTopic.set({
          query,
          state: 'sent',
          message: `Danke! „${query}“ ist als fehlendes Thema an die Redaktion gemeldet.`,
        }),
      error: (error: unknown) =>
        this.missingTopic.set({
          query,
          state: 'error',
          message: `Die Meldung wurde nicht gesendet. ${toApiProblem(error).message}`,
        }),
    });
  }
}
