import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEntry, Page } from '@auskunft/contracts';
import type { Observable } from 'rxjs';

export const AUDIT_FILTERS = [
  'entityType',
  'entityId',
  'action',
  'userName',
  'from',
  'to',
] as const;
export type AuditFilterName = (typeof AUDIT_FILTERS)[number];

/** What the audit log is narrowed to; empty strings mean "any". Dates are "YYYY-MM-DD". */
export type AuditFilter = Record<AuditFilterName, string>;

export const EMPTY_AUDIT_FILTER: AuditFilter = {
  entityType: '',
  entityId: '',
  action: '',
  userName: '',
  from: '',
  to: '',
};

export const AUDIT_PAGE_SIZE = 50;

const AUDIT_URL = '/api/v1/audit';

/** Only the filters that are set, trimmed; shared by the list request, the CSV link and the page URL. */
export function auditFilterParams(
  filter: Partial<AuditFilter>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of AUDIT_FILTERS) {
    const value = filter[name]?.trim();
    if (value) {
      params[name] = value;
    }
  }
  return params;
}

/** The CSV download of the same filtered log; a plain link, the session cookie goes along. */
export function auditExportUrl(filter: Partial<AuditFilter>): string {
  const query = new HttpParams({
    fromObject: auditFilterParams(filter),
  }).toString();
  return query ? `${AUDIT_URL}/export.csv?${query}` : `${AUDIT_URL}/export.csv`;
}

/** The audit log (admins): who changed what, when. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(
    filter: Partial<AuditFilter>,
    offset: number,
    limit = AUDIT_PAGE_SIZE,
  ): Observable<Page<AuditEntry>> {
    const params = new HttpParams({
      fromObject: { ...auditFilterParams(filter), limit, offset },
    });
    return this.http.get<Page<AuditEntry>>(AUDIT_URL, { params });
  }
}
