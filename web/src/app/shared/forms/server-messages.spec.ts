import { FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors } from './form-errors';
import { germanServerMessage } from './server-messages';

describe(germanServerMessage.name, () => {
  it('puts the API’s English field messages into German', () => {
    expect(germanServerMessage('postalCode must be 5 digits')).toBe(
      'Die Postleitzahl hat fünf Ziffern.',
    );
    expect(
      germanServerMessage(
        'name must be shorter than or equal to 120 characters',
      ),
    ).toBe('Höchstens 120 Zeichen.');
    expect(germanServerMessage('openingHours tue: time ranges overlap')).toBe(
      'Die Zeitspannen überschneiden sich.',
    );
    expect(
      germanServerMessage('openingHours mon: 12:00 must be before 08:00'),
    ).toBe('12:00 muss vor 08:00 liegen.');
    expect(germanServerMessage('daysAhead must not be greater than 90')).toBe(
      'Höchstens 90.',
    );
    expect(germanServerMessage('parent: unknown Lebenslage "x"')).toBe(
      'Diese Lebenslage gibt es nicht (mehr).',
    );
  });

  it('leaves a message it does not know as the API wrote it', () => {
    expect(germanServerMessage('Sachgebiet „99“ gibt es nicht')).toBe(
      'Sachgebiet „99“ gibt es nicht',
    );
  });

  it('is what the forms show under the field the server named', () => {
    const form = new FormGroup({ postalCode: new FormControl('123') });
    const unplaced = applyServerErrors(form, {
      postalCode: ['postalCode must be 5 digits'],
      extra: ['property extra should not exist'],
    });
    expect(form.controls.postalCode.getError('server')).toBe(
      'Die Postleitzahl hat fünf Ziffern.',
    );
    expect(unplaced).toEqual(['Dieses Feld ist hier nicht vorgesehen.']);
  });
});
