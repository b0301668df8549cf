import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EditorDashboard,
  LeistungListItem,
  LeistungStatus,
  Page,
} from '@auskunft/contracts';
import type { Observable } from 'rxjs';

export interface LeistungListQuery {
  status: LeistungStatus | null;
  sachgebiet: string | null;
  limit: number;
  offset: number;
}

/** What the editors' start page shows: their to-do lists and the list of all Leistungen. */
@Injectable({ providedIn: 'root' })
export class EditorApi {
  private readonly http = inject(HttpClient);

  dashboard(): Observable<EditorDashboard> {
    return this.http.get<EditorDashboard>('/api/v1/editor/dashboard');
  }

  leistungen(query: LeistungListQuery): Observable<Page<LeistungListItem>> {
    let params = new HttpParams()
      .set('limit', query.limit)
      .set('offset', query.offset);
    if (query.status) {
      params = params.set('status', query.status);
    }
    if (query.sachgebiet) {
      params = params.set('sachgebiet', query.sachgebiet);
    }
    return this.http.get<Page<LeistungListItem>>('/api/v1/leistungen', {
      params,
    });
  }
}
