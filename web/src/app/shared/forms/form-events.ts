import { ChangeDetectorRef, type Signal, inject } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { switchMap } from 'rxjs';

/**
 * For OnPush components that render part of a form they received as an input:
 * a parent marking everything touched on submit, or a sibling changing the
 * validity, does not pass through their template. Re-check on every event of
 * that control. Call in an injection context (constructor or field initializer).
 */
export function checkOnFormEvents(control: Signal<AbstractControl>): void {
  const changeDetector = inject(ChangeDetectorRef);
  toObservable(control)
    .pipe(
      switchMap((current) => current.events),
      takeUntilDestroyed(),
    )
    .subscribe(() => changeDetector.markForCheck());
}
