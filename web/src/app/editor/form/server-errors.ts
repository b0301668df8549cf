import type { AbstractControl } from '@angular/forms';
import {
  CONTENT_FIELD_LABELS,
  type LeistungContent,
} from '@auskunft/contracts';
import { germanServerMessage } from '../../shared/forms/server-messages';
import type { LeistungForm } from './leistung-form';

/** One field the server refused, with the control it was put on (null if none matched). */
export interface ServerFieldError {
  path: string;
  label: string;
  message: string;
  control: AbstractControl | null;
}

const CONTENT_PREFIX = 'content.';

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
