import { FormArray, FormControl } from '@angular/forms';
import {
  createLeistungForm,
  feeForm,
  linkForm,
  moveItem,
} from './leistung-form';
import { validationMessage } from './validation-messages';

describe('LeistungForm', () => {
  function messageOf(
    control: { errors: FormControl['errors'] },
    label = 'Feld',
  ) {
    return validationMessage(control.errors, label);
  }

  it('requires title and short text, whitespace not counting', () => {
    const form = createLeistungForm();
    form.controls.title.setValue('   ');

    expect(messageOf(form.controls.title, 'Leistungsbezeichnung')).toBe(
      '„Leistungsbezeichnung“ ist ein Pflichtfeld.',
    );
    expect(form.controls.shortText.hasError('required')).toBeTrue();
  });

  it('accepts a LeiKa key of exactly 14 digits or none', () => {
    const leika = createLeistungForm().controls.leikaKey;

    leika.setValue('9908601210400');
    expect(messageOf(leika)).toBe(
      'Der LeiKa-Schlüssel besteht aus genau 14 Ziffern.',
    );
    leika.setValue('99086012104000');
    expect(leika.valid).toBeTrue();
    leika.setValue('');
    expect(leika.valid).toBeTrue();
  });

  it('wants link addresses to start with http:// or https://', () => {
    const link = linkForm({ name: 'Antrag', url: 'www.landkreis.example' });

    expect(messageOf(link.controls.url)).toBe(
      'Die Adresse muss mit http:// oder https:// beginnen.',
    );
    link.controls.url.setValue('https://landkreis.example');
    expect(link.valid).toBeTrue();
  });

  it('refuses negative amounts and a maximum below the minimum', () => {
    const fee = feeForm();
    fee.controls.amountMin.setValue(-1);
    expect(messageOf(fee.controls.amountMin)).toBe(
      'Der Betrag darf nicht negativ sein.',
    );

    fee.controls.amountMin.setValue(30);
    fee.controls.amountMax.setValue(20);
    expect(messageOf(fee.controls.amountMax)).toBe(
      'Der Höchstbetrag darf nicht kleiner als der Mindestbetrag sein.',
    );
    fee.controls.amountMin.setValue(10);
    expect(fee.controls.amountMax.valid).toBeTrue();
  });

  it('checks "Gültig bis" again when "Gültig ab" changes', () => {
    const form = createLeistungForm();
    form.controls.validTo.setValue('2026-01-31');
    expect(form.controls.validTo.valid).toBeTrue();

    form.controls.validFrom.setValue('2026-02-01');

    expect(messageOf(form.controls.validTo)).toBe(
      '„Gültig bis“ darf nicht vor „Gültig ab“ liegen.',
    );
  });

  it('moves an item with its control and marks the list as changed', () => {
    const array = new FormArray([
      new FormControl('a'),
      new FormControl('b'),
      new FormControl('c'),
    ]);
    const moved = array.at(2);

    moveItem(array, 2, 0);

    expect(array.value).toEqual(['c', 'a', 'b']);
    expect(array.at(0)).toBe(moved);
    expect(array.dirty).toBeTrue();
    moveItem(array, 0, -1);
    expect(array.value).toEqual(['c', 'a', 'b']);
  });
});
