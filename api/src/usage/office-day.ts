const OFFICE_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The office's calendar day ("YYYY-MM-DD", Europe/Berlin) at an instant. */
export function officeDay(instant: Date): string {
  return OFFICE_DAY.format(instant);
}

/** "YYYY-MM-DD" shifted by whole days, independent of any time zone. */
export function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days, 12))
    .toISOString()
    .slice(0, 10);
}

/** Same query, same topic: case and inner spacing do not count. */
export function normalizeTopic(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
}

const WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Berlin's wall clock is ahead of UTC at an instant (one or two hours). */
function berlinOffsetMs(instant: number): number {
  const parts = Object.fromEntries(
    WALL_CLOCK.formatToParts(new Date(instant)).map((part) => [
      part.type,
      Number(part.value),
    ]),
  ) as Record<Intl.DateTimeFormatPartTypes, number>;
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant an office day begins: midnight in Europe/Berlin. Clocks change at
 * 01:00 UTC, never at local midnight, so the offset found at the first guess is
 * confirmed by the second.
 */
export function officeDayStart(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, date);
  const guess = midnightAsUtc - berlinOffsetMs(midnightAsUtc);
  return new Date(midnightAsUtc - berlinOffsetMs(guess));
}
