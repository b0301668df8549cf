import { Injectable, inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';

/** A page that can tell whether leaving it would lose the user's input. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving; a service, so specs can answer instead of a blocking browser dialog. */
@Injectable({ providedIn: 'root' })
export class LeaveConfirmation {
  confirm(message: string): boolean {
    return window.confirm(message);
  }
}

export const UNSAVED_CHANGES_MESSAGE =
  'Sie haben ungespeicherte Änderungen. Wenn Sie die Seite verlassen, gehen sie verloren. Trotzdem verlassen?';

/** Keeps people on a page with unsaved changes unless they confirm leaving. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (page) =>
  !page.hasUnsavedChanges() ||
  inject(LeaveConfirmation).confirm(UNSAVED_CHANGES_MESSAGE);
