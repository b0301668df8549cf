import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LeistungContent,
  LeistungCreate,
  LeistungStaff,
  Revision,
  RevisionComparison,
  RevisionSummary,
  WorkingCopyWrite,
} from '@auskunft/contracts';
import { type Observable, catchError, of, throwError } from 'rxjs';

const LEISTUNGEN = '/api/v1/leistungen';

function leistungUrl(id: string): string {
  return `${LEISTUNGEN}/${encodeURIComponent(id)}`;
}

/**
 * The editorial workflow of one Leistung: its working copy (save, submit,
 * release, reject, discard), its revisions and the review actions on the live content.
 */
@Injectable({ providedIn: 'root' })
export class WorkflowApi {
  private readonly http = inject(HttpClient);

  /** A new Leistung starts as a draft with revision 1 (and its note, if any) as its working copy. */
  create(
    content: Partial<LeistungContent>,
    changeNote = '',
  ): Observable<LeistungStaff> {
    const body: LeistungCreate = changeNote
      ? { ...content, changeNote }
      : content;
    return this.http.post<LeistungStaff>(LEISTUNGEN, body);
  }

  /** The open working copy, or null when there is none (the API answers 404). */
  workingCopy(id: string): Observable<Revision | null> {
    return this.http
      .get<Revision>(`${leistungUrl(id)}/working-copy`)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 404
            ? of(null)
            : throwError(() => error),
        ),
      );
  }

  /** Without `version` the API starts a new working copy from the live content. */
  save(id: string, body: WorkingCopyWrite): Observable<Revision> {
    return this.http.put<Revision>(`${leistungUrl(id)}/working-copy`, body);
  }

  submit(id: string, comment?: string): Observable<RevisionSummary> {
    return this.transition(id, 'submit', comment);
  }

  release(id: string, comment?: string): Observable<RevisionSummary> {
    return this.transition(id, 'release', comment);
  }

  reject(id: string, comment: string): Observable<RevisionSummary> {
    return this.transition(id, 'reject', comment);
  }

  discard(id: string): Observable<void> {
    return this.http.delete<void>(`${leistungUrl(id)}/working-copy`);
  }

  /** Newest first. */
  revisions(id: string): Observable<RevisionSummary[]> {
    return this.http.get<RevisionSummary[]>(`${leistungUrl(id)}/revisions`);
  }

  revision(id: string, number: number): Observable<Revision> {
    return this.http.get<Revision>(`${leistungUrl(id)}/revisions/${number}`);
  }

  compare(
    id: string,
    from: number,
    to: number,
  ): Observable<RevisionComparison> {
    return this.http.get<RevisionComparison>(
      `${leistungUrl(id)}/revisions/compare`,
      { params: { from, to } },
    );
  }

  /** Starts a new working copy from an old revision. */
  restore(id: string, number: number): Observable<Revision> {
    return this.http.post<Revision>(
      `${leistungUrl(id)}/revisions/${number}/restore`,
      null,
    );
  }

  /** "Noch aktuell": the content stays, the review date moves on. */
  confirm(id: string): Observable<LeistungStaff> {
    return this.http.post<LeistungStaff>(`${leistungUrl(id)}/confirm`, null);
  }

  archive(id: string): Observable<LeistungStaff> {
    return this.http.post<LeistungStaff>(`${leistungUrl(id)}/archive`, null);
  }

  private transition(
    id: string,
    action: 'submit' | 'release' | 'reject',
    comment: string | undefined,
  ): Observable<RevisionSummary> {
    const trimmed = comment?.trim();
    return this.http.post<RevisionSummary>(
      `${leistungUrl(id)}/working-copy/${action}`,
      trimmed ? { comment: trimmed } : {},
    );
  }
}
