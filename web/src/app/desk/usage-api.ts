import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MissingTopic,
  MissingTopicWrite,
  SearchQueryRecord,
  TopLeistungen,
} from '@auskunft/contracts';
import type { Observable } from 'rxjs';

/** Aggregated desk usage: answer views per Leistung and day, topics agents found missing. */
@Injectable({ providedIn: 'root' })
export class UsageApi {
  private readonly http = inject(HttpClient);

  recordView(leistungId: string): Observable<void> {
    return this.http.post<void>(
      `/api/v1/usage/leistungen/${encodeURIComponent(leistungId)}/views`,
      {},
    );
  }

  topLeistungen(limit = 8): Observable<TopLeistungen> {
    const params = new HttpParams().set('days', 7).set('limit', limit);
    return this.http.get<TopLeistungen>('/api/v1/usage/top-leistungen', {
      params,
    });
  }

  reportMissingTopic(query: string): Observable<MissingTopic> {
    const body: MissingTopicWrite = { query };
    return this.http.post<MissingTopic>('/api/v1/usage/missing-topics', body);
  }

  /** A settled desk search (see SearchSettle): counted per query and day, no user. */
  recordSearchQuery(query: string, hits: number): Observable<void> {
    const body: SearchQueryRecord = { query, hits };
    return this.http.post<void>('/api/v1/usage/search-queries', body);
  }
}
