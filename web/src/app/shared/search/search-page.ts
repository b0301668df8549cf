import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  LOCALE_ID,
  type OnInit,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  type TemplateRef,
  untracked,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import type { SearchHit } from '@auskunft/contracts';
import { map } from 'rxjs';
import {
  EMPTY_CRITERIA,
  type SearchCriteria,
  type SearchFilter,
  criteriaFromParams,
  criteriaToParams,
  hasActiveFilter,
  isEmptyCriteria,
  sameCriteria,
} from '../../core/api/search-criteria';
import { LastSearch } from '../../core/last-search';
import { type Audience, leistungLink } from '../../paths';
import { resultCountMessage } from './result-count-message';
import { SearchBox } from './search-box';
import {
  type FilterChange,
  SearchFacets,
  facetValuesOf,
} from './search-facets';
import { SearchResults } from './search-results';
import { SEARCH_DEBOUNCE_MS, SearchStore } from './search-store';

/** What a page's own "no hits" template gets: the search that found nothing, and a way to search again. */
export interface NoHitsContext {
  $implicit: SearchCriteria;
  search: (criteria: SearchCriteria) => void;
}

const DEFAULT_FACET_FILTERS: readonly SearchFilter[] = [
  'lebenslage',
  'sachgebiet',
];

/**
 * The search experience of both areas. The URL (?q=&lebenslage=…) is the
 * shareable state: reading it starts a search, and every search that runs
 * is written back to it. Projected content is shown while nothing is searched.
 */
@Component({
  selector: 'app-search-page',
  imports: [
    SearchBox,
    SearchResults,
    SearchFacets,
    MatButtonModule,
    NgTemplateOutlet,
  ],
  providers: [SearchStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.html',
  styleUrl: './search-page.scss',
})
export class SearchPage implements OnInit {
  readonly audience = input.required<Audience>();
  readonly label = input.required<string>();
  readonly hint = input('');
  /** Facet chips offered, in this order. */
  readonly facetFilters = input<readonly SearchFilter[]>(DEFAULT_FACET_FILTERS);
  /** Pause after the last keystroke before a live search runs. */
  readonly debounceMs = input(SEARCH_DEBOUNCE_MS);
  /**
   * Filters folded into one "Filter" line above the results (the desk at half a
   * screen), instead of a column that pushes the results below the fold.
   */
  readonly collapsibleFilters = input(false);
  /** Replaces the generic "Keine Treffer" advice, e.g. with the desk's suggestions. */
  readonly noHitsTemplate = input<TemplateRef<NoHitsContext> | null>(null);

  protected readonly store = inject(SearchStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly locale = inject(LOCALE_ID);
  private readonly lastSearch = inject(LastSearch);

  private readonly searchBox = viewChild.required(SearchBox);
  private readonly results = viewChild(SearchResults);

  /** What is in the field right now, possibly not searched yet. */
  protected readonly queryText = signal('');
  /** Agents search while typing; citizens submit, so screen readers are not flooded. */
  protected readonly live = computed(() => this.audience() === 'staff');
  protected readonly idle = computed(() => this.store.status() === 'idle');
  protected readonly filtered = computed(() =>
    hasActiveFilter(this.store.criteria()),
  );
  /** An empty Filter column would only confuse; keep it while a filter can be reset. */
  protected readonly showFilters = computed(() => {
    const facets = this.store.facets();
    const offered =
      !!facets &&
      this.facetFilters().some(
        (filter) => facetValuesOf(facets, filter).length > 0,
      );
    return offered || this.filtered();
  });
  protected readonly activeFilterCount = computed(() => {
    const criteria = this.store.criteria();
    return [criteria.lebenslage, criteria.sachgebiet, criteria.standort].filter(
      (value) => value !== null,
    ).length;
  });
  protected readonly noHitsContext = computed<NoHitsContext>(() => ({
    $implicit: this.store.resultCriteria(),
    search: (criteria) => {
      this.queryText.set(criteria.q);
      this.store.search(criteria);
      this.focus();
    },
  }));
  /** What the page shows, read by the desk to count settled searches. */
  readonly shown = computed(() => ({
    status: this.store.status(),
    query: this.store.resultCriteria().q,
    hits: this.store.total(),
  }));
  protected readonly noHits = computed(
    () => this.store.status() === 'loaded' && this.store.total() === 0,
  );

  protected readonly announcement = computed(() => {
    const status = this.store.status();
    const shown = this.store.resultCriteria();
    if (status === 'idle') {
      return '';
    }
    if (status === 'error') {
      return this.store.problem()?.message ?? '';
    }
    if (status === 'loading' && isEmptyCriteria(shown)) {
      return 'Suche läuft …';
    }
    // While a follow-up search runs, the previous count stays: it describes what is on screen.
    return resultCountMessage(this.store.total(), shown, this.locale);
  });

  constructor() {
    effect(() => {
      const criteria = this.store.criteria();
      untracked(() => {
        this.lastSearch.remember(this.audience(), criteriaToParams(criteria));
        this.writeUrl(criteria);
      });
    });
    afterNextRender(() => {
      // Agents start typing the moment a call comes in.
      if (this.live()) {
        this.searchBox().focus();
      }
    });
  }

  ngOnInit(): void {
    this.store.audience.set(this.audience());
    this.route.queryParamMap
      .pipe(map(criteriaFromParams), takeUntilDestroyed(this.destroyRef))
      .subscribe((criteria) => this.readUrl(criteria));
  }

  protected onQueryChange(query: string): void {
    if (this.live()) {
      this.store.search(
        { ...this.store.criteria(), q: query },
        { debounce: true, debounceMs: this.debounceMs() },
      );
    }
  }

  protected onSubmit(query: string): void {
    this.store.search({ ...this.store.criteria(), q: query });
  }

  protected onFilterChange(change: FilterChange): void {
    this.store.search({
      ...this.store.criteria(),
      q: this.queryText(),
      [change.filter]: change.value,
    });
  }

  protected resetFilters(): void {
    this.store.search({ ...EMPTY_CRITERIA, q: this.queryText() });
  }

  protected open(hit: SearchHit): void {
    void this.router.navigate(leistungLink(this.audience(), hit));
  }

  protected focusResults(): void {
    this.results()?.focusResult(0);
  }

  protected focusSearchBox(): void {
    this.focus();
  }

  /** Puts the cursor in the search field (the desk's "/" and Ctrl+K). */
  focus(): void {
    this.searchBox().focus();
  }

  private readUrl(criteria: SearchCriteria): void {
    // Our own URL update echoes back here; ignoring it keeps text typed meanwhile.
    if (sameCriteria(criteria, this.store.criteria())) {
      return;
    }
    this.queryText.set(criteria.q);
    this.store.search(criteria);
  }

  private writeUrl(criteria: SearchCriteria): void {
    if (
      sameCriteria(
        criteria,
        criteriaFromParams(this.route.snapshot.queryParamMap),
      )
    ) {
      return;
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: criteriaToParams(criteria),
      queryParamsHandling: 'merge',
      // Typing would otherwise leave one history entry per word.
      replaceUrl: this.live(),
    });
  }
}
