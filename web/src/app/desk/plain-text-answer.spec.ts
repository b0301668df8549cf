import { aStaffLeistung, aStaffSachgebiet } from '../../testing/builders';
import { plainTextAnswer } from './plain-text-answer';

describe('plainTextAnswer', () => {
  const feeAmount = () => '25,30 €';

  function answer(ticked: number[]): string {
    return plainTextAnswer({
      leistung: aStaffLeistung({
        sachgebiet: aStaffSachgebiet(),
        internalNotes: 'Nur intern: Kollegin Maier fragen',
      }),
      ticked: new Set(ticked),
      feeAmount,
      publicUrl: 'https://auskunft.example/leistungen/fuehrerschein-umtauschen',
    });
  }

  it('lists only the documents the caller does not have yet, with fees, place and hours', () => {
    expect(answer([0])).toBe(
      [
        'Führerschein umtauschen',
        '',
        'Alte Papierführerscheine müssen bis zum Stichtag umgetauscht werden.',
        '',
        'Diese Unterlagen fehlen noch:',
        '- Karteikartenabschrift (nur in bestimmten Fällen, bei fremder Ausstellungsbehörde)',
        '',
        'Gebühren:',
        '- Umtausch: 25,30 €',
        '',
        'Wo und wann:',
        'Führerscheinstelle, Raum E.12',
        'Landratsamt Hauptgebäude, Schlossplatz 1, 12345 Musterstadt',
        'Telefon 01234 567-321, E-Mail fuehrerschein@landkreis.example',
        'Öffnungszeiten:',
        'Montag: 8:00 – 12:00 Uhr',
        'Dienstag: 8:00 – 12:00, 14:00 – 18:00 Uhr',
        'Mittwoch: 8:00 – 12:00 Uhr',
        'Donnerstag: 8:00 – 12:00 Uhr',
        'Freitag: 8:00 – 12:00 Uhr',
        '',
        'Online erledigen:',
        '- Online beantragen: https://service.example/fs',
        '',
        'Formulare:',
        '- Antragsformular: https://landkreis.example/antrag.pdf',
        '',
        'Alle Angaben zu dieser Leistung:',
        'https://auskunft.example/leistungen/fuehrerschein-umtauschen',
        '',
      ].join('\n'),
    );
  });

  it('asks for every document while none is ticked', () => {
    expect(answer([])).toContain(
      'Bitte bringen Sie mit:\n- Personalausweis (im Original)\n- Karteikartenabschrift',
    );
  });

  it('says so when the caller has everything', () => {
    const text = answer([0, 1]);

    expect(text).toContain(
      'Unterlagen: Sie haben alle erforderlichen Unterlagen.',
    );
    expect(text).not.toContain('Personalausweis');
  });

  it('explains a fee without an amount by its note', () => {
    const text = plainTextAnswer({
      leistung: aStaffLeistung({
        fees: [
          {
            label: 'Reparatur',
            amountMin: null,
            amountMax: null,
            currency: 'EUR',
            note: 'gebührenfrei',
          },
          {
            label: 'Ersatz',
            amountMin: 25,
            amountMax: null,
            currency: 'EUR',
            note: 'je Tonne',
          },
        ],
      }),
      ticked: new Set(),
      feeAmount: (fee) => (fee.amountMin === null ? null : '25,00 €'),
      publicUrl: 'https://auskunft.example/leistungen/x',
    });

    expect(text).toContain(
      'Gebühren:\n- Reparatur: gebührenfrei\n- Ersatz: 25,00 € (je Tonne)',
    );
  });

  it('never contains internal notes or staff-only contact data', () => {
    const text = answer([]);

    expect(text).not.toContain('Nur intern');
    expect(text).not.toContain('4711');
    expect(text).not.toContain('weiterleitung');
  });
});
