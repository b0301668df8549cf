import type { AbstractControl } from '@angular/forms';
import {
  CONTENT_FIELD_LABELS,
  type LeistungContent,
} from '@auskunft/contracts';
import type { LeistungForm } from './leistung-form';

/** One field the server refused, with the control it was put on (null if none matched). */
export interface ServerFieldError {
  path: string;
  label: string;
  message: string;
  control: AbstractControl | null;
}

const CONTENT_PREFIX = 'content.';

/** The API words its field messages for developers; editors read them in German. */
const GERMAN_MESSAGES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /should not be empty|must not be null/i,
    () => 'Dieses Feld darf nicht leer sein.',
  ],
  [/14 digits/i, () => 'Der LeiKa-Schlüssel besteht aus genau 14 Ziffern.'],
  [
    /http\(s\) URL|must be a URL/i,
    () => 'Die Adresse muss mit http:// oder https:// beginnen.',
  ],
  [/must not be less than 0/i, () => 'Der Betrag darf nicht negativ sein.'],
  [
    /before validFrom/i,
    () => '„Gültig bis“ darf nicht vor „Gültig ab“ liegen.',
  ],
  [
    /slug may only contain/i,
    () => 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.',
  ],
  [
    /shorter than or equal to (\d+)/i,
    (match) => `Höchstens ${match[1]} Zeichen.`,
  ],
  [
    /ISO 4217/i,
    () =>
      'Bitte einen Währungscode aus drei Großbuchstaben angeben, z. B. EUR.',
  ],
  [/must be a date/i, () => 'Bitte ein gültiges Datum angeben.'],
  [/unknown Sachgebiet/i, () => 'Dieses Sachgebiet gibt es nicht (mehr).'],
  [/^unknown:\s*(.*)$/i, (match) => `Unbekannter Eintrag: ${match[1]}`],
];

export function germanServerMessage(message: string): string {
  for (const [pattern, translate] of GERMAN_MESSAGES) {
    const match = message.match(pattern);
    if (match) {
      return translate(match);
    }
  }
  return message;
}

function labelOf(segments: string[]): string {
  const field = segments[0] as keyof LeistungContent;
  const label: string | undefined = CONTENT_FIELD_LABELS[field];
  if (segments[0] === 'changeNote') {
    return 'Änderungsnotiz';
  }
  if (!label) {
    return segments.join('.');
  }
  const index = Number(segments[1]);
  return Number.isInteger(index) ? `${label}, Eintrag ${index + 1}` : label;
}

/**
 * Puts the messages of a 400's `fields` onto the form's controls
 * ("content.fees.0.amountMin" → fees[0].amountMin). A path without its own
 * control lands on the nearest one above it ("content.prerequisites.2" →
 * prerequisites). The errors go away as soon as the user edits the field.
 */
export function applyServerErrors(
  form: LeistungForm,
  fields: Record<string, string[]>,
): ServerFieldError[] {
  const applied: ServerFieldError[] = [];
  for (const [path, messages] of Object.entries(fields)) {
    const segments = (
      path.startsWith(CONTENT_PREFIX) ? path.slice(CONTENT_PREFIX.length) : path
    ).split('.');
    const message = messages.map(germanServerMessage).join(' ');
    const control = nearestControl(form, segments);
    if (control) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    }
    applied.push({ path, label: labelOf(segments), message, control });
  }
  return applied;
}

function nearestControl(
  form: LeistungForm,
  segments: string[],
): AbstractControl | null {
  for (let length = segments.length; length > 0; length--) {
    const control = form.get(segments.slice(0, length));
    if (control && control !== form) {
      return control;
    }
  }
  return null;
}
