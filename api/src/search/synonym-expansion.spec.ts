import { SynonymExpansion } from './synonym-expansion';

describe('SynonymExpansion', () => {
  const expansion = new SynonymExpansion({
    lappen: ['führerschein', 'fahrerlaubnis'],
    führerschein: ['lappen', 'fahrerlaubnis'],
    fahrerlaubnis: ['führerschein', 'lappen'],
    karre: ['fahrzeug'],
    'karre verschrotten': ['fahrzeug abmelden'],
    schuelermonatskarte: ['schülermonatskarte'],
  });

  it('adds the terms that should find a word of the text', () => {
    expect(expansion.termsFor('Führerschein – Verlust')).toEqual([
      'fahrerlaubnis',
      'lappen',
    ]);
  });

  it('compares words folded, as the engine does', () => {
    expect(expansion.termsFor('FUEHRERSCHEIN beantragen')).toContain('lappen');
    expect(expansion.termsFor('Fahrzeug')).toEqual(['karre']);
  });

  it('matches a phrase only when its words stand next to each other', () => {
    expect(expansion.termsFor('Das Fahrzeug abmelden')).toEqual([
      'karre',
      'karre verschrotten',
    ]);
    expect(expansion.termsFor('Fahrzeug zulassen oder abmelden')).toEqual([
      'karre',
    ]);
  });

  it('leaves out terms the text already holds as written', () => {
    expect(expansion.termsFor('Lappen und Führerschein')).toEqual([
      'fahrerlaubnis',
    ]);
  });

  it('keeps a transliterated spelling the engine would not fold', () => {
    expect(expansion.termsFor('Schülermonatskarte beantragen')).toEqual([
      'schuelermonatskarte',
    ]);
  });

  it('adds nothing to a text without synonyms', () => {
    expect(expansion.termsFor('Hundesteuer', '')).toEqual([]);
  });
});
