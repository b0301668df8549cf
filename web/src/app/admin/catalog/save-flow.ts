import {
  DestroyRef,
  ElementRef,
  Injector,
  type Signal,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { Observable } from 'rxjs';
import { toFormProblem } from '../../core/api/form-problem';
import {
  applyServerErrors,
  focusFirstInvalid,
} from '../../shared/forms/form-errors';

export interface SaveFlow {
  busy: Signal<boolean>;
  /** One sentence for the form's alert region; field problems sit at the fields. */
  problem: Signal<string>;
  save<T>(request: () => Observable<T>, done: SaveDone<T>): void;
}

export interface SaveDone<T> {
  /** Announced after saving, e.g. "Sachgebiet „32.1“ gespeichert." */
  message: (saved: T) => string;
  /** Where to go afterwards, usually the list. */
  link: string[];
}

/**
 * Saving a catalog form: check it first (errors at the fields, focus on the
 * first), then send once, then announce and return to the list. A 409 means
 * the identifying field (`keyField`: code, key or slug) is taken.
 * Call from a component's field initializer.
 */
export function saveFlow(form: AbstractControl, keyField: string): SaveFlow {
  const router = inject(Router);
  const snackBar = inject(MatSnackBar);
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const injector = inject(Injector);
  const destroyRef = inject(DestroyRef);
  const busy = signal(false);
  const problem = signal('');

  function afterRender(work: () => void): void {
    afterNextRender(work, { injector });
  }
  const focusInvalid = () =>
    afterRender(() => focusFirstInvalid(host.nativeElement));
  const showMessage = (message: string) => {
    problem.set(message);
    afterRender(() =>
      host.nativeElement.querySelector<HTMLElement>('.problem')?.focus(),
    );
  };

  function fail(error: unknown): void {
    const found = toFormProblem(error);
    switch (found.kind) {
      case 'conflict': {
        const key = form.get(keyField);
        key?.setErrors({ ...key.errors, taken: true });
        key?.markAsTouched();
        focusInvalid();
        return;
      }
      case 'fields': {
        const unplaced = applyServerErrors(form, found.fields);
        if (unplaced.length) {
          showMessage(`Bitte prüfen Sie die Angaben. ${unplaced.join(' ')}`);
        } else {
          focusInvalid();
        }
        return;
      }
      case 'message':
        showMessage(found.message);
        return;
    }
  }

  return {
    busy,
    problem,
    save(request, done) {
      if (busy()) {
        return;
      }
      problem.set('');
      if (form.invalid) {
        form.markAllAsTouched();
        focusInvalid();
        return;
      }
      busy.set(true);
      request()
        .pipe(takeUntilDestroyed(destroyRef))
        .subscribe({
          next: (saved) => {
            snackBar.open(done.message(saved), 'OK', { duration: 6000 });
            void router.navigate(done.link).finally(() => busy.set(false));
          },
          error: (error: unknown) => {
            busy.set(false);
            fail(error);
          },
        });
    },
  };
}
