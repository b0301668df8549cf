import { SearchVocabulary } from './search-vocabulary';

describe(SearchVocabulary.name, () => {
  function vocabulary() {
    const result = new SearchVocabulary(
      ['ich', 'habe', 'meinen', 'was', 'muss', 'tun', 'für', 'den', 'die'],
      { lappen: ['führerschein'] },
    );
    result.add('Sperrmüll – Abholung', 'Termin vereinbaren');
    result.add('Ausweis verloren', 'Personalausweis beantragen');
    result.add('Fahrzeug wieder zulassen', 'Zulassung');
    result.add('Fundsache abholen');
    return result;
  }

  it('reduces a conversational query to its content words', () => {
    expect(
      vocabulary().analyzeQuery(
        'Ich habe meinen Ausweis verloren, was muss ich tun?',
      ).text,
    ).toBe('ausweis verloren');
  });

  it('tells how much of a title a query names, compounds by their parts, synonyms included', () => {
    const known = new SearchVocabulary(['oder', 'ohne'], {
      kfz: ['fahrzeug'],
    });
    known.add(
      'Fahrzeug abmelden',
      'Fahrzeug abmelden ohne Fahrzeugschein',
      'Reisepass',
      'Pass',
      'Reise',
      'Schein',
    );
    const name = (query: string) =>
      known.nameQuery(query, known.analyzeQuery(query));
    const named = name('kfz abmelden');
    expect(named.stems).toEqual(new Set(['kfz', 'abmeld', 'fahrzeug']));
    // Title and query fully named: 0.7 × 1 + 0.3 × 1.
    expect(known.titleCoverage('Fahrzeug abmelden', named)).toBeCloseTo(1);
    // "ohne" is a stop word; "Fahrzeugschein" is half named (Fahrzeug, not Schein).
    expect(
      known.titleCoverage('Fahrzeug abmelden ohne Fahrzeugschein', named),
    ).toBeCloseTo(0.7 * (2.5 / 3) + 0.3);
    expect(known.titleCoverage('Reisepass', name('pass'))).toBeCloseTo(
      0.7 * 0.5 + 0.3,
    );
    expect(known.titleCoverage('Reisepass', named)).toBe(0);
    // One way only: "kfz" stands for "Fahrzeug", not the other way round.
    expect(name('fahrzeug').stems).toEqual(new Set(['fahrzeug']));
  });

  it('prefers, among titles named alike, the one that answers more of the query', () => {
    const known = new SearchVocabulary(['oder', 'im'], {
      geklaut: ['diebstahl'],
    });
    known.add(
      'Verlust oder Diebstahl Reisepass',
      'Reisepass',
      'Pass',
      'Reise',
      'Urlaub',
    );
    const query = 'pass im urlaub geklaut';
    const named = known.nameQuery(query, known.analyzeQuery(query));
    // Both titles are half named (Diebstahl and half of Reisepass of three words; half
    // of Reisepass); of "pass urlaub geklaut", the first answers two words, the second one.
    expect(
      known.titleCoverage('Verlust oder Diebstahl Reisepass', named),
    ).toBeCloseTo(0.7 * 0.5 + 0.3 * (2 / 3));
    expect(known.titleCoverage('Reisepass', named)).toBeCloseTo(
      0.7 * 0.5 + 0.3 / 3,
    );
  });

  it('names what a synonym term stands for also by another form of the term', () => {
    const known = new SearchVocabulary(['mit', 'den'], {
      kinder: ['familie'],
    });
    known.add('Wohnsitzanmeldung', 'Wohnsitzanmeldung – Familie', 'Kind');
    const named = (query: string) =>
      known.nameQuery(query, known.analyzeQuery(query)).stems;
    expect(named('kinder')).toContain('famili');
    // The dative plural has the same stem as the term.
    expect(named('mit den Kindern')).toContain('famili');
    expect(named('Kinderwagen')).not.toContain('famili');
  });

  it('scores a title naming a variant the query does not ask for below every other title', () => {
    const known = new SearchVocabulary(['oder'], { verloren: ['verlust'] }, [
      'verlust',
      'diebstahl',
    ]);
    known.add('Führerschein', 'Führerschein – Verlust oder Diebstahl');
    known.add('Anzeige', 'Diebstahlanzeige');
    const coverage = (query: string, title: string) =>
      known.titleCoverage(
        title,
        known.nameQuery(query, known.analyzeQuery(query)),
      );
    const variant = 'Führerschein – Verlust oder Diebstahl';
    expect(coverage('Führerschein', variant)).toBeLessThan(0);
    expect(coverage('Führerschein', 'Führerschein')).toBeGreaterThan(0);
    // Also as a compound part.
    expect(coverage('Anzeige', 'Diebstahlanzeige')).toBeLessThan(0);
    // Asked for: by one of its variant words, by a word that stands for one, misspelt.
    for (const query of [
      'Führerschein Diebstahl',
      'Führerschein verloren',
      'Führerschein verlohren',
      // ... or as a part of a compound the documents hold whole.
      'Führerschein Diebstahlanzeige',
    ]) {
      expect(coverage(query, variant)).toBeGreaterThan(0);
    }
  });

  it('keeps the words when there is nothing but filler', () => {
    expect(vocabulary().analyzeQuery('was tun').text).toBe('was tun');
  });

  it('joins the particle of a separable verb to its verb when the result is known', () => {
    const known = new SearchVocabulary([
      'ich',
      'mein',
      'ab',
      'wir',
      'um',
      'mit',
      'dem',
    ]);
    known.add('Fahrzeug abmelden', 'Umziehen mit dem Auto');
    expect(known.analyzeQuery('Ich melde mein Auto ab')).toEqual({
      text: 'abmelde auto',
      stems: 'abmeld auto',
    });
    expect(known.analyzeQuery('wir ziehen um mit dem Auto').text).toBe(
      'umziehen auto',
    );
    // No known word comes of it: the particle stays a stop word.
    expect(known.analyzeQuery('Auto ab').text).toBe('auto');
  });

  it('leaves a particle alone that a content word follows: a preposition', () => {
    const known = new SearchVocabulary(['ich', 'nach', 'muss', 'mich', 'die']);
    known.add('Wohnsitz abmelden', 'Familiennachzug: Kinder nachziehen');
    expect(
      known.analyzeQuery('ich ziehe nach Spanien muss ich mich abmelden').text,
    ).toBe('ziehe spanien abmelden');
    expect(known.analyzeQuery('die Kinder ziehen nach').text).toBe(
      'kinder nachziehen',
    );
  });

  it('searches an unknown verb with a separable particle as the verb', () => {
    const known = vocabulary();
    known.add('Urkunden bestellen');
    expect(
      known.analyzeQuery('Geburtsurkunde nachbestellen').stems.split(' '),
    ).toEqual(['bestell', 'geburt', 'urkund']);
  });

  it('searches verbs and nouns by one stem', () => {
    expect(vocabulary().analyzeQuery('zulassen').stems).toBe('zulass');
  });

  it('searches a participle as its verb when the verb is known', () => {
    const known = vocabulary();
    known.add('Fahrzeug abmelden');
    expect(known.analyzeQuery('abgemeldeten').stems).toBe('abmeld');
  });

  it('splits an unknown compound into known parts for the stem query', () => {
    expect(vocabulary().analyzeQuery('Sperrmülltermin').stems).toBe(
      'sperrmull termin',
    );
  });

  it('leaves a misspelt known word whole instead of splitting it', () => {
    const known = vocabulary();
    known.add('Wohngeld', 'Wohnen', 'Regeln gelten');
    expect(known.analyzeQuery('wohngelt').stems).toBe('wohngelt');
  });

  it('searches a misspelling that few Leistungen hold as the spelling ten times as many hold', () => {
    const known = new SearchVocabulary([]);
    for (let index = 0; index < 10; index++) {
      known.add(`Mülltonne ${index}`);
    }
    known.add('Mülltonne beschädigt', 'Mülltone beschädigt');
    expect(known.analyzeQuery('mülltone größer')).toEqual({
      text: 'mülltone größer',
      stems: 'mulltonn gross',
    });
    // Nine times as many is not enough: the word stays as typed.
    const fewer = new SearchVocabulary([]);
    for (let index = 0; index < 9; index++) {
      fewer.add(`Wand ${index}`);
    }
    fewer.add('Wald');
    expect(fewer.analyzeQuery('wald').stems).toBe('wald');
    fewer.add('Wand 10');
    expect(fewer.analyzeQuery('wald').stems).toBe('wand');
  });

  it('does not join two words into one known only from the synonyms', () => {
    const known = new SearchVocabulary([], { taxifahrer: ['fahrgast'] });
    known.add('Taxi', 'fahren');
    expect(known.analyzeQuery('taxi fahren').text).toBe('taxi fahren');
  });

  it('takes apart a compound that only the synonyms know', () => {
    const known = new SearchVocabulary([], { taxifahrer: ['fahrgast'] });
    known.add('Taxi und Mietwagen', 'fahren');
    expect(known.analyzeQuery('taxifahren').stems).toBe('taxi fahr');
  });

  it('takes apart a synonym-only compound although a document has a word a typo away', () => {
    const known = new SearchVocabulary([], {
      geburtsurkunde: ['geburtsschein'],
    });
    known.add('Urkunde bestellen', 'Geburtsbeurkundung', 'Geburt');
    expect(known.analyzeQuery('geburtsurkunde bestellen').stems).toBe(
      'geburt urkund bestell',
    );
  });

  it('joins a compound typed in two words when the whole is known', () => {
    expect(vocabulary().analyzeQuery('fund sache abholen').text).toBe(
      'fundsache abholen',
    );
  });

  it('joins a compound typed in two words when one of them is a stop word', () => {
    const known = new SearchVocabulary(['sache', 'so', 'wie']);
    known.add('Fundsache abholen', 'sowie');
    expect(known.analyzeQuery('fund sache abholen').text).toBe(
      'fundsache abholen',
    );
    // Two stop words stay apart, and go.
    expect(known.analyzeQuery('so wie abholen').text).toBe('abholen');
  });

  it('moves the stems of words found nowhere behind the known ones, typos count as known', () => {
    expect(vocabulary().analyzeQuery('job sperrmüll termn').stems).toBe(
      'sperrmull termn job',
    );
  });

  it('keeps the typed order of the words, as the engine takes the last one as a prefix', () => {
    expect(vocabulary().analyzeQuery('job sperrmüll termn').text).toBe(
      'job sperrmüll termn',
    );
  });

  it('reads at most ten content words, leaving out those found nowhere', () => {
    const unknown = Array.from({ length: 12 }, (_, i) => `wort${i}`);
    const analyzed = vocabulary().analyzeQuery(
      [...unknown.slice(0, 6), 'sperrmüll', ...unknown.slice(6)].join(' '),
    );
    expect(analyzed.text.split(' ')).toEqual([
      ...unknown.slice(0, 6),
      'sperrmüll',
      ...unknown.slice(6, 9),
    ]);
  });

  it("indexes a compound's known parts beside the whole word", () => {
    const stems = vocabulary().stemsOf('Kfz-Wiederzulassung').split(' ');
    expect(stems).toEqual(
      expect.arrayContaining(['kfz', 'wiederzulass', 'zulass']),
    );
  });

  it('learns the synonym vocabulary', () => {
    expect(vocabulary().has('lapp')).toBe(true);
    expect(vocabulary().has('fuhrerschein')).toBe(true);
  });
});
