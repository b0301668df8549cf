import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { EMPTY_CRITERIA } from '../../core/api/search-criteria';
import { resultCountMessage } from './result-count-message';

describe(resultCountMessage.name, () => {
  beforeAll(() => registerLocaleData(localeDe));

  it('names the count and the query', () => {
    expect(
      resultCountMessage(12, { ...EMPTY_CRITERIA, q: ' Pass ' }, 'de-DE'),
    ).toBe('12 Treffer für „Pass“.');
  });

  it('formats large counts the German way', () => {
    expect(
      resultCountMessage(1234, { ...EMPTY_CRITERIA, q: 'Amt' }, 'de-DE'),
    ).toBe('1.234 Treffer für „Amt“.');
  });

  it('says "Keine Treffer" and mentions active filters', () => {
    expect(
      resultCountMessage(
        0,
        { ...EMPTY_CRITERIA, q: 'xyz', lebenslage: 'umzug' },
        'de-DE',
      ),
    ).toBe('Keine Treffer für „xyz“ mit den gewählten Filtern.');
  });

  it('works for a filter without a query', () => {
    expect(
      resultCountMessage(3, { ...EMPTY_CRITERIA, sachgebiet: '32.1' }, 'de-DE'),
    ).toBe('3 Treffer mit den gewählten Filtern.');
  });
});
