import { type AbstractControl, FormControl } from '@angular/forms';
import { germanServerMessage } from './server-messages';

/**
 * Puts the server's messages, in German, on the fields they name
 * ("openingHours.mon.0.from" addresses nested groups and arrays). Returns the
 * messages no field took (unknown paths, or whole groups such as "openingHours",
 * which show no error of their own), so the form can show them in its alert region.
 */
export function applyServerErrors(
  form: AbstractControl,
  fields: Record<string, string[]>,
): string[] {
  const unplaced: string[] = [];
  for (const [path, english] of Object.entries(fields)) {
    const messages = english.map(germanServerMessage);
    const control = form.get(path);
    if (control instanceof FormControl) {
      control.setErrors({ ...control.errors, server: messages.join(' ') });
      control.markAsTouched();
    } else {
      unplaced.push(...messages);
    }
  }
  return unplaced;
}

/**
 * Moves focus to the first field in error, in reading order: invalid controls,
 * and fields Material shows in error because of their group (a time range
 * ending before it starts, overlapping ranges). Call after the errors rendered.
 */
export function focusFirstInvalid(root: HTMLElement): void {
  root
    .querySelector<HTMLElement>(
      [
        'input.ng-invalid',
        'textarea.ng-invalid',
        'mat-select.ng-invalid',
        'mat-radio-group.ng-invalid input',
        '[aria-invalid="true"]',
        '[data-form-error]',
      ].join(', '),
    )
    ?.focus();
}
