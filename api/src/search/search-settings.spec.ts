import {
  expandSynonyms,
  loadSearchSettings,
  settingsMatch,
  synonymFileProblems,
} from './search-settings';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('compares words in any Unicode normalization (the engine returns stop words in NFD)', () => {
    const nfc = 'für';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(
      settingsMatch({ stopWords: [nfc, 'über'] }, { stopWords: [nfd, 'über'] }),
    ).toBe(true);
    expect(
      settingsMatch(
        { stopWords: [nfc, 'über'] },
        { stopWords: [nfd, 'unter'] },
      ),
    ).toBe(false);
  });

  it('wants a synonym map as a whole: an engine that still expands synonyms does not match none', () => {
    expect(settingsMatch({ synonyms: {} }, { synonyms: { a: ['b'] } })).toBe(
      false,
    );
    expect(settingsMatch({ synonyms: {} }, { synonyms: {} })).toBe(true);
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
    // Synonyms are applied at indexing time (SynonymExpansion), not by the engine.
    expect(settings.staff.synonyms).toEqual({});
    expect(Object.keys(settings.synonyms).length).toBeGreaterThan(1000);
    expect(settings.documentsFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(settings.public.searchableAttributes).toEqual(
      expect.arrayContaining(['titleSynonyms', 'textSynonyms']),
    );
    expect(settings.variantWords).toEqual(
      expect.arrayContaining(['verlust', 'widerspruch']),
    );
  });

  it('reads the variant words at query time only: changing them rebuilds nothing', () => {
    const configDir = join(__dirname, '../../../search-config');
    const copy = mkdtempSync(join(tmpdir(), 'search-config-'));
    cpSync(configDir, copy, { recursive: true });
    writeFileSync(
      join(copy, 'variant-words.de.txt'),
      '# a comment\nNachtrag\n\nverlust # loss\n',
    );
    const changed = loadSearchSettings(copy);
    expect(changed.variantWords).toEqual(['nachtrag', 'verlust']);
    expect(changed.documentsFingerprint).toBe(
      loadSearchSettings(configDir).documentsFingerprint,
    );
  });
});

describe('index settings in the fingerprint', () => {
  it('changes it when a setting is removed, so a fresh index goes back to the engine default', () => {
    const configDir = join(__dirname, '../../../search-config');
    const copy = mkdtempSync(join(tmpdir(), 'search-config-'));
    cpSync(configDir, copy, { recursive: true });
    const file = join(copy, 'index-settings.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      common: Record<string, unknown>;
    };
    const before = loadSearchSettings(copy);
    expect(before.documentsFingerprint).toBe(
      loadSearchSettings(configDir).documentsFingerprint,
    );
    delete data.common['facetSearch'];
    writeFileSync(file, JSON.stringify(data));
    const after = loadSearchSettings(copy);
    expect(after.staff.facetSearch).toBeUndefined();
    expect(after.documentsFingerprint).not.toBe(before.documentsFingerprint);
  });
});

describe('office vocabulary', () => {
  it('changes the documents fingerprint, so the indexes are rebuilt with it', () => {
    const configDir = join(__dirname, '../../../search-config');
    const officeDir = mkdtempSync(join(tmpdir(), 'office-vocabulary-'));
    const before = loadSearchSettings(configDir, officeDir);
    writeFileSync(
      join(officeDir, 'synonyms.lindenau.json'),
      JSON.stringify({ groups: [{ terms: ['wertstoffhof', 'kreisbauhof'] }] }),
    );
    const after = loadSearchSettings(configDir, officeDir);
    expect(after.synonyms['kreisbauhof']).toContain('wertstoffhof');
    expect(before.synonyms['kreisbauhof']).toBeUndefined();
    expect(after.documentsFingerprint).not.toBe(before.documentsFingerprint);
    expect(loadSearchSettings(configDir, officeDir).documentsFingerprint).toBe(
      after.documentsFingerprint,
    );
  });

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
