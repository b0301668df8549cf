import { toHighlight } from './meili-search-engine';
import { backoffMs } from './search-outbox.worker';
import { buildFilter } from './search.service';

describe(buildFilter.name, () => {
  it('always filters by validity and adds the chosen facets', () => {
    expect(
      buildFilter(
        { sachgebiet: '32.1', lebenslage: 'abfall', standort: 'kreishaus' },
        1000,
      ),
    ).toEqual([
      '(validFromTs IS NULL OR validFromTs <= 1000)',
      '(validToTs IS NULL OR validToTs >= 1000)',
      'sachgebiet = "32.1"',
      'lebenslagen = "abfall"',
      'standorte = "kreishaus"',
    ]);
  });

  it('escapes quotes so a value cannot change the filter expression', () => {
    expect(buildFilter({ sachgebiet: 'a" OR sachgebiet = "b' }, 0)[2]).toBe(
      'sachgebiet = "a\\" OR sachgebiet = \\"b"',
    );
  });
});

describe(toHighlight.name, () => {
  it('escapes the text and turns only the engine markers into <mark>', () => {
    expect(
      toHighlight('<b>\u0002Führer\u0003\u0002schein\u0003</b> & mehr'),
    ).toBe('&lt;b&gt;<mark>Führerschein</mark>&lt;/b&gt; &amp; mehr');
  });
});

describe(backoffMs.name, () => {
  it('doubles from half a second up to thirty seconds', () => {
    expect([1, 2, 3, 4, 10, 50].map(backoffMs)).toEqual([
      500, 1000, 2000, 4000, 30_000, 30_000,
    ]);
  });
});
