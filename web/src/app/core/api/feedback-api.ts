import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Feedback,
  FeedbackAnswer,
  FeedbackStatus,
  FeedbackWrite,
} from '@auskunft/contracts';
import type { Observable } from 'rxjs';

export interface FeedbackQuery {
  status?: FeedbackStatus;
  /** Only reports the signed-in user wrote. */
  mine?: boolean;
  leistungId?: string;
}

/**
 * Agents' reports on Leistungen and the editors' answers. The server scopes
 * the list: admins see all, editors their Sachgebiete and their own, agents their own.
 */
@Injectable({ providedIn: 'root' })
export class FeedbackApi {
  private readonly http = inject(HttpClient);

  create(leistungId: string, body: FeedbackWrite): Observable<Feedback> {
    return this.http.post<Feedback>(
      `/api/v1/leistungen/${encodeURIComponent(leistungId)}/feedback`,
      body,
    );
  }

  list(query: FeedbackQuery = {}): Observable<Feedback[]> {
    let params = new HttpParams();
    if (query.status) {
      params = params.set('status', query.status);
    }
    if (query.mine) {
      params = params.set('mine', 'true');
    }
    if (query.leistungId) {
      params = params.set('leistungId', query.leistungId);
    }
    return this.http.get<Feedback[]>('/api/v1/feedback', { params });
  }

  answer(id: string, answer: string): Observable<Feedback> {
    const body: FeedbackAnswer = { answer };
    return this.http.post<Feedback>(
      `/api/v1/feedback/${encodeURIComponent(id)}/answer`,
      body,
    );
  }
}
