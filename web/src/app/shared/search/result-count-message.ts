import { formatNumber } from '@angular/common';
import {
  type SearchCriteria,
  hasActiveFilter,
} from '../../core/api/search-criteria';

/** The sentence announced in the live region after each search. */
export function resultCountMessage(
  total: number,
  criteria: SearchCriteria,
  locale: string,
): string {
  const query = criteria.q.trim();
  const subject = query ? ` für „${query}“` : '';
  const filtered = hasActiveFilter(criteria)
    ? ' mit den gewählten Filtern'
    : '';
  if (total === 0) {
    return `Keine Treffer${subject}${filtered}.`;
  }
  return `${formatNumber(total, locale)} Treffer${subject}${filtered}.`;
}
