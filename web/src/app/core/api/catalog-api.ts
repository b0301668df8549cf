import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LebenslagePublic,
  SachgebietPublic,
  StandortPublic,
} from '@auskunft/contracts';
import type { Observable } from 'rxjs';

/** The public reference lists (Lebenslagen, Sachgebiete, Standorte) used for browsing. */
@Injectable({ providedIn: 'root' })
export class CatalogApi {
  private readonly http = inject(HttpClient);

  lebenslagen(): Observable<LebenslagePublic[]> {
    return this.http.get<LebenslagePublic[]>('/api/v1/public/lebenslagen');
  }

  sachgebiete(): Observable<SachgebietPublic[]> {
    return this.http.get<SachgebietPublic[]>('/api/v1/public/sachgebiete');
  }

  standorte(): Observable<StandortPublic[]> {
    return this.http.get<StandortPublic[]>('/api/v1/public/standorte');
  }
}
