import { convertToParamMap } from '@angular/router';
import {
  EMPTY_CRITERIA,
  criteriaFromParams,
  criteriaToParams,
  isEmptyCriteria,
  sameCriteria,
} from './search-criteria';

describe('SearchCriteria', () => {
  it('reads query and filters from the URL, treating empty values as absent', () => {
    const criteria = criteriaFromParams(
      convertToParamMap({ q: 'Pass', lebenslage: 'umzug', sachgebiet: '' }),
    );
    expect(criteria).toEqual({
      q: 'Pass',
      sachgebiet: null,
      lebenslage: 'umzug',
      standort: null,
    });
  });

  it('writes every key, null removing a parameter, and trims the query', () => {
    expect(
      criteriaToParams({ ...EMPTY_CRITERIA, q: '  ', standort: 'nord' }),
    ).toEqual({
      q: null,
      sachgebiet: null,
      lebenslage: null,
      standort: 'nord',
    });
  });

  it('is empty only without query and without filters', () => {
    expect(isEmptyCriteria({ ...EMPTY_CRITERIA, q: '  ' })).toBeTrue();
    expect(
      isEmptyCriteria({ ...EMPTY_CRITERIA, lebenslage: 'umzug' }),
    ).toBeFalse();
  });

  it('ignores surrounding whitespace when comparing but not a different filter', () => {
    expect(
      sameCriteria(
        { ...EMPTY_CRITERIA, q: 'Pass ' },
        { ...EMPTY_CRITERIA, q: 'Pass' },
      ),
    ).toBeTrue();
    expect(
      sameCriteria(
        { ...EMPTY_CRITERIA, q: 'Pass' },
        { ...EMPTY_CRITERIA, q: 'Pass', sachgebiet: '32' },
      ),
    ).toBeFalse();
  });
});
