import {
  DestroyRef,
  ElementRef,
  Injector,
  type Signal,
  type WritableSignal,
  afterNextRender,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type Observable, filter, switchMap } from 'rxjs';
import type { ApiProblem } from '../../core/api/api-problem';
import { toFormProblem } from '../../core/api/form-problem';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { confirmAction } from '../../shared/dialogs/confirm-dialog';

export interface CatalogList<T> {
  loading: Signal<boolean>;
  loadProblem: Signal<ApiProblem | null>;
  entries: WritableSignal<T[]>;
  /** Why the last delete failed; shown in the page's alert region. */
  deleteProblem: Signal<string>;
  remove(entry: T, name: string, request: Observable<void>): void;
}

/**
 * State of a catalog list page: the entries, and deleting one after asking.
 * An entry still in use answers 409; `inUseMessage` explains that in the
 * words of the page. Call from a component's field initializer.
 */
export function catalogList<T extends { id: string }>(
  load: Observable<T[]>,
  compare: (a: T, b: T) => number,
  inUseMessage: (name: string) => string,
): CatalogList<T> {
  const dialog = inject(MatDialog);
  const snackBar = inject(MatSnackBar);
  const destroyRef = inject(DestroyRef);
  const injector = inject(Injector);
  const host = inject<ElementRef<HTMLElement>>(ElementRef);

  const state = toSignal(toLoadState(load), {
    initialValue: { status: 'loading' } as LoadState<T[]>,
  });
  const entries = linkedSignal(() => {
    const current = state();
    return current.status === 'loaded' ? [...current.value].sort(compare) : [];
  });
  const deleteProblem = signal('');

  /** The removed row took the focused button with it; the list itself is next best. */
  function focusLater(selector: string): void {
    afterNextRender(
      () => host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector },
    );
  }

  return {
    loading: computed(() => state().status === 'loading'),
    loadProblem: computed(() => {
      const current = state();
      return current.status === 'error' ? current.problem : null;
    }),
    entries,
    deleteProblem,
    remove(entry, name, request) {
      deleteProblem.set('');
      confirmAction(dialog, {
        title: `„${name}“ löschen?`,
        message:
          'Der Eintrag wird endgültig gelöscht. Das lässt sich nicht rückgängig machen.',
        confirmLabel: 'Löschen',
      })
        .pipe(
          filter(Boolean),
          switchMap(() => request),
          takeUntilDestroyed(destroyRef),
        )
        .subscribe({
          next: () => {
            entries.update((list) =>
              list.filter((known) => known.id !== entry.id),
            );
            snackBar.open(`„${name}“ wurde gelöscht.`, 'OK', {
              duration: 6000,
            });
            focusLater('.table-scroll, .tree');
          },
          error: (error: unknown) => {
            const problem = toFormProblem(error);
            deleteProblem.set(
              problem.kind === 'message' ? problem.message : inUseMessage(name),
            );
            focusLater('.problem');
          },
        });
    },
  };
}
