import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type {
  DocumentCondition,
  Fee,
  Link,
  RequiredDocument,
} from '@auskunft/contracts';

/** Limits as the API checks them, so overlong input is caught at the field. */
export const MAX_LENGTH = {
  title: 300,
  shortText: 2000,
  slug: 200,
  shortField: 2000,
  legalBasis: 5000,
  longText: 20_000,
  name: 300,
  documentName: 500,
  url: 2000,
  changeNote: 2000,
  leichteSprache: 10_000,
} as const;

export const LEIKA_PATTERN = /^\d{14}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const URL_PATTERN = /^https?:\/\/\S+$/i;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export type DocumentForm = FormGroup<{
  name: FormControl<string>;
  note: FormControl<string>;
  condition: FormControl<DocumentCondition>;
  originalRequired: FormControl<boolean>;
}>;

export type FeeForm = FormGroup<{
  label: FormControl<string>;
  amountMin: FormControl<number | null>;
  amountMax: FormControl<number | null>;
  currency: FormControl<string>;
  note: FormControl<string>;
}>;

export type LinkForm = FormGroup<{
  name: FormControl<string>;
  url: FormControl<string>;
}>;

/**
 * One control per content field, named as the API names them, so a 400's
 * "content.fees.0.amountMin" finds its control. Optional texts are '' in the
 * form and null in the content; prerequisites are edited one per line.
 */
export interface LeistungFormControls {
  title: FormControl<string>;
  plainTitle: FormControl<string>;
  slug: FormControl<string>;
  leikaKey: FormControl<string>;
  shortText: FormControl<string>;
  fullText: FormControl<string>;
  leichteSprache: FormControl<string>;
  prerequisites: FormControl<string>;
  requiredDocuments: FormArray<DocumentForm>;
  fees: FormArray<FeeForm>;
  processingTime: FormControl<string>;
  deadlines: FormControl<string>;
  procedure: FormControl<string>;
  legalBasis: FormControl<string>;
  forms: FormArray<LinkForm>;
  onlineServices: FormArray<LinkForm>;
  furtherLinks: FormArray<LinkForm>;
  searchTerms: FormControl<string[]>;
  lebenslagen: FormControl<string[]>;
  sachgebiet: FormControl<string | null>;
  standorte: FormControl<string[]>;
  internalNotes: FormControl<string>;
  validFrom: FormControl<string>;
  validTo: FormControl<string>;
  changeNote: FormControl<string>;
}

export type LeistungForm = FormGroup<LeistungFormControls>;
export type LeistungFormValue = ReturnType<LeistungForm['getRawValue']>;
export type LeistungFormField = keyof LeistungFormControls;

function text(value = '', ...validators: ValidatorFn[]): FormControl<string> {
  return new FormControl(value, { nonNullable: true, validators });
}

/** Only whitespace counts as empty for required texts, as on the server. */
export const requiredText: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === ''
    ? { required: true }
    : null;

/**
 * Valid when this control's value is not below the sibling's (dates as ISO
 * strings, amounts as numbers); empty values are not compared.
 */
export function notBefore(sibling: string, error: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const other: unknown = control.parent?.get(sibling)?.value;
    const value: unknown = control.value;
    const empty = (entry: unknown) =>
      entry === null || entry === undefined || entry === '';
    if (empty(value) || empty(other)) {
      return null;
    }
    return (value as number | string) < (other as number | string)
      ? { [error]: true }
      : null;
  };
}

export function documentForm(document?: RequiredDocument): DocumentForm {
  return new FormGroup({
    name: text(
      document?.name,
      requiredText,
      Validators.maxLength(MAX_LENGTH.documentName),
    ),
    note: text(document?.note, Validators.maxLength(MAX_LENGTH.shortField)),
    condition: new FormControl<DocumentCondition>(
      document?.condition ?? 'always',
      { nonNullable: true },
    ),
    originalRequired: new FormControl(document?.originalRequired ?? false, {
      nonNullable: true,
    }),
  });
}

