import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { TopLeistungen } from '@auskunft/contracts';
import { catchError, map, of } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import type { SearchCriteria } from '../core/api/search-criteria';
import { leistungLink } from '../paths';
import { SearchPage } from '../shared/search/search-page';
import { broadenings } from './broaden-query';
import { isFocusSearchShortcut } from './desk-shortcuts';
import { ContactLog } from './operations/contact-log';
import { RecentLeistungen } from './recent-leistungen';
import { UsageApi } from './usage-api';

/**
 * Typing intervals are 100–200 ms, so a longer pause saves few requests but adds
 * its full length to every answer (measured: 60 ms gave p95 165 ms keystroke →
 * results, see docs/benchmarks.md). 25 ms only merges bursts (paste, auto-repeat);
 * switchMap cancels whatever a newer keystroke supersedes.
 */
export const DESK_SEARCH_DEBOUNCE_MS = 25;

type MissingTopicState = 'idle' | 'sending' | 'sent' | 'error';

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
