import {
  type OpeningException,
  type TimeRange,
  WEEKDAYS,
  type Weekday,
  type WeeklyHours,
} from '@auskunft/contracts';

/** Opening hours are wall-clock times at the office, whatever the caller's or agent's machine says. */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

/** What the status needs: a Standort, or a Sachgebiet (which has no exceptions). */
export interface OpeningSchedule {
  openingHours: WeeklyHours;
  exceptions?: readonly OpeningException[];
}

/** A calendar day and a wall-clock time in the office's time zone. */
export interface OfficeTime {
  /** "YYYY-MM-DD" */
  date: string;
  weekday: Weekday;
  /** "HH:mm", 24-hour clock. */
  time: string;
}

/** The hours that apply on one day: the weekly hours or that day's exception. */
export interface DayHours {
  date: string;
  weekday: Weekday;
  ranges: TimeRange[];
  /** The exception of that day, if one replaces the weekly hours. */
  exception: OpeningException | null;
}

export type OpeningStatus =
  /** Open right now, until `until` ("HH:mm"). */
  | { kind: 'open'; until: string; today: DayHours }
  /** Closed at the moment, opens again today. */
  | { kind: 'opens-today'; at: string; today: DayHours }
  /**
   * Closed for the rest of today (or all day); opens on a later day.
   * `closedAllDay` distinguishes "heute geschlossen" from "after hours".
   */
  | {
      kind: 'opens-later';
      at: string;
      next: DayHours;
      /** Calendar days from today to the next opening (1 = tomorrow). */
      inDays: number;
      closedAllDay: boolean;
      today: DayHours;
    }
  /** Closed today and no opening within the look-ahead (e.g. no hours kept at all). */
  | { kind: 'closed'; today: DayHours };

export type OpeningStatusKind = OpeningStatus['kind'];

/** Two weeks cover every holiday stretch the district has; beyond that the answer is "closed". */
const LOOK_AHEAD_DAYS = 14;

const WEEKDAY_BY_SHORT_NAME: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Montag',
  tue: 'Dienstag',
  wed: 'Mittwoch',
  thu: 'Donnerstag',
  fri: 'Freitag',
  sat: 'Samstag',
  sun: 'Sonntag',
};

const OFFICE_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: OFFICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The office's calendar day and wall-clock time at an instant. Intl applies the
 * daylight-saving rules, so 06:30 UTC is 07:30 in winter and 08:30 in summer.
 */
export function officeTime(instant: Date): OfficeTime {
  const parts: Record<string, string> = {};
  for (const part of OFFICE_CLOCK.formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    weekday: WEEKDAY_BY_SHORT_NAME[parts['weekday']],
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

/** Calendar arithmetic on "YYYY-MM-DD" via UTC noon, untouched by any time zone. */
function addDays(
  date: string,
  days: number,
): { date: string; weekday: Weekday } {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days, 12));
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  const weekday = WEEKDAYS[(shifted.getUTCDay() + 6) % 7];
  return { date: shifted.toISOString().slice(0, 10), weekday };
}

function byStart(a: TimeRange, b: TimeRange): number {
  return a.from.localeCompare(b.from);
}

/** The hours of one calendar day: an exception replaces the weekly hours of its date. */
export function hoursOn(
  schedule: OpeningSchedule,
  date: string,
  weekday: Weekday,
): DayHours {
  const exception =
    (schedule.exceptions ?? []).find((entry) => entry.date === date) ?? null;
  const ranges = exception
    ? exception.closed
      ? []
      : (exception.hours ?? [])
    : (schedule.openingHours[weekday] ?? []);
  return {
    date,
    weekday,
    ranges: ranges.filter((range) => range.from < range.to).sort(byStart),
    exception,
  };
}

/** Whether any weekday has hours; without them no status is worth showing. */
export function hasSchedule(
  schedule: OpeningSchedule | null | undefined,
): boolean {
  return (
    !!schedule &&
    WEEKDAYS.some((day) => (schedule.openingHours[day] ?? []).length > 0)
  );
}

/**
 * Open now, opens later today, or when it opens next, in the office's time zone.
 * Times are compared as "HH:mm" strings of the office's wall clock, so a
 * daylight-saving switch never shifts an opening hour.
 */
export function openingStatus(
  schedule: OpeningSchedule,
  instant: Date,
): OpeningStatus {
  const now = officeTime(instant);
  const today = hoursOn(schedule, now.date, now.weekday);
  const current = today.ranges.find(
    (range) => range.from <= now.time && now.time < range.to,
  );
  if (current) {
    // Back-to-back ranges ("08:00–12:00", "12:00–16:00") read as one opening.
    let until = current.to;
    for (const range of today.ranges) {
      if (range.from <= until && range.to > until) {
        until = range.to;
      }
    }
    return { kind: 'open', until, today };
  }
  const laterToday = today.ranges.find((range) => range.from > now.time);
  if (laterToday) {
    return { kind: 'opens-today', at: laterToday.from, today };
  }
  for (let inDays = 1; inDays <= LOOK_AHEAD_DAYS; inDays++) {
    const day = addDays(now.date, inDays);
    const next = hoursOn(schedule, day.date, day.weekday);
    if (next.ranges.length > 0) {
      return {
        kind: 'opens-later',
        at: next.ranges[0].from,
        next,
        inDays,
        closedAllDay: today.ranges.length === 0,
        today,
      };
    }
  }
  return { kind: 'closed', today };
}

/** "08:00" → "8:00", as people say and read it out. */
export function spokenTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('de-DE', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

function nextDayLabel(
  status: Extract<OpeningStatus, { kind: 'opens-later' }>,
): string {
  if (status.inDays === 1) {
    return 'morgen';
  }
  const weekday = WEEKDAY_LABELS[status.next.weekday];
  // Within the coming week the weekday is unambiguous; later ones need the date.
  return status.inDays < 7
    ? weekday
    : `${weekday}, ${formatDate(status.next.date)},`;
}

/**
 * The status in one short German phrase, ready to read out:
 * "jetzt geöffnet (bis 12:00)", "öffnet heute um 14:00",
 * "heute geschlossen, öffnet Montag um 8:00", "öffnet morgen um 7:30",
 * "heute geschlossen".
 */
export function openingStatusText(status: OpeningStatus): string {
  switch (status.kind) {
    case 'open':
      return `jetzt geöffnet (bis ${spokenTime(status.until)})`;
    case 'opens-today':
      return `öffnet heute um ${spokenTime(status.at)}`;
    case 'opens-later': {
      const opens = `öffnet ${nextDayLabel(status)} um ${spokenTime(status.at)}`;
      return status.closedAllDay ? `heute geschlossen, ${opens}` : opens;
    }
    case 'closed':
      return 'heute geschlossen';
  }
}

/** Today's hours as a phrase: "7:30 – 12:00 und 13:30 – 16:00 Uhr" or "geschlossen". */
export function dayHoursText(day: DayHours): string {
  if (day.ranges.length === 0) {
    return 'geschlossen';
  }
  const ranges = day.ranges
    .map((range) => `${spokenTime(range.from)} – ${spokenTime(range.to)}`)
    .join(' und ');
  return `${ranges} Uhr`;
}
