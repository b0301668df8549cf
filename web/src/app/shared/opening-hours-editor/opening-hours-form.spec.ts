import {
  noOverlap,
  openingExceptionsForm,
  openingExceptionsValue,
  startsBeforeEnd,
  timeRangeForm,
  timeRangesForm,
  weeklyHoursForm,
  weeklyHoursValue,
} from './opening-hours-form';
import { officeWeek } from '../../../testing/builders';

describe(startsBeforeEnd.name, () => {
  it('wants a range to start before it ends', () => {
    expect(timeRangeForm({ from: '08:00', to: '12:00' }).valid).toBeTrue();
    expect(
      timeRangeForm({ from: '12:00', to: '08:00' }).hasError('order'),
    ).toBeTrue();
    expect(
      timeRangeForm({ from: '08:00', to: '08:00' }).hasError('order'),
    ).toBeTrue();
  });

  it('leaves incomplete or malformed times to the field validators', () => {
    const range = timeRangeForm({ from: '8 Uhr', to: '' });

    expect(range.hasError('order')).toBeFalse();
    expect(range.controls.from.hasError('pattern')).toBeTrue();
    expect(range.controls.to.hasError('required')).toBeTrue();
  });
});

describe(noOverlap.name, () => {
  it('names the later of two overlapping ranges, whatever their order', () => {
    const day = timeRangesForm([
      { from: '13:00', to: '17:00' },
      { from: '08:00', to: '12:00' },
      { from: '11:30', to: '12:30' },
    ]);

    expect(day.getError('overlap')).toEqual({ index: 2, other: 1 });
  });

  it('accepts ranges that only touch', () => {
    const day = timeRangesForm([
      { from: '08:00', to: '12:00' },
      { from: '12:00', to: '14:00' },
    ]);

    expect(day.valid).toBeTrue();
  });

  it('finds a range lying inside another one', () => {
    const day = timeRangesForm([
      { from: '08:00', to: '18:00' },
      { from: '10:00', to: '11:00' },
    ]);

    expect(day.hasError('overlap')).toBeTrue();
  });
});

describe(weeklyHoursValue.name, () => {
  it('reads the week back with every day present and ranges in time order', () => {
    const form = weeklyHoursForm(officeWeek());
    form.controls.mon.insert(0, timeRangeForm({ from: '14:00', to: '16:00' }));

    const hours = weeklyHoursValue(form);

    expect(hours.mon).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '14:00', to: '16:00' },
    ]);
    expect(hours.sun).toEqual([]);
    expect(Object.keys(hours)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
  });
});

describe(openingExceptionsValue.name, () => {
  it('keeps exceptions in date order, hours only on open days and notes only when given', () => {
    const form = openingExceptionsForm([
      {
        date: '2026-12-31',
        closed: false,
        hours: [{ from: '08:00', to: '11:00' }],
        note: ' Silvester ',
      },
      { date: '2026-12-24', closed: true, note: '' },
    ]);

    expect(form.valid).toBeTrue();
    expect(openingExceptionsValue(form)).toEqual([
      { date: '2026-12-24', closed: true },
      {
        date: '2026-12-31',
        closed: false,
        hours: [{ from: '08:00', to: '11:00' }],
        note: 'Silvester',
      },
    ]);
  });

  it('rejects an open exception without hours and a date given twice', () => {
    const form = openingExceptionsForm([
      { date: '2026-12-24', closed: false, hours: [] },
      { date: '2026-12-24', closed: true },
    ]);

    expect(form.at(0).hasError('hoursRequired')).toBeTrue();
    expect(form.getError('duplicateDate')).toBe(1);
  });
});
