import { EMPTY_CRITERIA } from '../core/api/search-criteria';
import { broadenings } from './broaden-query';

describe('broadenings', () => {
  it('offers the query without each of its words', () => {
    expect(
      broadenings({ ...EMPTY_CRITERIA, q: 'Fürerschein Klasse B' }).map(
        (option) => [option.label, option.criteria.q],
      ),
    ).toEqual([
      ['Ohne „Fürerschein“ suchen', 'Klasse B'],
      ['Ohne „Klasse“ suchen', 'Fürerschein B'],
      ['Ohne „B“ suchen', 'Fürerschein Klasse'],
    ]);
  });

  it('offers dropping the filters first and keeps them when dropping words', () => {
    const options = broadenings({
      ...EMPTY_CRITERIA,
      q: 'mülltonne größer',
      sachgebiet: '70.1',
    });

    expect(options[0].label).toBe('Ohne Filter suchen');
    expect(options[0].criteria).toEqual({
      ...EMPTY_CRITERIA,
      q: 'mülltonne größer',
    });
    expect(options[1].criteria.sachgebiet).toBe('70.1');
  });

  it('has nothing to drop from a single word without filters', () => {
    expect(broadenings({ ...EMPTY_CRITERIA, q: 'Xylophon' })).toEqual([]);
  });
});
