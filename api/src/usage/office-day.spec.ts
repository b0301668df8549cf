import { normalizeTopic, officeDay, shiftDay } from './office-day';

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
