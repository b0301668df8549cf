import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { LEIKA_PATTERN, SLUG_PATTERN, URL_PATTERN } from './leistung-form';

const PATTERN_MESSAGES = new Map<string, string>([
  [String(LEIKA_PATTERN), 'Der LeiKa-Schlüssel besteht aus genau 14 Ziffern.'],
  [String(URL_PATTERN), 'Die Adresse muss mit http:// oder https:// beginnen.'],
  [
    String(SLUG_PATTERN),
    'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „fuehrerschein-umtauschen“.',
  ],
]);

/**
 * The German sentence for a control's first error. `label` names the field
 * in "… ist ein Pflichtfeld", so the message makes sense read on its own.
 */
export function validationMessage(
  errors: ValidationErrors | null,
  label: string,
): string {
  if (!errors) {
    return '';
  }
  if (errors['required']) {
    return `„${label}“ ist ein Pflichtfeld.`;
  }
  const maxLength = errors['maxlength'] as
    | { requiredLength: number; actualLength: number }
    | undefined;
  if (maxLength) {
    return `Höchstens ${maxLength.requiredLength} Zeichen (derzeit ${maxLength.actualLength}).`;
  }
  const pattern = errors['pattern'] as { requiredPattern: string } | undefined;
  if (pattern) {
    return (
      PATTERN_MESSAGES.get(pattern.requiredPattern) ??
      'Bitte einen Währungscode aus drei Großbuchstaben angeben, z. B. EUR.'
    );
  }
  if (errors['min']) {
    return 'Der Betrag darf nicht negativ sein.';
  }
  if (errors['amountOrder']) {
    return 'Der Höchstbetrag darf nicht kleiner als der Mindestbetrag sein.';
  }
  if (errors['dateOrder']) {
    return '„Gültig bis“ darf nicht vor „Gültig ab“ liegen.';
  }
  const server: unknown = errors['server'];
  return typeof server === 'string' ? server : 'Bitte prüfen Sie diese Angabe.';
}

/** `{{ control.errors | fieldError: 'Kurztext' }}`: pure, so it runs again only when the errors change. */
@Pipe({ name: 'fieldError' })
export class FieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null, label: string): string {
    return validationMessage(errors, label);
  }
}
