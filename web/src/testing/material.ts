import type { Provider } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

/** Dialogs and snack bars open and close at once, so specs need not wait for animations. */
export function provideNoMaterialAnimations(): Provider {
  return {
    provide: MATERIAL_ANIMATIONS,
    useValue: { animationsDisabled: true },
  };
}

/** The open dialog (rendered in the overlay container, outside the fixture). */
export function openDialog(): HTMLElement | null {
  return document.querySelector<HTMLElement>('mat-dialog-container');
}

/** Texts of the snack bars currently shown (their message, without the action). */
export function snackBarTexts(): string[] {
  const labels = Array.from(
    document.querySelectorAll('simple-snack-bar [matsnackbarlabel]'),
  );
  // Material marks the host as a label as well; only the innermost one is the message.
  return labels
    .filter((label) => !label.querySelector('[matsnackbarlabel]'))
    .map((label) => (label.textContent ?? '').replace(/\s+/g, ' ').trim());
}
