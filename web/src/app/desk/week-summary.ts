import { WEEKDAYS, type Weekday, type WeeklyHours } from '@auskunft/contracts';
import { spokenTime } from '../shared/opening-status/opening-status';

const SHORT: Record<Weekday, string> = {
  mon: 'Mo',
  tue: 'Di',
  wed: 'Mi',
  thu: 'Do',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'So',
};

/**
 * A week's hours in one line for paper, consecutive days with the same hours
 * joined: "Mo–Di 7:30–12:00, 13:30–16:00 · Mi 7:30–12:00 · Fr 7:30–12:30".
 */
export function weekSummary(hours: WeeklyHours): string {
  const groups: { from: Weekday; to: Weekday; text: string }[] = [];
  for (const day of WEEKDAYS) {
    const text = (hours[day] ?? [])
      .map((range) => `${spokenTime(range.from)}–${spokenTime(range.to)}`)
      .join(', ');
    const last = groups.at(-1);
    const previous = WEEKDAYS[WEEKDAYS.indexOf(day) - 1];
    if (text && last && last.text === text && last.to === previous) {
      last.to = day;
    } else if (text) {
      groups.push({ from: day, to: day, text });
    }
  }
  return groups
    .map(
      (group) =>
        `${SHORT[group.from]}${group.from === group.to ? '' : `–${SHORT[group.to]}`} ${group.text}`,
    )
    .join(' · ');
}
