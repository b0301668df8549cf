import {
  expandSynonyms,
  loadSearchSettings,
  settingsMatch,
  synonymFileProblems,
} from './search-settings';
import { join } from 'node:path';

describe(expandSynonyms.name, () => {
  it('makes groups symmetric (merging groups that share a term) and one-way entries directed', () => {
    const map = expandSynonyms([
      {
        groups: [{ terms: ['Kennzeichen', 'Nummernschild'] }],
        oneWay: [{ from: 'Karre', to: ['Fahrzeug', 'Auto'] }],
      },
      { groups: [{ terms: ['kennzeichen', 'Autokennzeichen'] }] },
    ]);
    expect(map).toEqual({
      autokennzeichen: ['kennzeichen', 'nummernschild'],
      karre: ['auto', 'fahrzeug'],
      kennzeichen: ['autokennzeichen', 'nummernschild'],
      nummernschild: ['autokennzeichen', 'kennzeichen'],
    });
    expect(map['fahrzeug']).toBeUndefined();
  });
});

describe(settingsMatch.name, () => {
  it('ignores defaults the engine adds and the order of unordered lists', () => {
    expect(
      settingsMatch(
        { filterableAttributes: ['a', 'b'], typoTolerance: { enabled: true } },
        {
          filterableAttributes: ['b', 'a'],
          typoTolerance: { enabled: true, disableOnWords: [] },
        },
      ),
    ).toBe(true);
  });

  it('sees changed weights, values and missing keys', () => {
    expect(
      settingsMatch(
        { searchableAttributes: ['title', 'shortText'] },
        { searchableAttributes: ['shortText', 'title'] },
      ),
    ).toBe(false);
    expect(
      settingsMatch(
        { typoTolerance: { enabled: true } },
        { typoTolerance: { enabled: false } },
      ),
    ).toBe(false);
    expect(settingsMatch({ synonyms: { a: ['b'] } }, {})).toBe(false);
  });
});

describe(loadSearchSettings.name, () => {
  it('builds staff and public settings from search-config; only staff may search internal notes', () => {
    const settings = loadSearchSettings(
      join(__dirname, '../../../search-config'),
    );
    expect(settings.staff.searchableAttributes).toContain('internalNotes');
    expect(settings.public.searchableAttributes).not.toContain('internalNotes');
    expect(settings.public.filterableAttributes).toEqual(
      expect.arrayContaining(['sachgebiet', 'lebenslagen', 'standorte']),
    );
    // German segmentation of queries breaks typo tolerance on Meilisearch 1.21 (see index-settings.json).
    expect(settings.staff.localizedAttributes).toEqual([]);
  });
});

describe('office vocabulary', () => {
  it('merges groups that share a term across files', () => {
    const map = expandSynonyms([
      { groups: [{ terms: ['wertstoffhof', 'recyclinghof'] }] },
      { groups: [{ terms: ['recyclinghof', 'wertstoffzentrum'] }] },
    ]);
    expect(map['wertstoffhof']).toEqual(['recyclinghof', 'wertstoffzentrum']);
    expect(map['wertstoffzentrum']).toEqual(['recyclinghof', 'wertstoffhof']);
  });

  it('names the problems of an unusable file', () => {
    expect(
      synonymFileProblems({
        groups: [{ terms: ['Grüne Tonne'] }],
        oneWay: [{ from: 'a b c d', to: ['x'] }],
      }),
    ).toEqual([
      '"Grüne Tonne" must be lowercase',
      '"a b c d" has more than 3 words; Meilisearch never matches it',
    ]);
    expect(synonymFileProblems({ groups: 'x' })).toEqual([
      '"groups" must be a list',
    ]);
  });
});
