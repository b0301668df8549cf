import {
  Injectable,
  InjectionToken,
  type OnDestroy,
  inject,
} from '@angular/core';
import { UsageApi } from './usage-api';

/** How long results (or "Nichts gefunden") must stand unchanged to count as the caller's question. */
export const SEARCH_SETTLE_MS = 3000;

/** The settle time in use (SEARCH_SETTLE_MS; shorter in component tests of the wiring). */
export const SEARCH_SETTLE_DELAY = new InjectionToken<number>(
  'SEARCH_SETTLE_DELAY',
  { providedIn: 'root', factory: () => SEARCH_SETTLE_MS },
);

/** What the desk shows: the searched words and how many hits they found. */
export interface ShownResult {
  query: string;
  hits: number;
}

/** Same rule as the API: case and inner spacing do not make another query. */
function normalize(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
}

/**
 * Counts a desk search for the controlling figures only once it has settled.
 * The desk searches at every keystroke, so a request is not a question: a
 * query counts when the agent opens a result from it, or when its results (or
 * the nothing-found state) stand unchanged for SEARCH_SETTLE_MS. The same query
 * counts once in a row, so choosing a filter, loading more hits or coming back
 * from an answer to the same list does not count it again; another query on
 * screen or an emptied field lets it count again. Provided in root so
 * that memory survives the trip to the answer page. Counting never disturbs the
 * agent: a failed report is dropped.
 */
@Injectable({ providedIn: 'root' })
export class SearchSettle implements OnDestroy {
  private readonly usage = inject(UsageApi);
  private readonly delay = inject(SEARCH_SETTLE_DELAY);
  private pending: ShownResult | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The normalized query counted last; it does not count again until another query was counted or shown. */
  private counted: string | null = null;

  /** The desk shows a new state: results of a search, or none while loading, idle or failed. */
  shown(result: ShownResult | null): void {
    if (
      result &&
      this.pending &&
      normalize(result.query) === normalize(this.pending.query) &&
      result.hits === this.pending.hits
    ) {
      // Unchanged (e.g. the same answer again): the wait goes on.
      return;
    }
    this.cancel();
    if (!result || !/\S\S/.test(result.query)) {
      return;
    }
    const query = normalize(result.query);
    if (query === this.counted) {
      return;
    }
    // Another query is on screen: the one counted before may count again later.
    this.counted = null;
    this.pending = result;
    this.timer = setTimeout(() => this.settle(), this.delay);
  }

  /** The agent emptied the search field: the next caller's question counts anew, even if it is the same. */
  cleared(): void {
    this.cancel();
    this.counted = null;
  }

  /** The agent opened a result: the query on screen has settled now. */
  opened(): void {
    if (this.pending) {
      this.settle();
    }
  }

  /** The desk was left without opening a result: what was pending does not count. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = null;
  }

  ngOnDestroy(): void {
    this.cancel();
  }

  private settle(): void {
    const result = this.pending;
    this.cancel();
    if (!result) {
      return;
    }
    this.counted = normalize(result.query);
    this.usage
      .recordSearchQuery(result.query.trim(), result.hits)
      .subscribe({ error: () => undefined });
  }
}
