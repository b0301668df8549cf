import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LebenslagePublic,
  LebenslageWrite,
  SachgebietStaff,
  SachgebietWrite,
  StandortStaff,
  StandortWrite,
} from '@auskunft/contracts';
import { type Observable, map } from 'rxjs';

/**
 * The catalog as staff see it (internal fields included) and its maintenance
 * by admins. Deleting an entry still in use answers 409.
 */
@Injectable({ providedIn: 'root' })
export class CatalogAdminApi {
  private readonly http = inject(HttpClient);

  sachgebiete(): Observable<SachgebietStaff[]> {
    return this.http.get<SachgebietStaff[]>('/api/v1/sachgebiete');
  }

  createSachgebiet(body: SachgebietWrite): Observable<SachgebietStaff> {
    return this.http.post<SachgebietStaff>('/api/v1/sachgebiete', body);
  }

  updateSachgebiet(
    id: string,
    body: Partial<SachgebietWrite>,
  ): Observable<SachgebietStaff> {
    return this.http.patch<SachgebietStaff>(entryUrl('sachgebiete', id), body);
  }

  deleteSachgebiet(id: string): Observable<void> {
    return this.remove('sachgebiete', id);
  }

  standorte(): Observable<StandortStaff[]> {
    return this.http.get<StandortStaff[]>('/api/v1/standorte');
  }

  createStandort(body: StandortWrite): Observable<StandortStaff> {
    return this.http.post<StandortStaff>('/api/v1/standorte', body);
  }

  updateStandort(
    id: string,
    body: Partial<StandortWrite>,
  ): Observable<StandortStaff> {
    return this.http.patch<StandortStaff>(entryUrl('standorte', id), body);
  }

  deleteStandort(id: string): Observable<void> {
    return this.remove('standorte', id);
  }

  lebenslagen(): Observable<LebenslagePublic[]> {
    return this.http.get<LebenslagePublic[]>('/api/v1/lebenslagen');
  }

  createLebenslage(body: LebenslageWrite): Observable<LebenslagePublic> {
    return this.http.post<LebenslagePublic>('/api/v1/lebenslagen', body);
  }

  updateLebenslage(
    id: string,
    body: Partial<LebenslageWrite>,
  ): Observable<LebenslagePublic> {
    return this.http.patch<LebenslagePublic>(entryUrl('lebenslagen', id), body);
  }

  deleteLebenslage(id: string): Observable<void> {
    return this.remove('lebenslagen', id);
  }

  private remove(collection: string, id: string): Observable<void> {
    return this.http
      .delete<unknown>(entryUrl(collection, id))
      .pipe(map(() => undefined));
  }
}

function entryUrl(collection: string, id: string): string {
  return `/api/v1/${collection}/${encodeURIComponent(id)}`;
}
