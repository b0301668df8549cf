import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  type OpeningException,
  type TimeRange,
  WEEKDAYS,
  type Weekday,
  type WeeklyHours,
} from '@auskunft/contracts';

/**
 * Opening hours as reactive forms, with the same rules the API enforces:
 * "HH:mm" times, each range starting before it ends, no overlapping ranges on
 * a day (touching ones, 12:00–12:00, are fine). A day without ranges is closed.
 */

export type TimeRangeForm = FormGroup<{
  from: FormControl<string>;
  to: FormControl<string>;
}>;
export type TimeRangesForm = FormArray<TimeRangeForm>;
export type WeeklyHoursForm = FormGroup<Record<Weekday, TimeRangesForm>>;
export type OpeningExceptionForm = FormGroup<{
  date: FormControl<string>;
  closed: FormControl<boolean>;
  hours: TimeRangesForm;
  note: FormControl<string>;
}>;
export type OpeningExceptionsForm = FormArray<OpeningExceptionForm>;

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Montag',
  tue: 'Dienstag',
  wed: 'Mittwoch',
  thu: 'Donnerstag',
  fri: 'Freitag',
  sat: 'Samstag',
  sun: 'Sonntag',
};

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Which later range overlaps which earlier one (indexes in the day's list). */
export interface OverlapError {
  index: number;
  other: number;
}

/** Range group: `{ order: true }` when it does not start before it ends. */
export const startsBeforeEnd: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const { from, to } = (control as TimeRangeForm).getRawValue();
  return isTime(from) && isTime(to) && from >= to ? { order: true } : null;
};

/** Day list: `{ overlap: { index, other } }` for the first range that starts before an earlier one ended. */
export const noOverlap: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const ranges = (control as TimeRangesForm)
    .getRawValue()
    .map((range, index) => ({ ...range, index }))
    .filter((range) => isTime(range.from) && isTime(range.to))
    .sort((a, b) => a.from.localeCompare(b.from) || a.index - b.index);
  for (let position = 1; position < ranges.length; position++) {
    const earlier = ranges[position - 1];
    const later = ranges[position];
    if (later.from < earlier.to) {
      const overlap: OverlapError = {
        index: Math.max(later.index, earlier.index),
        other: Math.min(later.index, earlier.index),
      };
      return { overlap };
    }
  }
  return null;
};

/** Exception: a day that is not closed needs its special hours. */
const closedOrHours: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const { closed, hours } = (control as OpeningExceptionForm).getRawValue();
  return !closed && hours.length === 0 ? { hoursRequired: true } : null;
};

/** Exceptions list: `{ duplicateDate: index }` for the first date given twice. */
const uniqueDates: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const dates = (control as OpeningExceptionsForm)
    .getRawValue()
    .map((exception) => exception.date);
  const duplicate = dates.findIndex(
    (date, index) => !!date && dates.indexOf(date) !== index,
  );
  return duplicate >= 0 ? { duplicateDate: duplicate } : null;
};

export function timeRangeForm(
  range: TimeRange = { from: '', to: '' },
): TimeRangeForm {
  const time = () => [Validators.required, Validators.pattern(TIME_PATTERN)];
  return new FormGroup(
    {
      from: new FormControl(range.from, {
        nonNullable: true,
        validators: time(),
      }),
      to: new FormControl(range.to, { nonNullable: true, validators: time() }),
    },
    { validators: startsBeforeEnd },
  );
}

export function timeRangesForm(
  ranges: readonly TimeRange[] = [],
): TimeRangesForm {
  return new FormArray(
    ranges.map((range) => timeRangeForm(range)),
    { validators: noOverlap },
  );
}

/**
 * Replaces a day's ranges, reusing the existing groups: the editor tracks
 * ranges by identity, so fresh groups would rebuild (and unfocus) every row.
 */
export function setTimeRanges(
  form: TimeRangesForm,
  ranges: readonly TimeRange[],
): void {
  while (form.length > ranges.length) {
    form.removeAt(form.length - 1);
  }
  while (form.length < ranges.length) {
    form.push(timeRangeForm());
  }
  form.setValue(ranges.map(({ from, to }) => ({ from, to })));
}

export function weeklyHoursForm(hours?: WeeklyHours | null): WeeklyHoursForm {
  const days = {} as Record<Weekday, TimeRangesForm>;
  for (const day of WEEKDAYS) {
    days[day] = timeRangesForm(hours?.[day] ?? []);
  }
  return new FormGroup(days);
}

export function weeklyHoursValue(form: WeeklyHoursForm): WeeklyHours {
  const value = form.getRawValue();
  const hours = {} as WeeklyHours;
  for (const day of WEEKDAYS) {
    hours[day] = sortedRanges(value[day]);
  }
  return hours;
}

export function openingExceptionForm(
  exception: OpeningException = { date: '', closed: true },
): OpeningExceptionForm {
  return new FormGroup(
    {
      date: new FormControl(exception.date, {
        nonNullable: true,
        validators: [Validators.required],
      }),
      closed: new FormControl(exception.closed, { nonNullable: true }),
      hours: timeRangesForm(exception.closed ? [] : (exception.hours ?? [])),
      note: new FormControl(exception.note ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(200)],
      }),
    },
    { validators: closedOrHours },
  );
}

export function openingExceptionsForm(
  exceptions: readonly OpeningException[] = [],
): OpeningExceptionsForm {
  return new FormArray(
    exceptions.map((exception) => openingExceptionForm(exception)),
    { validators: uniqueDates },
  );
}

/** Exceptions in date order, closed days without hours, empty notes left out. */
export function openingExceptionsValue(
  form: OpeningExceptionsForm,
): OpeningException[] {
  return form
    .getRawValue()
    .map(({ date, closed, hours, note }): OpeningException => {
      const exception: OpeningException = closed
        ? { date, closed }
        : { date, closed, hours: sortedRanges(hours) };
      return note.trim() ? { ...exception, note: note.trim() } : exception;
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

function sortedRanges(ranges: readonly TimeRange[]): TimeRange[] {
  return ranges
    .map(({ from, to }) => ({ from, to }))
    .sort((a, b) => a.from.localeCompare(b.from));
}

function isTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}
