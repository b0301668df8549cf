import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Role, UserSummary } from '@auskunft/contracts';
import type { Observable } from 'rxjs';

/** Body of POST /api/v1/users. */
export interface UserCreate {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  /** Sachgebiet codes; only meaningful for editors. */
  sachgebiete: string[];
}

/** Body of PATCH /api/v1/users/:id; the username cannot change. */
export interface UserUpdate {
  displayName?: string;
  password?: string;
  role?: Role;
  sachgebiete?: string[];
  active?: boolean;
}

/** The server's password rule, checked in the form before a round trip. */
export const MIN_PASSWORD_LENGTH = 10;

/** Staff accounts (admins only). */
@Injectable({ providedIn: 'root' })
export class UserApi {
  private readonly http = inject(HttpClient);

  list(): Observable<UserSummary[]> {
    return this.http.get<UserSummary[]>('/api/v1/users');
  }

  create(user: UserCreate): Observable<UserSummary> {
    return this.http.post<UserSummary>('/api/v1/users', user);
  }

  update(id: string, changes: UserUpdate): Observable<UserSummary> {
    return this.http.patch<UserSummary>(
      `/api/v1/users/${encodeURIComponent(id)}`,
      changes,
    );
  }
}
