import { aContent } from '../../../testing/workflow-builders';
import { createLeistungForm } from './leistung-form';
import { setFormContent } from './leistung-form-mapping';
import { germanServerMessage } from '../../shared/forms/server-messages';
import { applyServerErrors } from './server-errors';

describe(applyServerErrors.name, () => {
  function filledForm() {
    const form = createLeistungForm();
    setFormContent(form, aContent());
    return form;
  }

  it('puts each message on the control its path names, without the "content." prefix', () => {
    const form = filledForm();

    const applied = applyServerErrors(form, {
      'content.title': ['title should not be empty'],
      'content.fees.0.amountMin': ['amountMin must not be less than 0'],
      changeNote: [
        'changeNote must be shorter than or equal to 2000 characters',
      ],
    });

    const amount = form.controls.fees.at(0).controls.amountMin;
    expect(form.controls.title.errors).toEqual({
      server: 'Dieses Feld darf nicht leer sein.',
    });
    expect(amount.errors?.['server']).toBe(
      'Der Betrag darf nicht negativ sein.',
    );
    expect(amount.touched).toBeTrue();
    expect(form.controls.changeNote.errors?.['server']).toBe(
      'Höchstens 2000 Zeichen.',
    );
    expect(applied.map((error) => error.label)).toEqual([
      'Leistungsbezeichnung',
      'Gebühren, Eintrag 1',
      'Änderungsnotiz',
    ]);
  });

  it('falls back to the nearest control above a path without its own', () => {
    const form = filledForm();

    applyServerErrors(form, { 'content.prerequisites.1': ['must be shorter'] });

    expect(form.controls.prerequisites.hasError('server')).toBeTrue();
  });

  it('keeps messages for unknown paths, without a control', () => {
    const applied = applyServerErrors(filledForm(), {
      'content.unbekannt': ['x'],
    });

    expect(applied).toEqual([
      jasmine.objectContaining({ control: null, message: 'x' }),
    ]);
  });

  it('clears a server error as soon as the field is edited', () => {
    const form = filledForm();
    applyServerErrors(form, {
      'content.leikaKey': ['leikaKey must be exactly 14 digits'],
    });

    form.controls.leikaKey.setValue('99086012104001');

    expect(form.controls.leikaKey.valid).toBeTrue();
  });
});

describe(germanServerMessage.name, () => {
  it('translates known validator messages and keeps German ones', () => {
    expect(germanServerMessage('url must be an http(s) URL')).toBe(
      'Die Adresse muss mit http:// oder https:// beginnen.',
    );
    expect(germanServerMessage('unknown: umzug, heirat')).toBe(
      'Unbekannter Eintrag: umzug, heirat',
    );
    expect(germanServerMessage('Die Adresse ist vergeben.')).toBe(
      'Die Adresse ist vergeben.',
    );
  });
});
