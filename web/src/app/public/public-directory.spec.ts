import type { SearchHit } from '@auskunft/contracts';
import { byTitle, indexLetter } from './public-directory';

function hit(title: string): SearchHit {
  return {
    id: title,
    slug: title,
    title,
    shortText: '',
    sachgebietName: null,
    sachgebietCode: null,
    highlights: {},
  };
}

describe('A–Z index', () => {
  it('files umlauts under their base letter and digits together', () => {
    expect(indexLetter('Ärztliche Bescheinigung')).toBe('A');
    expect(indexLetter('Übernahme')).toBe('U');
    expect(indexLetter('öffentliche Straße')).toBe('O');
    expect(indexLetter('34a-Erlaubnis')).toBe('0–9');
    expect(indexLetter('„Blaue Karte“')).toBe('#');
  });

  it('sorts titles as a German index, ignoring case and umlauts', () => {
    const titles = ['Zulassung', 'Änderung', 'abmelden', 'Ausweis']
      .map(hit)
      .sort(byTitle)
      .map((entry) => entry.title);
    expect(titles).toEqual(['abmelden', 'Änderung', 'Ausweis', 'Zulassung']);
  });
});
