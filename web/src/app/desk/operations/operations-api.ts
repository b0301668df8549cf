import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ContactEntry, ContactWrite } from '@auskunft/contracts';
import type { Observable } from 'rxjs';

/** Service-center operations at the desk: the contact log. */
@Injectable({ providedIn: 'root' })
export class OperationsApi {
  private readonly http = inject(HttpClient);

  logContact(body: ContactWrite): Observable<ContactEntry> {
    return this.http.post<ContactEntry>('/api/v1/contacts', body);
  }
}
