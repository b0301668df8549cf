import { addMonths, todayIso } from './review-dates';

describe(todayIso.name, () => {
  it('gives the date in Europe/Berlin, not UTC', () => {
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIso(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe(addMonths.name, () => {
  it('adds calendar months and clamps to the end of shorter months', () => {
    expect(addMonths('2026-11-21', 12)).toBe('2027-11-21');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-15', 6)).toBe('2027-02-15');
  });
});
