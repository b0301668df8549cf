import type { ParamMap, Params } from '@angular/router';

/** What the user is looking for; mirrors the URL query so searches can be linked. */
export interface SearchCriteria {
  q: string;
  sachgebiet: string | null;
  lebenslage: string | null;
  standort: string | null;
}

export type SearchFilter = Exclude<keyof SearchCriteria, 'q'>;

export const SEARCH_FILTERS: readonly SearchFilter[] = [
  'sachgebiet',
  'lebenslage',
  'standort',
];

export const EMPTY_CRITERIA: SearchCriteria = {
  q: '',
  sachgebiet: null,
  lebenslage: null,
  standort: null,
};

export function criteriaFromParams(params: ParamMap): SearchCriteria {
  return {
    q: params.get('q') ?? '',
    sachgebiet: params.get('sachgebiet') || null,
    lebenslage: params.get('lebenslage') || null,
    standort: params.get('standort') || null,
  };
}

/** Every key is present: null removes a parameter when the router merges query params. */
export function criteriaToParams(criteria: SearchCriteria): Params {
  return {
    q: criteria.q.trim() || null,
    sachgebiet: criteria.sachgebiet,
    lebenslage: criteria.lebenslage,
    standort: criteria.standort,
  };
}

export function hasActiveFilter(criteria: SearchCriteria): boolean {
  return SEARCH_FILTERS.some((filter) => criteria[filter] !== null);
}

/** Nothing to search for: the page shows its introduction instead of results. */
export function isEmptyCriteria(criteria: SearchCriteria): boolean {
  return criteria.q.trim() === '' && !hasActiveFilter(criteria);
}

/** Surrounding whitespace does not change what the engine finds, so it does not count. */
export function sameCriteria(a: SearchCriteria, b: SearchCriteria): boolean {
  return (
    a.q.trim() === b.q.trim() &&
    SEARCH_FILTERS.every((filter) => a[filter] === b[filter])
  );
}
