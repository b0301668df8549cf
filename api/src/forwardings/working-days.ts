import Holidays from 'date-holidays';
import { shiftDay } from '../usage/office-day';

/** Noon UTC of an office day: the same calendar day in Europe/Berlin, whatever the season. */
function noonOf(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date, 12));
}

/**
 * Public holidays of one German Bundesland, from the date-holidays data set
 * (kept up to date upstream, e.g. for one-off holidays), not a table of our own.
 */
export class HolidayCalendar {
  private readonly holidays: Holidays;

  constructor(readonly state: string) {
    this.holidays = new Holidays('DE', state, {
      types: ['public'],
      timezone: 'Europe/Berlin',
    });
  }

  /** The name of the public holiday on this office day, if any. */
  holidayOn(day: string): string | undefined {
    const found = this.holidays.isHoliday(noonOf(day));
    return found ? found.find((h) => h.type === 'public')?.name : undefined;
  }

  isWorkingDay(day: string): boolean {
    const weekday = noonOf(day).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidayOn(day);
  }

  /**
   * The office day by which an answer is due: `workingDays` working days after
   * `day` (the day itself does not count, as with "within 24 hours" on a Friday).
   */
  addWorkingDays(day: string, workingDays: number): string {
    let current = day;
    let left = workingDays;
    while (left > 0) {
      current = shiftDay(current, 1);
      if (this.isWorkingDay(current)) {
        left--;
      }
    }
    return current;
  }
}
