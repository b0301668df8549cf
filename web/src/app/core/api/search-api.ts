import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SearchResponse } from '@auskunft/contracts';
import type { Observable } from 'rxjs';
import type { Audience } from '../../paths';
import { SEARCH_FILTERS, type SearchCriteria } from './search-criteria';

export interface SearchPage {
  limit: number;
  offset: number;
}

const SEARCH_URLS: Record<Audience, string> = {
  public: '/api/v1/public/search',
  staff: '/api/v1/search',
};

/** Full-text search; the audience picks the index (staff may see internal notes). */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(
    audience: Audience,
    criteria: SearchCriteria,
    page: SearchPage,
  ): Observable<SearchResponse> {
    let params = new HttpParams()
      .set('limit', page.limit)
      .set('offset', page.offset);
    const query = criteria.q.trim();
    if (query) {
      params = params.set('q', query);
    }
    for (const filter of SEARCH_FILTERS) {
      const value = criteria[filter];
      if (value) {
        params = params.set(filter, value);
      }
    }
    return this.http.get<SearchResponse>(SEARCH_URLS[audience], { params });
  }
}
