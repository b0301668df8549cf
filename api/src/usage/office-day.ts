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
