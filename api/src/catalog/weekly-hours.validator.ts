import { registerDecorator, type ValidationOptions } from 'class-validator';
import { WEEKDAYS } from '@auskunft/contracts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Why a weekly opening-hours object is invalid, or null: seven days, HH:mm ranges, from < to, no overlaps. */
export function weeklyHoursProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return 'must be an object with the days mon … sun';
  }
  const record = value as Record<string, unknown>;
  const unknownDays = Object.keys(record).filter(
    (day) => !(WEEKDAYS as readonly string[]).includes(day),
  );
  if (unknownDays.length > 0) {
    return `unknown day(s): ${unknownDays.join(', ')}`;
  }
  for (const day of WEEKDAYS) {
    const ranges = record[day];
    if (!Array.isArray(ranges)) {
      return `${day} must be a list of time ranges`;
    }
    const sorted = [...ranges].sort((a, b) =>
      String((a as { from?: string }).from).localeCompare(
        String((b as { from?: string }).from),
      ),
    );
    let previousEnd = '';
    for (const range of sorted as { from?: unknown; to?: unknown }[]) {
      if (
        typeof range?.from !== 'string' ||
        typeof range.to !== 'string' ||
        !TIME.test(range.from) ||
        !TIME.test(range.to)
      ) {
        return `${day}: times must be HH:mm`;
      }
      if (range.from >= range.to) {
        return `${day}: ${range.from} must be before ${range.to}`;
      }
      if (previousEnd && range.from < previousEnd) {
        return `${day}: time ranges overlap`;
      }
      previousEnd = range.to;
    }
  }
  return null;
}

export function IsWeeklyHours(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isWeeklyHours',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => weeklyHoursProblem(value) === null,
        defaultMessage: (args) =>
          `${args?.property ?? 'openingHours'} ${weeklyHoursProblem(args?.value) ?? 'is invalid'}`,
      },
    });
}
