import { InjectionToken } from '@angular/core';

/**
 * "Now" as an injectable so review deadlines and upcoming opening exceptions
 * can be tested against a fixed date instead of the machine's clock.
 */
export const CLOCK = new InjectionToken<() => Date>('CLOCK', {
  providedIn: 'root',
  factory: () => () => new Date(),
});

/** Local calendar date as "YYYY-MM-DD", comparable with the API's ISO dates as strings. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
