import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  type EnvironmentProviders,
  Injectable,
  computed,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  signal,
} from '@angular/core';
import {
  type LoginRequest,
  type Permission,
  type SessionUser,
  hasPermission,
  mayActOnSachgebiet,
} from '@auskunft/contracts';
import {
  type Observable,
  catchError,
  firstValueFrom,
  map,
  of,
  tap,
  throwError,
} from 'rxjs';

/** Everything under this prefix is about the session itself, never a staff resource. */
export const AUTH_API = '/api/v1/auth';

/**
 * Who is signed in. The session cookie is httpOnly, so the browser cannot read it:
 * the user is known from /auth/me at start-up and from the login answer, and
 * forgotten on logout or when a staff endpoint answers 401.
 *
 * `can()` and `canOnSachgebiet()` read the `user` signal, so templates and
 * `computed()`s that call them update when the user changes. The decisions
 * come from the shared permission map in `@auskunft/contracts`, the same the API enforces.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly current = signal<SessionUser | null>(null);

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);

  /** Asks the server once at start-up; any failure simply means "signed out". */
  async load(): Promise<void> {
    const user = await firstValueFrom(
      this.http
        .get<SessionUser>(`${AUTH_API}/me`)
        .pipe(catchError(() => of(null))),
    );
    this.current.set(user);
  }

  login(credentials: LoginRequest): Observable<SessionUser> {
    return this.http
      .post<SessionUser>(`${AUTH_API}/login`, credentials)
      .pipe(tap((user) => this.current.set(user)));
  }

  /**
   * Ends the session on the server. The user is forgotten only once the server
   * confirms (or says there was no session): the cookie is out of our reach, so
   * forgetting it locally after a failed request would sign the person back in on reload.
   */
  logout(): Observable<void> {
    return this.http.post<unknown>(`${AUTH_API}/logout`, null).pipe(
      map(() => undefined),
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 401
          ? of(undefined)
          : throwError(() => error),
      ),
      tap(() => this.current.set(null)),
    );
  }

  /** Forgets the user locally, e.g. after the server answered 401 (session expired). */
  clear(): void {
    this.current.set(null);
  }

  can(permission: Permission): boolean {
    return hasPermission(this.current(), permission);
  }

  canOnSachgebiet(
    permission: Permission,
    sachgebietCode: string | null | undefined,
  ): boolean {
    return mayActOnSachgebiet(this.current(), permission, sachgebietCode);
  }
}

/** Asks for the session before the first navigation, so guards know who is there. */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => inject(AuthService).load()),
  ]);
}
