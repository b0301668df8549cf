/** ISO 8601 week of an office day "YYYY-MM-DD", e.g. "2026-W47". */
export function isoWeek(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const noon = new Date(Date.UTC(year, month - 1, date, 12));
  // The Thursday of this week decides the year.
  const weekday = (noon.getUTCDay() + 6) % 7;
  noon.setUTCDate(noon.getUTCDate() - weekday + 3);
  const weekYear = noon.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4, 12));
  firstThursday.setUTCDate(
    firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3,
  );
  const week =
    1 + Math.round((noon.getTime() - firstThursday.getTime()) / 604_800_000);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}
