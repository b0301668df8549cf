import { HttpErrorResponse } from '@angular/common/http';
import { type Signal, computed } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type Observable, map, switchMap } from 'rxjs';
import type { ApiProblem } from '../../core/api/api-problem';
import { type LoadState, toLoadState } from '../../core/api/load-state';

export interface LoadedForm<T> {
  loading: Signal<boolean>;
  problem: Signal<ApiProblem | null>;
  /** The entry being edited; null for a new one (and while loading). */
  entry: Signal<T | null>;
}

/**
 * Loads what a catalog form needs for the route's id (undefined on "neu"):
 * the lists come whole, as there are no single-entry endpoints, and the
 * entry is picked by id. `fill` puts the entry (or null) into the form once.
 * Call from a component's field initializer.
 */
export function loadForForm<T extends { id: string }, L>(
  id: Signal<string | undefined>,
  lists: Observable<L>,
  pick: (lists: L) => readonly T[],
  fill: (entry: T | null, lists: L) => void,
): LoadedForm<T> {
  const state = toSignal(
    toObservable(id).pipe(
      switchMap((wanted) =>
        toLoadState(
          lists.pipe(
            map((loaded) => {
              const entry = wanted
                ? (pick(loaded).find((known) => known.id === wanted) ?? null)
                : null;
              if (wanted && !entry) {
                throw new HttpErrorResponse({ status: 404 });
              }
              fill(entry, loaded);
              return entry;
            }),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<T | null> },
  );
  return {
    loading: computed(() => state().status === 'loading'),
    problem: computed(() => {
      const current = state();
      return current.status === 'error' ? current.problem : null;
    }),
    entry: computed(() => {
      const current = state();
      return current.status === 'loaded' ? current.value : null;
    }),
  };
}

/** The server's rule for keys and slugs: lower-case words joined by single hyphens. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Optional text fields: trimmed, and left out when empty (the API rejects "" as an e-mail or postal code). */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}
