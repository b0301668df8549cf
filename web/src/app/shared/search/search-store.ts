import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { SearchFacets, SearchHit } from '@auskunft/contracts';
import {
  type Observable,
  Subject,
  catchError,
  debounce,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  timer,
} from 'rxjs';
import { type ApiProblem, toApiProblem } from '../../core/api/api-problem';
import { SearchApi } from '../../core/api/search-api';
import {
  EMPTY_CRITERIA,
  type SearchCriteria,
  isEmptyCriteria,
  sameCriteria,
} from '../../core/api/search-criteria';
import type { Audience } from '../../paths';

/** Long enough to skip the keystrokes of a word, short enough to feel instant on the phone. */
export const SEARCH_DEBOUNCE_MS = 150;
export const SEARCH_PAGE_SIZE = 20;

export type SearchStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface SearchState {
  status: SearchStatus;
  /** The search running or shown last; the URL mirrors it. */
  criteria: SearchCriteria;
  /** The search the visible hits belong to (differs from `criteria` while loading). */
  resultCriteria: SearchCriteria;
  hits: SearchHit[];
  total: number;
  facets: SearchFacets | null;
  degraded: boolean;
  problem: ApiProblem | null;
}

interface SearchRequest {
  criteria: SearchCriteria;
  offset: number;
  debounce: boolean;
  debounceMs: number;
  /** Repeat even if nothing changed (retry after an error). */
  force: boolean;
}

type StateUpdate = (state: SearchState) => SearchState;

const INITIAL_STATE: SearchState = {
  status: 'idle',
  criteria: EMPTY_CRITERIA,
  resultCriteria: EMPTY_CRITERIA,
  hits: [],
  total: 0,
  facets: null,
  degraded: false,
  problem: null,
};

/**
 * State of one search page. Provided per page component, so each area keeps
 * its own results. Typed queries are debounced; switchMap drops the answer
 * of a superseded request (and cancels it) so results never arrive out of order.
 */
@Injectable()
export class SearchStore {
  private readonly api = inject(SearchApi);
  private readonly requests = new Subject<SearchRequest>();
  private readonly state = signal<SearchState>(INITIAL_STATE);

  /** Which index to query; set by the page before its first search. */
  readonly audience = signal<Audience>('public');

  readonly status = computed(() => this.state().status);
  readonly criteria = computed(() => this.state().criteria);
  readonly resultCriteria = computed(() => this.state().resultCriteria);
  readonly hits = computed(() => this.state().hits);
  readonly total = computed(() => this.state().total);
  readonly facets = computed(() => this.state().facets);
  readonly degraded = computed(() => this.state().degraded);
  readonly problem = computed(() => this.state().problem);
  readonly hasMore = computed(
    () => this.state().hits.length < this.state().total,
  );

  constructor() {
    this.requests
      .pipe(
        debounce((request) =>
          request.debounce ? timer(request.debounceMs) : of(0),
        ),
        distinctUntilChanged(
          (previous, next) =>
            !next.force &&
            previous.offset === next.offset &&
            sameCriteria(previous.criteria, next.criteria),
        ),
        switchMap((request) => this.run(request)),
        takeUntilDestroyed(),
      )
      .subscribe((update) => this.state.update(update));
  }

  search(
    criteria: SearchCriteria,
    options: { debounce?: boolean; debounceMs?: number } = {},
  ): void {
    this.requests.next({
      criteria,
      offset: 0,
      debounce: options.debounce ?? false,
      debounceMs: options.debounceMs ?? SEARCH_DEBOUNCE_MS,
      force: false,
    });
  }

  loadMore(): void {
    const { resultCriteria, hits } = this.state();
    this.requests.next({
      criteria: resultCriteria,
      offset: hits.length,
      debounce: false,
      debounceMs: 0,
      force: false,
    });
  }

  retry(): void {
    this.requests.next({
      criteria: this.state().criteria,
      offset: 0,
      debounce: false,
      debounceMs: 0,
      force: true,
    });
  }

  private run(request: SearchRequest): Observable<StateUpdate> {
    const { criteria, offset } = request;
    if (isEmptyCriteria(criteria)) {
      return of(() => ({
        ...INITIAL_STATE,
        criteria,
        resultCriteria: criteria,
      }));
    }
    return this.api
      .search(this.audience(), criteria, { limit: SEARCH_PAGE_SIZE, offset })
      .pipe(
        map(
          (response): StateUpdate =>
            (state) => ({
              status: 'loaded',
              criteria,
              resultCriteria: criteria,
              hits:
                offset === 0
                  ? response.hits
                  : [...state.hits, ...response.hits],
              total: response.total,
              facets: response.facets,
              degraded: response.degraded,
              problem: null,
            }),
        ),
        catchError((error: unknown) =>
          of<StateUpdate>((state) => ({
            ...state,
            status: 'error',
            problem: toApiProblem(error),
          })),
        ),
        startWith<StateUpdate>((state) => ({
          ...state,
          status: 'loading',
          criteria,
        })),
      );
  }
}
