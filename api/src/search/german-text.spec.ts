import {
  compoundParts,
  fold,
  participleStem,
  splitCompound,
  stem,
  words,
} from './german-text';

describe('German word forms', () => {
  const vocabulary = new Set(
    [
      'Sperrmüll',
      'Termin',
      'Führerschein',
      'Pflicht',
      'Umtausch',
      'Aufenthalt',
      'Titel',
      'Verlust',
      'Zulassung',
      'Flüchtling',
      'bestellen',
      'leben',
    ].map(stem),
  );
  const known = (candidate: string) => vocabulary.has(candidate);

  it('folds umlauts, their transliterations and ß alike', () => {
    expect(fold('Müll')).toBe('mull');
    expect(fold('Muell')).toBe('mull');
    expect(fold('Straße')).toBe('strasse');
    expect(stem('Führerscheins')).toBe(stem('fuehrerschein'));
  });

  it('keeps "ue", "ae" and "oe" after a vowel, so every form of a word shares its stem', () => {
    expect(fold('neuen')).toBe('neuen');
    expect(stem('neuen')).toBe(stem('neue'));
    expect(stem('neues')).toBe(stem('neu'));
    expect(stem('Steuern')).toBe(stem('Steuer'));
    expect(fold('Quelle')).toBe('quelle');
    expect(fold('Gebuehren')).toBe('gebuhren');
    expect(fold('Fuehrerschein')).toBe(fold('Führerschein'));
  });

  it('brings verbs and their nouns to one stem', () => {
    expect(stem('zulassen')).toBe(stem('Zulassung'));
    expect(stem('abmelden')).toBe(stem('Abmeldung'));
    expect(stem('entsorgen')).toBe(stem('Entsorgung'));
    expect(stem('Mülltonnen')).toBe(stem('Mülltonne'));
  });

  it('splits words without punctuation', () => {
    expect(words('Kfz-Zulassung, bitte!')).toEqual([
      'kfz',
      'zulassung',
      'bitte',
    ]);
  });

  it('splits a compound into the fewest known parts, with linking s', () => {
    expect(splitCompound('sperrmulltermin', known)).toEqual([
      'sperrmull',
      'termin',
    ]);
    expect(
      splitCompound('aufenthaltstitelverlust', known)?.map((part) =>
        stem(part),
      ),
    ).toEqual(['aufenthalt', 'titel', 'verlust']);
    expect(splitCompound('fuhrerscheinpflichtumtausch', known)).toEqual([
      'fuhrerschein',
      'pflicht',
      'umtausch',
    ]);
  });

  it('leaves words alone that have no known parts', () => {
    expect(splitCompound('einbahnstrasse', known)).toBeUndefined();
    expect(splitCompound('termin', known)).toBeUndefined();
  });

  it('takes a known last part off an unknown first one, as the last part carries the meaning', () => {
    expect(splitCompound('kriegsfluchtlinge', known)).toEqual([
      'krieg',
      'fluchtlinge',
    ]);
  });

  it('does not take a prefix or an ending for a compound part', () => {
    // "nach" is a verb's prefix; "leber" has the short stem "leb" (as "leben").
    expect(splitCompound('nachbestellen', known)).toBeUndefined();
    expect(splitCompound('aufkleber', known)).toBeUndefined();
    // The first part must be at least four letters long.
    expect(splitCompound('antermin', known)).toBeUndefined();
  });

  it('lists every known part of a compound for the index', () => {
    expect(
      compoundParts('wiederzulassung', (s) => s === 'zulass' || s === 'wied'),
    ).toEqual(['wieder', 'zulassung']);
  });

  it('finds the verb behind a regular participle, with a separable prefix', () => {
    expect(participleStem('abgemeldeten')).toBe(stem('abmelden'));
    expect(participleStem('gekauft')).toBe(stem('Kauf'));
    expect(participleStem('angemeldet')).toBe(stem('Anmeldung'));
    expect(participleStem('antrag')).toBeUndefined();
  });
});
