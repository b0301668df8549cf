import {
  normalizeTopic,
  officeDay,
  officeDayStart,
  shiftDay,
} from './office-day';

describe('officeDay', () => {
  it('uses the Berlin calendar day, not UTC', () => {
    expect(officeDay(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(officeDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(officeDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('shifts days across month and year ends', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('normalizes case and spacing of a topic', () => {
    expect(normalizeTopic('  Mülltonne   GRÖSSER ')).toBe('mülltonne grösser');
  });
});

describe('officeDayStart', () => {
  it('is midnight in Berlin: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(officeDayStart('2026-01-15').toISOString()).toBe(
      '2026-01-14T23:00:00.000Z',
    );
    expect(officeDayStart('2026-07-01').toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
  });

  it('holds on the days the clocks change and the days after', () => {
    expect(officeDayStart('2026-03-29').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(officeDayStart('2026-03-30').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(officeDayStart('2026-10-25').toISOString()).toBe(
      '2026-10-24T22:00:00.000Z',
    );
    expect(officeDayStart('2026-10-26').toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });

  it('agrees with officeDay on both sides of the boundary', () => {
    for (const day of [
      '2026-02-28',
      '2026-03-29',
      '2026-08-15',
      '2026-12-31',
    ]) {
      const start = officeDayStart(day).getTime();
      expect(officeDay(new Date(start))).toBe(day);
      expect(officeDay(new Date(start - 1))).toBe(shiftDay(day, -1));
    }
  });
});
