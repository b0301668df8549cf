import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SearchHit, SearchResponse } from '@auskunft/contracts';
import {
  type Observable,
  forkJoin,
  map,
  of,
  shareReplay,
  switchMap,
} from 'rxjs';

/** The public search answers at most this many hits per request. */
const PAGE_SIZE = 100;
const SEARCH_URL = '/api/v1/public/search';

export interface DirectoryFilter {
  lebenslage?: string;
  sachgebiet?: string;
}

const collator = new Intl.Collator('de-DE', { sensitivity: 'base' });

/** Sorted as a German index: "Ä" with "A", case ignored. */
export function byTitle(a: SearchHit, b: SearchHit): number {
  return collator.compare(a.title, b.title);
}

/** Index letter of a title: umlauts under their base letter, digits under "0–9". */
export function indexLetter(title: string): string {
  const first = title
    .trim()
    .charAt(0)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase();
  if (/[A-Z]/.test(first)) {
    return first;
  }
  return /\d/.test(first) ? '0–9' : '#';
}

/**
 * Every published, currently valid Leistung from the public search (the public
 * index holds public fields only), for A–Z and browsing by Lebenslage or Sachgebiet.
 */
@Injectable({ providedIn: 'root' })
export class PublicDirectory {
  private readonly http = inject(HttpClient);
  private everything: Observable<SearchHit[]> | undefined;

  /** All Leistungen, alphabetically; loaded once per visit. */
  all(): Observable<SearchHit[]> {
    this.everything ??= this.list({}).pipe(shareReplay(1));
    return this.everything;
  }

  /** The Leistungen of one Lebenslage or Sachgebiet, alphabetically. */
  list(filter: DirectoryFilter): Observable<SearchHit[]> {
    return this.page(filter, 0).pipe(
      switchMap((first) => {
        const offsets: number[] = [];
        for (
          let offset = PAGE_SIZE;
          offset < Math.min(first.total, 1000);
          offset += PAGE_SIZE
        ) {
          offsets.push(offset);
        }
        const rest = offsets.map((offset) => this.page(filter, offset));
        return (rest.length ? forkJoin(rest) : of([])).pipe(
          map((pages) =>
            [first, ...pages].flatMap((response) => response.hits),
          ),
        );
      }),
      map((hits) => [...hits].sort(byTitle)),
    );
  }

  private page(
    filter: DirectoryFilter,
    offset: number,
  ): Observable<SearchResponse> {
    let params = new HttpParams().set('limit', PAGE_SIZE).set('offset', offset);
    if (filter.lebenslage) {
      params = params.set('lebenslage', filter.lebenslage);
    }
    if (filter.sachgebiet) {
      params = params.set('sachgebiet', filter.sachgebiet);
    }
    return this.http.get<SearchResponse>(SEARCH_URL, { params });
  }
}
