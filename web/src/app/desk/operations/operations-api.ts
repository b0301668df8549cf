import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ContactEntry,
  ContactWrite,
  Forwarding,
  ForwardingStatus,
  ForwardingWrite,
} from '@auskunft/contracts';
import type { Observable } from 'rxjs';

/** Service-center operations at the desk: contact log and Weiterleitungen. */
@Injectable({ providedIn: 'root' })
export class OperationsApi {
  private readonly http = inject(HttpClient);

  logContact(body: ContactWrite): Observable<ContactEntry> {
    return this.http.post<ContactEntry>('/api/v1/contacts', body);
  }

  forward(body: ForwardingWrite): Observable<Forwarding> {
    return this.http.post<Forwarding>('/api/v1/forwardings', body);
  }

  forwardings(status?: ForwardingStatus): Observable<Forwarding[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    return this.http.get<Forwarding[]>('/api/v1/forwardings', { params });
  }

  markAnswered(id: string): Observable<Forwarding> {
    return this.http.post<Forwarding>(
      `/api/v1/forwardings/${encodeURIComponent(id)}/answered`,
      {},
    );
  }
}