export function feeForm(fee?: Fee): FeeForm {
  const group: FeeForm = new FormGroup({
    label: text(
      fee?.label,
      requiredText,
      Validators.maxLength(MAX_LENGTH.name),
    ),
    amountMin: new FormControl<number | null>(fee?.amountMin ?? null, [
      Validators.min(0),
    ]),
    amountMax: new FormControl<number | null>(fee?.amountMax ?? null, [
      Validators.min(0),
      notBefore('amountMin', 'amountOrder'),
    ]),
    currency: text(
      fee?.currency ?? 'EUR',
      Validators.pattern(CURRENCY_PATTERN),
    ),
    note: text(fee?.note, Validators.maxLength(MAX_LENGTH.shortField)),
  });
  revalidateOnChange(group.controls.amountMin, group.controls.amountMax);
  return group;
}

export function linkForm(link?: Link): LinkForm {
  return new FormGroup({
    name: text(link?.name, requiredText, Validators.maxLength(MAX_LENGTH.name)),
    url: text(
      link?.url,
      requiredText,
      Validators.pattern(URL_PATTERN),
      Validators.maxLength(MAX_LENGTH.url),
    ),
  });
}

/** An empty form; fill it with `setFormContent`. */
export function createLeistungForm(): LeistungForm {
  const form: LeistungForm = new FormGroup({
    title: text('', requiredText, Validators.maxLength(MAX_LENGTH.title)),
    plainTitle: text('', Validators.maxLength(MAX_LENGTH.title)),
    slug: text(
      '',
      Validators.pattern(SLUG_PATTERN),
      Validators.maxLength(MAX_LENGTH.slug),
    ),
    leikaKey: text('', Validators.pattern(LEIKA_PATTERN)),
    shortText: text(
      '',
      requiredText,
      Validators.maxLength(MAX_LENGTH.shortText),
    ),
    fullText: text(''),
    leichteSprache: text('', Validators.maxLength(MAX_LENGTH.leichteSprache)),
    prerequisites: text('', Validators.maxLength(MAX_LENGTH.longText)),
    requiredDocuments: new FormArray<DocumentForm>([]),
    fees: new FormArray<FeeForm>([]),
    processingTime: text('', Validators.maxLength(MAX_LENGTH.shortField)),
    deadlines: text('', Validators.maxLength(MAX_LENGTH.shortField)),
    procedure: text('', Validators.maxLength(MAX_LENGTH.longText)),
    legalBasis: text('', Validators.maxLength(MAX_LENGTH.legalBasis)),
    forms: new FormArray<LinkForm>([]),
    onlineServices: new FormArray<LinkForm>([]),
    furtherLinks: new FormArray<LinkForm>([]),
    searchTerms: new FormControl<string[]>([], { nonNullable: true }),
    lebenslagen: new FormControl<string[]>([], { nonNullable: true }),
    sachgebiet: new FormControl<string | null>(null),
    standorte: new FormControl<string[]>([], { nonNullable: true }),
    internalNotes: text('', Validators.maxLength(MAX_LENGTH.longText)),
    validFrom: text(''),
    validTo: text('', notBefore('validFrom', 'dateOrder')),
    changeNote: text('', Validators.maxLength(MAX_LENGTH.changeNote)),
  });
  revalidateOnChange(form.controls.validFrom, form.controls.validTo);
  return form;
}

/** A cross-field rule sits on the later control; it must be checked again when the earlier one changes. */
function revalidateOnChange(
  earlier: AbstractControl,
  later: AbstractControl,
): void {
  // Both controls live and die with the same form, so the subscription cannot outlive them.
  earlier.valueChanges.subscribe(() => later.updateValueAndValidity());
}

/** Moves an item within a list, keeping its control (and so its state and errors). */
export function moveItem(
  // Untyped on purpose: every typed FormArray fits, and the control moves as it is.
  array: FormArray,
  from: number,
  to: number,
): void {
  if (to < 0 || to >= array.length || from === to) {
    return;
  }
  const control = array.at(from);
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  array.markAsDirty();
}
