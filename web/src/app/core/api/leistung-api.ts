import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LeistungPublic, LeistungStaff } from '@auskunft/contracts';
import type { Observable } from 'rxjs';

/** One Leistung: citizens by slug, agents by id (with internal notes). */
@Injectable({ providedIn: 'root' })
export class LeistungApi {
  private readonly http = inject(HttpClient);

  getPublic(slug: string): Observable<LeistungPublic> {
    return this.http.get<LeistungPublic>(
      `/api/v1/public/leistungen/${encodeURIComponent(slug)}`,
    );
  }

  getStaff(id: string): Observable<LeistungStaff> {
    return this.http.get<LeistungStaff>(
      `/api/v1/leistungen/${encodeURIComponent(id)}`,
    );
  }
}
