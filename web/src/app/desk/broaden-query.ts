import {
  EMPTY_CRITERIA,
  type SearchCriteria,
  hasActiveFilter,
} from '../core/api/search-criteria';

export interface Broadening {
  /** Button text, e.g. "Ohne „klasse“ suchen". */
  label: string;
  criteria: SearchCriteria;
}

/** More would be noise; callers rarely say more than three words. */
const MAX_WORD_DROPS = 4;

/**
 * Ways to find something after "no hits": first without the filters, then with
 * one word left out each (a wrong or rare word sinks the whole query).
 */
export function broadenings(criteria: SearchCriteria): Broadening[] {
  const result: Broadening[] = [];
  const words = criteria.q.trim().split(/\s+/).filter(Boolean);
  if (hasActiveFilter(criteria)) {
    result.push({
      label: 'Ohne Filter suchen',
      criteria: { ...EMPTY_CRITERIA, q: criteria.q.trim() },
    });
  }
  if (words.length >= 2) {
    const seen = new Set<string>();
    for (const [index, word] of words.entries()) {
      const rest = words.filter((_, other) => other !== index).join(' ');
      if (seen.has(rest)) {
        continue;
      }
      seen.add(rest);
      result.push({
        label: `Ohne „${word}“ suchen`,
        criteria: { ...criteria, q: rest },
      });
      if (seen.size === MAX_WORD_DROPS) {
        break;
      }
    }
  }
  return result;
}
