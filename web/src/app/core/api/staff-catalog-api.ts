import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LebenslagePublic,
  SachgebietStaff,
  StandortStaff,
} from '@auskunft/contracts';
import type { Observable } from 'rxjs';

/** The reference lists for staff pickers, with the staff-only Sachgebiet data. */
@Injectable({ providedIn: 'root' })
export class StaffCatalogApi {
  private readonly http = inject(HttpClient);

  sachgebiete(): Observable<SachgebietStaff[]> {
    return this.http.get<SachgebietStaff[]>('/api/v1/sachgebiete');
  }

  standorte(): Observable<StandortStaff[]> {
    return this.http.get<StandortStaff[]>('/api/v1/standorte');
  }

  lebenslagen(): Observable<LebenslagePublic[]> {
    return this.http.get<LebenslagePublic[]>('/api/v1/lebenslagen');
  }
}
