import type {
  LeistungForm,
  LeistungFormField,
  LeistungFormValue,
} from './leistung-form';
import { setFormValue } from './leistung-form-mapping';

/** The fields the user changed since the form was last filled or saved. */
export function changedFields(form: LeistungForm): LeistungFormField[] {
  return (Object.keys(form.controls) as LeistungFormField[]).filter(
    (field) => form.controls[field].dirty,
  );
}

/**
 * Fills the form with the server's value, then puts back the user's own value
 * for every field in `changed` and marks those fields as changed again. Fields
 * the user did not touch show what the other person saved; nothing typed is lost.
 */
export function fillKeepingChanges(
  form: LeistungForm,
  server: LeistungFormValue,
  mine: LeistungFormValue,
  changed: LeistungFormField[],
): void {
  const merged: Record<string, unknown> = { ...server };
  for (const field of changed) {
    merged[field] = mine[field];
  }
  setFormValue(form, merged as LeistungFormValue);
  for (const field of changed) {
    form.controls[field].markAsDirty();
  }
}
