import { slugify, uniqueSlug } from './slug';

describe(slugify.name, () => {
  it('turns German titles into readable ASCII slugs', () => {
    expect(slugify('Führerschein – Verlust oder Diebstahl')).toBe(
      'fuehrerschein-verlust-oder-diebstahl',
    );
    expect(slugify('Größere Mülltonne (Restmüll)')).toBe(
      'groessere-muelltonne-restmuell',
    );
    expect(slugify('Straße & Café')).toBe('strasse-cafe');
    expect(slugify('§§§')).toBe('leistung');
  });

  it('cuts long titles at a word boundary without a trailing hyphen', () => {
    expect(slugify('a'.repeat(10) + ' ' + 'b'.repeat(10), 12)).toBe(
      'aaaaaaaaaa-b',
    );
    expect(slugify('abc def', 4)).toBe('abc');
  });
});

describe(uniqueSlug.name, () => {
  it('appends the first free counter', () => {
    expect(uniqueSlug('bauantrag', new Set())).toBe('bauantrag');
    expect(uniqueSlug('bauantrag', new Set(['bauantrag', 'bauantrag-2']))).toBe(
      'bauantrag-3',
    );
  });
});
